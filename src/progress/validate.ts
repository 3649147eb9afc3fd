import { sortIssues, type Issue } from '../plan/issue.js';
import type { Locator } from '../plan/parse.js';
import type { Plan } from '../plan/types.js';
import { checkProgressAgainstPlan, findingsToIssues } from './rules.js';
import { checkProgressSchema } from './schema-check.js';
import type { Progress } from './types.js';

export interface ProgressValidation {
  ok: boolean;
  progress?: Progress;
  issues: Issue[];
}

/**
 * Checks progress data against its schema and then against the plan it reports on (a valid plan;
 * `planData` is that plan as parsed, for the digest). All issues at once, in source order; never
 * throws on bad data.
 */
export function validateProgress(data: unknown, plan: Plan, planData: unknown, options: { locate?: Locator } = {}): ProgressValidation {
  const schemaIssues = checkProgressSchema(data, options.locate);
  if (schemaIssues.some((i) => i.severity === 'error')) return { ok: false, issues: sortIssues(schemaIssues) };
  const progress = data as Progress;
  const issues = sortIssues([...schemaIssues, ...findingsToIssues(checkProgressAgainstPlan(progress, plan, planData), options.locate)]);
  const ok = !issues.some((i) => i.severity === 'error');
  return ok ? { ok, progress, issues } : { ok, issues };
}
