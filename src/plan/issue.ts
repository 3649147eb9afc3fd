/** A path into the plan data: keys and array indexes, e.g. ['areas', 'health', 'objectives', 0]. */
export type PathSegments = readonly (string | number)[];

/** One problem found in a plan. The core returns these; the CLI decides how to show them. */
export interface Issue {
  severity: 'error' | 'warning';
  /** Stable, documented code (see README), e.g. UNKNOWN_FIELD, OUTSIDE_PERIOD. */
  code: string;
  /** Human-readable path, e.g. `areas.education.objectives[0].measures[1].end`; empty for the whole file. */
  path: string;
  /** 1-based position of the offending value (or of its nearest existing parent), when known. */
  line?: number;
  column?: number;
  message: string;
  /** How to fix it. */
  hint?: string;
}

/** `['a', 0, 'b']` -> `a[0].b` */
export function formatPath(segments: PathSegments): string {
  let out = '';
  for (const s of segments) {
    if (typeof s === 'number') out += `[${s}]`;
    else out += out === '' ? s : `.${s}`;
  }
  return out;
}

/** Sorts issues by position, errors before warnings on the same spot; stable for equal keys. */
export function sortIssues(issues: readonly Issue[]): Issue[] {
  return [...issues].sort(
    (a, b) =>
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0) ||
      (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1) ||
      a.code.localeCompare(b.code),
  );
}

export const hasErrors = (issues: readonly Issue[]): boolean => issues.some((i) => i.severity === 'error');

/** The stable JSON shape of an issue (`validate --json`, batch report.json; documented in the README). */
export function issueToJson(i: Issue): Record<string, unknown> {
  return { severity: i.severity, code: i.code, path: i.path, line: i.line ?? null, column: i.column ?? null, message: i.message, hint: i.hint ?? null };
}
