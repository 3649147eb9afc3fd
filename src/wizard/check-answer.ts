import { formatPath, type Issue, type PathSegments } from '../plan/issue.js';
import { validatePlan } from '../plan/validate.js';
import { copy, isRecord, setAt } from './paths.js';

export interface CheckOptions {
  /**
   * Issue codes that a later question of the same step resolves, e.g. ROMA_SOURCE_MISSING while the
   * Roma population is answered and its source is the next question.
   */
  pending?: readonly string[];
  /**
   * The validator that judges the whole draft: the plan's by default; the progress wizard passes
   * the progress file's, so that both interviews check answers the way `validate` does.
   */
  validate?: (draft: unknown) => readonly Issue[];
}

const planIssues = (draft: unknown): readonly Issue[] => validatePlan(draft).issues;

/**
 * Checks one answer with the very validator `roma-plan validate` uses: the value goes into a copy of
 * the draft, the whole draft is validated, and the errors at or under the answer's path are kept.
 * A required field missing *under* the path is ignored (it has not been asked yet); one missing *at*
 * the path is kept (the answer was left empty). Returns no issue when the answer is acceptable.
 */
export function checkAnswer(draft: unknown, path: PathSegments, value: unknown, options: CheckOptions = {}): Issue[] {
  const data = isRecord(draft) ? copy(draft) : {};
  if (path.length === 0) return errorsAt(value, path, options);
  setAt(data, path, value);
  return errorsAt(data, path, options);
}

/** The errors of the draft at or under `path`, read the way `checkAnswer` reads them. */
export function errorsAt(draft: unknown, path: PathSegments, options: CheckOptions = {}): Issue[] {
  return selectErrors((options.validate ?? planIssues)(draft), path, options);
}

/** The errors among `issues` (of a whole draft) that concern the answer at `path`. */
export function selectErrors(issues: readonly Issue[], path: PathSegments, options: CheckOptions = {}): Issue[] {
  const here = formatPath(path);
  return issues.filter(
    (i) =>
      i.severity === 'error' &&
      isAtOrUnder(i.path, here) &&
      !(i.code === 'MISSING_FIELD' && i.path !== here) &&
      !(options.pending ?? []).includes(i.code),
  );
}

/** Whether the formatted path `p` is `base` itself or lies inside it. */
export function isAtOrUnder(p: string, base: string): boolean {
  return base === '' || p === base || p.startsWith(`${base}.`) || p.startsWith(`${base}[`);
}
