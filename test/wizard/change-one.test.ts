import { describe, expect, it } from 'vitest';
import { collectPlan } from '../../src/wizard/collect-plan.js';
import { DEFAULT, ScriptAsk, seq, type Asked } from './script-ask.js';
import { smallPlanScript } from './scripts.js';

const LEAD = 'areas.education.objectives[0].measures[0].lead';

/** Picks the choice whose label matches, as a person reading the list would. */
const pick = (q: Asked, label: RegExp) => (q as Asked & { choices: { value: unknown; name: string }[] }).choices.find((c) => label.test(c.name))?.value as number;

describe('changing one answer from the review screen', () => {
  it('takes four answers, changes that answer only, and lists the parts by area, objective and measure', async () => {
    const plain = await collectPlan(new ScriptAsk(smallPlanScript()), { year: 2026, locale: 'en' });
    const measure = plain.areas.education.objectives![0]!.measures[0]!;

    const ask = new ScriptAsk({ ...smallPlanScript(), review: seq(':one', DEFAULT), [LEAD]: seq('Predškolska ustanova', 'Dečji vrtić Poletarac') }, (q) => {
      if (q.name === 'review:part') return pick(q, new RegExp(`› ${measure.id} `));
      if (q.name === 'review:field') return pick(q, /lead|responsible|Who/i);
      throw new Error(`unexpected question ${q.name}`);
    });
    const plan = await collectPlan(ask, { year: 2026, locale: 'en' });

    const names = ask.asked.map((q) => q.name);
    const from = names.indexOf('review');
    expect(names.slice(from, from + 5)).toEqual(['review', 'review:part', 'review:field', LEAD, 'review']);
    const parts = (ask.asked[from + 1] as Asked & { choices: { name: string }[] }).choices.map((c) => c.name);
    console.log(`change one answer: ${names.slice(from, from + 4).length} answers; parts offered: ${parts.length}`);
    // Sections, then an area's objective and measure indented under it.
    expect(parts).toContain('The municipality');
    expect(parts.some((p) => p.startsWith('  › ') && p.includes(plain.areas.education.objectives![0]!.title))).toBe(true);
    expect(parts.some((p) => p.startsWith('    › ') && p.includes(measure.title))).toBe(true);
    // The field list shows the current answer.
    const fields = (ask.asked[from + 2] as Asked & { choices: { name: string }[] }).choices.map((c) => c.name);
    expect(fields.some((f) => f.includes('Predškolska ustanova'))).toBe(true);

    expect(plan.areas.education.objectives![0]!.measures[0]!.lead).toBe('Dečji vrtić Poletarac');
    const back = structuredClone(plan);
    back.areas.education.objectives![0]!.measures[0]!.lead = measure.lead;
    expect(back).toEqual(plain);
  });
});
