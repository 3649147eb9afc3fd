/**
 * The values an issue's message needs, by placeholder name (see src/i18n/messages/en.json). Some
 * are names the reader's language words itself: `field` (a field label id, e.g. `population.total`),
 * `area` and `goal` (catalogue ids).
 */
export type IssueParams = Readonly<Record<string, string | number>>;

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
  /** The values of its message; `message` and `hint` are the catalogue's words for `code` filled with these. */
  params?: IssueParams;
  /** What is wrong, in the language asked for (English by default). */
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

/**
 * Sorts issues errors first, then warnings, each by position; stable for equal keys. One error
 * under fifteen warnings is easy to miss, so the errors always lead.
 */
export function sortIssues(issues: readonly Issue[]): Issue[] {
  return [...issues].sort(
    (a, b) =>
      (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0) ||
      a.code.localeCompare(b.code),
  );
}

export const hasErrors = (issues: readonly Issue[]): boolean => issues.some((i) => i.severity === 'error');

/** The stable JSON shape of an issue (`validate --json`, batch report.json; documented in the README). */
export function issueToJson(i: Issue): Record<string, unknown> {
  return { severity: i.severity, code: i.code, path: i.path, line: i.line ?? null, column: i.column ?? null, message: i.message, hint: i.hint ?? null, params: i.params ?? {} };
}
