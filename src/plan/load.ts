import { RomaPlanError } from '../errors.js';
import { decodePlanBytes, readPlanFile } from '../io/read-text.js';
import type { Issue } from './issue.js';
import { localizeIssue, localizeIssues } from './issue-text.js';
import { parsePlanText } from './parse.js';
import type { Plan } from './types.js';
import { validatePlan } from './validate.js';

export interface LoadedPlan {
  /** The name the plan was read from (a path, or `-` for standard input). */
  file: string;
  ok: boolean;
  plan?: Plan;
  /** The raw data as parsed, even when invalid (for tools that want to inspect it). */
  data?: unknown;
  issues: Issue[];
  /** The source text, so that reporters can quote the offending line. */
  text?: string;
}

export interface LoadOptions {
  /**
   * Changes applied to the parsed data before validation (e.g. `--set municipality.name=Kumanovo`).
   * Receives the data and returns it, or issues when an override cannot be applied.
   */
  transform?: (data: unknown) => { data: unknown; issues: Issue[] };
  /** BCP 47 tag of the language of the issues' messages and hints; English by default. */
  lang?: string;
}

/** Parses and validates plan text (YAML or JSON). Never throws on bad input. */
export function loadPlanText(text: string, file = '-', options: LoadOptions = {}): LoadedPlan {
  const parsed = parsePlanText(text);
  if (!parsed.ok) return { file, ok: false, issues: localizeIssues(parsed.issues, options.lang), text };
  let data = parsed.parsed.data;
  const extra: Issue[] = [...parsed.issues];
  if (options.transform) {
    const t = options.transform(data);
    data = t.data;
    extra.push(...t.issues);
  }
  const result = validatePlan(data, { locate: parsed.parsed.locate, ...(options.lang ? { lang: options.lang } : {}) });
  const issues = [...localizeIssues(extra, options.lang), ...result.issues];
  const ok = result.ok && !extra.some((i) => i.severity === 'error');
  return ok ? { file, ok, plan: result.plan!, data, issues, text } : { file, ok, data, issues, text };
}

/** Parses and validates plan bytes, e.g. read from standard input. */
export function loadPlanBytes(bytes: Uint8Array, file = '-', options: LoadOptions = {}): LoadedPlan {
  try {
    return loadPlanText(decodePlanBytes(bytes, file), file, options);
  } catch (err) {
    return fromError(err, file, options.lang);
  }
}

/**
 * Reads, parses and validates a plan file. Problems with the file itself (missing, unreadable,
 * not UTF-8, not YAML) come back as issues, like any other problem: this never throws on bad input.
 */
export async function loadPlan(file: string, options: LoadOptions = {}): Promise<LoadedPlan> {
  let text: string;
  try {
    text = await readPlanFile(file);
  } catch (err) {
    return fromError(err, file, options.lang);
  }
  return loadPlanText(text, file, options);
}

function fromError(err: unknown, file: string, lang: string | undefined): LoadedPlan {
  if (!(err instanceof RomaPlanError)) throw err;
  const issue: Issue = { severity: 'error', code: err.code, path: '', params: err.params ?? {}, message: err.message.replace(`${file} `, 'the file ').replace(/^the file is /, 'the file is '), ...(err.hint ? { hint: err.hint } : {}) };
  if (err.line !== undefined) issue.line = err.line;
  if (err.column !== undefined) issue.column = err.column;
  return { file, ok: false, issues: [localizeIssue(issue, lang)] };
}
