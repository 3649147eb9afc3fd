import type { Issue } from '../plan/issue.js';
import type { Plan } from '../plan/types.js';
import { measureLookup, planMeasures } from '../progress/plan-measures.js';
import type { Progress } from '../progress/types.js';
import { validateProgress } from '../progress/validate.js';
import { withProgressYear, type PlanReference } from '../sheets/merge-progress-year.js';
import { copy, isRecord } from '../wizard/paths.js';

export interface YearContext {
  plan: Plan;
  planData: unknown;
  reference: PlanReference;
  existing?: Progress | undefined;
  year: number;
}

export interface MissingProgress {
  /** Measures of the plan the year does not report yet: how a file names it (id, else number), and its number. */
  measures: { ref: string; number: string }[];
  /** Errors of the year's answers, with paths inside the year (`measures[2].status`). */
  issues: Issue[];
}

/** Codes no question can fix: an unknown measure or field must be corrected in the file. */
const UNASKABLE = new Set(['UNKNOWN_MEASURE', 'UNKNOWN_INDICATOR', 'UNKNOWN_FIELD', 'DUPLICATE_MEASURE', 'NOT_AN_OBJECT']);

/**
 * What one year's answers still lack before the wizard would save them: the measures not reported
 * and every error of the progress file with that year, as the progress checks find them. Without a
 * terminal this is the list the person gets, to put into an answers file.
 */
export function missingProgressAnswers(entry: unknown, context: YearContext): MissingProgress {
  const given = isRecord(entry) && Array.isArray(entry['measures']) ? entry['measures'].filter(isRecord).map((m) => String(m['measure'])) : [];
  const lookup = measureLookup(planMeasures(context.plan));
  const reported = new Set(given.flatMap((ref) => (lookup.get(ref) ? [lookup.get(ref)!.number] : [])));
  const measures = planMeasures(context.plan)
    .filter((m) => !reported.has(m.number))
    .map((m) => ({ ref: m.id ?? m.number, number: m.number }));
  return { measures, issues: yearErrors(entry, context) };
}

/** The errors of the answers that the wizard cannot ask about: they are refused up front, not dropped. */
export function unanswerableProgress(entry: unknown, context: YearContext): Issue[] {
  return yearErrors(entry, context).filter((i) => UNASKABLE.has(i.code) || (i.code === 'WRONG_TYPE' && /^(measures(\[\d+\])?)?$/.test(i.path)));
}

function yearErrors(entry: unknown, context: YearContext): Issue[] {
  const year = { ...(isRecord(entry) ? copy(entry) : {}), year: context.year, measures: isRecord(entry) && entry['measures'] !== undefined ? entry['measures'] : [] };
  const progress = withProgressYear(context.existing, context.reference, year as never);
  const index = progress.years.findIndex((y) => y.year === context.year);
  const prefix = `years[${index}]`;
  return validateProgress(progress, context.plan, context.planData)
    .issues.filter((i) => i.severity === 'error' && (i.path === prefix || i.path.startsWith(`${prefix}.`)))
    .map((i) => ({ ...i, path: i.path.slice(prefix.length).replace(/^\./, '') }));
}
