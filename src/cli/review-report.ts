import { Chalk } from 'chalk';
import type { ReviewCheckView, ReviewView } from '../review/types.js';
import { printable } from './printable.js';

/** Marks that read without colour: met, partly met, not met, not applicable. */
const MARK = { met: '[x]', partial: '[~]', unmet: '[ ]', notApplicable: '[-]' } as const;

const markOf = (c: ReviewCheckView): string => (!c.applicable ? MARK.notApplicable : c.met === true ? MARK.met : c.met === 'partial' ? MARK.partial : MARK.unmet);

/**
 * The checklist of one plan for the terminal, grouped by criterion:
 *
 *   [ ] Funding secured — Not met
 *       Measures without secured funding (3 of 12): 2.1.1, 3.2.1, 5.1.2.
 *       To do: For each funding source, say whether ...
 *
 * The marks carry the verdict; colour only repeats it.
 */
export function formatReview(file: string, review: ReviewView, color: boolean): string {
  const c = new Chalk({ level: color ? 1 : 0 });
  const paint = (check: ReviewCheckView, s: string): string => (!check.applicable ? c.dim(s) : check.met === true ? c.green(s) : check.met === 'partial' ? c.yellow(s) : c.red(s));
  const out = [c.bold(`${printable(file)}: ${review.title}`), ''];
  for (const criterion of review.criteria) {
    const checks = review.checks.filter((x) => x.criterion === criterion.id);
    if (checks.length === 0) continue;
    out.push(c.bold(criterion.title));
    for (const check of checks) {
      out.push(`  ${paint(check, markOf(check))} ${check.title} — ${paint(check, check.stateText)}`);
      out.push(`      ${printable(check.reason)}`);
      if (check.todo) out.push(`      ${c.cyan(review.labels.todo)} ${check.todo}`);
    }
    out.push('');
  }
  out.push(c.bold(review.score.text), c.dim(review.scoreRule));
  return `${out.join('\n')}\n`;
}

/** The checklist as `review --json` prints it for one plan. */
export function reviewJson(file: string, review: ReviewView): Record<string, unknown> {
  return {
    file,
    valid: true,
    language: review.locale,
    score: { met: review.score.met, partial: review.score.partial, applicable: review.score.applicable, percent: review.score.percent, text: review.score.text },
    checks: review.checks.map((x) => ({
      id: x.id,
      criterion: x.criterion,
      met: x.met,
      applicable: x.applicable,
      title: x.title,
      state: x.stateText,
      reason: x.reason,
      todo: x.todo ?? null,
      facts: x.facts,
    })),
  };
}
