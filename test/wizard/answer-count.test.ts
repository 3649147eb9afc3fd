import { describe, expect, it } from 'vitest';
import { validatePlan } from '../../src/plan/validate.js';
import { collectPlan } from '../../src/wizard/collect-plan.js';
import { ScriptAsk } from './script-ask.js';
import { smallPlanScript } from './scripts.js';

/**
 * How many answers a small plan takes: two areas with one measure each, five areas not applicable.
 * Every question the person answers counts, "add another?" and the review menu included. The
 * ceiling is the aim, 65, so that a change that adds questions fails here and says so. The legal-basis
 * step adds one answer: one "yes" to the country profile's proposal.
 */
const CEILING = 65;

describe('the number of answers of a small plan', () => {
  it('is counted, printed, and not above the ceiling', async () => {
    const ask = new ScriptAsk(smallPlanScript());
    const plan = await collectPlan(ask, { year: 2026, locale: 'en' });
    expect(validatePlan(plan).ok).toBe(true);
    const applicable = Object.values(plan.areas).filter((a) => a.applicable);
    expect(applicable.map((a) => a.objectives?.flatMap((o) => o.measures).length)).toEqual([1, 1]);
    expect(Object.values(plan.areas).filter((a) => !a.applicable)).toHaveLength(5);

    const bySection = new Map<string, number>();
    for (const q of ask.asked) {
      const section = q.name.split(/[.[:]/)[0]!;
      bySection.set(section, (bySection.get(section) ?? 0) + 1);
    }
    console.log(`small plan: ${ask.asked.length} answers (${[...bySection].map(([s, n]) => `${s} ${n}`).join(', ')})`);
    expect(ask.asked.length).toBeLessThanOrEqual(CEILING);
  });
});
