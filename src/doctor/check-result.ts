/** The outcome of one environment check, with what to do when it failed. */
export interface CheckResult {
  /** Stable id, for scripts: node, locales, fonts, font-coverage, schema, templates, pdf, docx, xlsx, html, output. */
  id: string;
  /** What was checked, for people. */
  label: string;
  ok: boolean;
  /** What was found. */
  detail: string;
  /** How to fix it (only when not ok). */
  fix?: string;
}

export const passed = (id: string, label: string, detail: string): CheckResult => ({ id, label, ok: true, detail });
export const failed = (id: string, label: string, detail: string, fix: string): CheckResult => ({ id, label, ok: false, detail, fix });

/** Runs a check; anything it throws becomes a failed result instead of ending the whole run. */
export async function guarded(id: string, label: string, fix: string, check: () => CheckResult | Promise<CheckResult>): Promise<CheckResult> {
  try {
    return await check();
  } catch (err) {
    return failed(id, label, err instanceof Error ? err.message : String(err), fix);
  }
}
