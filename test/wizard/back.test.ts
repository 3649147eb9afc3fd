import { describe, expect, it } from 'vitest';
import { collectPlan } from '../../src/wizard/collect-plan.js';
import { BACK, DEFAULT, ScriptAsk, seq } from './script-ask.js';
import { smallPlanScript } from './scripts.js';

const POPULATION = 22000;

describe('going back one question (Esc)', () => {
  it('goes back across a section boundary, proposes the earlier answers, and ends with the same plan', async () => {
    const plain = await collectPlan(new ScriptAsk(smallPlanScript()), { year: 2026, locale: 'en' });

    // Esc at the first question of "Plan basics", then twice more in "The municipality".
    const ask = new ScriptAsk({
      ...smallPlanScript(),
      'plan.period.from': seq(BACK, 2026),
      'municipality.settlements:add': seq(false, BACK, false),
      'municipality:more': seq(false, BACK, false),
    });
    const plan = await collectPlan(ask, { year: 2026, locale: 'en' });

    expect(plan).toEqual(plain);
    const names = ask.asked.map((q) => q.name);
    const first = names.indexOf('plan.period.from');
    // After three steps back: the population again, with the earlier answer proposed, then on.
    expect(names.slice(first, first + 7)).toEqual([
      'plan.period.from',
      'municipality.settlements:add',
      'municipality:more',
      'municipality.population.total',
      'municipality:more',
      'municipality.settlements:add',
      'plan.period.from',
    ]);
    expect(ask.asked[first + 1]!.default).toBe(false);
    expect(ask.asked[first + 3]!.default).toBe(POPULATION);
    // The earlier questions were not asked again; the section's title is shown again after each step back.
    expect(names.filter((n) => n === 'municipality.name')).toHaveLength(1);
    expect(ask.shown.filter((t) => t === 'The municipality')).toHaveLength(4);
    expect(ask.shown.filter((t) => t.startsWith('Back one question'))).toHaveLength(3);
  });

  it('stays at the first question when there is nothing before it', async () => {
    const ask = new ScriptAsk({ ...smallPlanScript(), language: seq(BACK, 'sr-Latn') });
    const plan = await collectPlan(ask, { year: 2026, locale: 'en' });
    expect(plan.language).toBe('sr-Latn');
    expect(ask.shown.some((t) => t.startsWith('This is the first question'))).toBe(true);
  });

  it('gives every question its help and the line of keys', async () => {
    const ask = new ScriptAsk(smallPlanScript());
    await collectPlan(ask, { year: 2026, locale: 'en' });
    const region = ask.asked.find((q) => q.name === 'municipality.population.total') as { help?: string; keys?: string } | undefined;
    expect(region?.help).toMatch(/How many people live in the municipality/);
    expect(region?.keys).toMatch(/^Esc: back/);
    const cost = ask.asked.find((q) => /measures\[0\]\.cost\.total$/.test(q.name)) as { help?: string } | undefined;
    expect(cost?.help).toMatch(/cost for the whole period/);
    const goals = ask.asked.find((q) => q.name === 'goals') as { choices?: { description?: string }[] } | undefined;
    expect(goals?.choices?.every((c) => (c.description ?? '').length > 20)).toBe(true);
  });
});

describe('the language to start in', () => {
  it("is the environment's until the plan's language is chosen, and the language question proposes it", async () => {
    const ask = new ScriptAsk({ ...smallPlanScript(), language: DEFAULT });
    const plan = await collectPlan(ask, { year: 2026, initialLocale: 'hu' });
    expect(plan.language).toBe('hu');
    expect(ask.asked[0]).toMatchObject({ name: 'language', message: 'Milyen nyelven készül a terv?', default: 'hu' });
  });
});
