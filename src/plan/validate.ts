import { formatPath, sortIssues, type Issue } from './issue.js';
import type { Locator } from './parse.js';
import { rules } from './rules/index.js';
import { checkSchema } from './schema-check.js';
import type { Plan } from './types.js';

export interface ValidationResult {
  /** True when there is no error (warnings allowed). */
  ok: boolean;
  /** The data, typed, when `ok`. */
  plan?: Plan;
  /** Every problem at once, in source order. */
  issues: Issue[];
}

/**
 * Checks plan data against the schema and every rule of the plan format, and returns all issues
 * at once. Never throws on bad data. `locate` (from parsePlanText) adds line and column.
 */
export function validatePlan(data: unknown, options: { locate?: Locator } = {}): ValidationResult {
  const { locate } = options;
  const issues = checkSchema(data, locate);
  if (data !== null && typeof data === 'object' && !Array.isArray(data)) {
    for (const rule of rules) {
      let findings;
      try {
        findings = rule.check(data as Plan);
      } catch (err) {
        // Rules read malformed data defensively; a throw on schema-valid data is a bug to report.
        if (issues.length > 0) continue;
        throw err;
      }
      for (const f of findings) {
        const where = locate?.(f.path);
        issues.push({
          severity: rule.severity,
          code: rule.code,
          path: formatPath(f.path),
          ...(where ? { line: where.line, column: where.column } : {}),
          message: f.message,
          ...(f.hint ? { hint: f.hint } : {}),
        });
      }
    }
  } else if (issues.length === 0) {
    issues.push({ severity: 'error', code: 'NOT_A_PLAN', path: '', line: 1, column: 1, message: 'the file does not contain a plan (expected `key: value` lines at the top level)', hint: 'Start from an example: roma-plan new plan.yaml --example pecs-hu' });
  }
  const sorted = sortIssues(issues);
  const ok = !sorted.some((i) => i.severity === 'error');
  return ok ? { ok, plan: data as Plan, issues: sorted } : { ok, issues: sorted };
}
