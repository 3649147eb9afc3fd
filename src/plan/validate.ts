import { formatPath, sortIssues, type Issue } from './issue.js';
import { localizeIssues } from './issue-text.js';
import type { Locator } from './parse.js';
import { rules } from './rules/index.js';
import { checkSchema } from './schema-check.js';
import type { Plan } from './types.js';

export interface ValidateOptions {
  locate?: Locator;
  /** BCP 47 tag of the language of `message` and `hint`; English by default. */
  lang?: string;
}

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
 * at once. Never throws on bad data. `locate` (from parsePlanText) adds line and column; `lang`
 * words the messages and hints in that language (English by default).
 */
export function validatePlan(data: unknown, options: ValidateOptions = {}): ValidationResult {
  const { locate, lang } = options;
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
        const params = f.params ?? {};
        issues.push({
          severity: rule.severity,
          code: rule.code,
          path: formatPath(f.path),
          ...(where ? { line: where.line, column: where.column } : {}),
          params,
          // Worded below, with every other issue, in the language asked for.
          message: rule.description,
        });
      }
    }
  } else if (issues.length === 0) {
    issues.push({ severity: 'error', code: 'NOT_A_PLAN', path: '', line: 1, column: 1, params: {}, message: '' });
  }
  const sorted = sortIssues(localizeIssues(issues, lang));
  const ok = !sorted.some((i) => i.severity === 'error');
  return ok ? { ok, plan: data as Plan, issues: sorted } : { ok, issues: sorted };
}
