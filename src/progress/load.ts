import { dirname, resolve } from 'node:path';
import { RomaPlanError } from '../errors.js';
import { readPlanFile } from '../io/read-text.js';
import type { Issue } from '../plan/issue.js';
import { localizeIssue } from '../plan/issue-text.js';
import { loadPlan, type LoadedPlan } from '../plan/load.js';
import { parsePlanText, type ParsedPlan } from '../plan/parse.js';
import type { Plan } from '../plan/types.js';
import type { Progress } from './types.js';
import { validateProgress } from './validate.js';

export interface LoadedProgress {
  file: string;
  ok: boolean;
  progress?: Progress;
  issues: Issue[];
  text?: string;
  /** The plan it was checked against. */
  plan?: LoadedPlan;
}

/** `pecs.progress.yaml` sits next to `pecs.yaml`: folders and batch runs tell the two apart by this name. */
export const PROGRESS_FILE = /\.progress\.(ya?ml|json)$/i;

/**
 * Reads a progress file and checks it against its plan: the plan file given, or else the one the
 * progress file names (`plan.file`, relative to the progress file). Problems with either file come
 * back as issues; this never throws on bad input.
 */
export async function loadProgress(file: string, options: { plan?: string | LoadedPlan } = {}): Promise<LoadedProgress> {
  let text: string;
  try {
    text = await readPlanFile(file);
  } catch (err) {
    return { file, ok: false, issues: [fileIssue(err)] };
  }
  const parsed = parsePlanText(text);
  if (!parsed.ok) return { file, ok: false, issues: parsed.issues, text };
  let plan = typeof options.plan === 'object' ? options.plan : undefined;
  if (!plan) {
    const named = (parsed.parsed.data as { plan?: { file?: unknown } } | null)?.plan?.file;
    const planFile = typeof options.plan === 'string' ? options.plan : typeof named === 'string' ? resolve(dirname(file), named) : undefined;
    if (planFile === undefined) {
      const where = parsed.parsed.locate(['plan']) ?? { line: 1, column: 1 };
      return { file, ok: false, text, issues: [{ severity: 'error', code: 'MISSING_FIELD', path: 'plan.file', ...where, message: 'the progress file does not name its plan', hint: 'Add `plan: { file: plan.yaml }` (the path relative to this file), or give the plan with --plan.' }] };
    }
    plan = await loadPlan(planFile);
  }
  if (!plan.ok || !plan.plan) {
    const where = parsed.parsed.locate(['plan', 'file']);
    return { file, ok: false, text, plan, issues: [localizeIssue({ severity: 'error', code: 'PLAN_INVALID', path: 'plan.file', ...(where ?? {}), params: { file: plan.file }, message: '' })] };
  }
  return { ...checkAgainst(parsed.parsed, text, file, plan.plan, plan.data), plan };
}

/** Parses and validates progress text against an already loaded, valid plan. */
export function loadProgressText(text: string, file: string, plan: Plan, planData: unknown): LoadedProgress {
  const parsed = parsePlanText(text);
  if (!parsed.ok) return { file, ok: false, issues: parsed.issues, text };
  return checkAgainst(parsed.parsed, text, file, plan, planData);
}

function checkAgainst(parsed: ParsedPlan, text: string, file: string, plan: Plan, planData: unknown): LoadedProgress {
  const result = validateProgress(parsed.data, plan, planData, { locate: parsed.locate });
  return result.ok ? { file, ok: true, progress: result.progress!, issues: result.issues, text } : { file, ok: false, issues: result.issues, text };
}

function fileIssue(err: unknown): Issue {
  if (!(err instanceof RomaPlanError)) throw err;
  return localizeIssue({ severity: 'error', code: err.code, path: '', params: err.params ?? {}, message: err.message, ...(err.hint ? { hint: err.hint } : {}), ...(err.line !== undefined ? { line: err.line, column: err.column ?? 1 } : {}) });
}
