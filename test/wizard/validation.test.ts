import { describe, expect, it } from 'vitest';
import { collectPlan } from '../../src/wizard/collect-plan.js';
import { WizardStopped } from '../../src/wizard/stopped.js';
import { CTRL_C, DEFAULT, ScriptAsk, seq } from './script-ask.js';
import { fullPlanScript, type Script } from './scripts.js';

const EDU = 'areas.education.objectives[0].measures[0]';
const EDU2 = 'areas.education.objectives[0].measures[1]';
const PAR = 'areas.participation.objectives[0].measures[0]';

/** Runs the full script with some answers replaced, stopping (Ctrl+C) at `stopAt` if given. */
async function run(overrides: Script, stopAt?: string) {
  const ask = new ScriptAsk({ ...fullPlanScript(), ...overrides, ...(stopAt ? { [stopAt]: CTRL_C } : {}) });
  try {
    const plan = await collectPlan(ask, { year: 2026, locale: 'en' });
    return { ask, plan };
  } catch (err) {
    if (err instanceof WizardStopped && err.byUser && stopAt) return { ask, draft: err.draft };
    throw err;
  }
}

const rejections = (ask: ScriptAsk, name: string) => ask.rejected.filter((r) => r.name === name).map((r) => r.message);

describe('every answer is checked by the plan validator and asked again', () => {
  it('reads a number written with thousands separators, and rejects one it cannot read, saying how to write it', async () => {
    // The script's plan is in Serbian (Latin), which groups with dots and writes decimals with a comma.
    const spaced = await run({ 'municipality.population.total': '22 000', 'municipality.population.roma': '1.800' }, 'municipality.population.romaSource');
    expect(rejections(spaced.ask, 'municipality.population.total')).toEqual([]);
    expect(spaced.draft?.['municipality']).toMatchObject({ population: { total: 22000, roma: 1800 } });
    const ambiguous = await run({ 'municipality.population.roma': seq('1,800', 1800) }, 'municipality.population.romaSource');
    expect(rejections(ambiguous.ask, 'municipality.population.roma')).toHaveLength(1);
    const { ask, draft } = await run({ 'municipality.population.total': seq('22 00', 22000) }, 'municipality.population.roma');
    expect(rejections(ask, 'municipality.population.total')).toEqual([expect.stringContaining('Write the number without spaces or thousands separators, e.g. 2200')]);
    expect(draft?.['municipality']).toMatchObject({ population: { total: 22000 } });
  });

  it('reads a date typed in quotes or in a local form, and stores it as YYYY-MM-DD', async () => {
    for (const typed of ['"2025-10-14"', '14.10.2025', '14/10/2025']) {
      const { ask, draft } = await run({ 'participation[0].date': typed }, 'participation[0].format');
      expect(rejections(ask, 'participation[0].date')).toEqual([]);
      expect(draft?.['participation']).toEqual([{ date: '2025-10-14' }]);
    }
  });

  it('rejects a date that is not in the calendar', async () => {
    const { ask } = await run({ 'participation[0].date': seq('2025-02-30', '2025-10-14') }, 'participation[0].format');
    expect(rejections(ask, 'participation[0].date')).toEqual([expect.stringMatching(/“2025-02-30” is not a real calendar date\. Write the date as year-month-day, e\.g\. 2026-03-26 \(in the wizard, without quotation marks\)/)]);
  });

  it('takes a date typed in quotation marks, as a plan file writes it, for the date', async () => {
    const { ask, draft } = await run({ 'participation[0].date': '"2025-10-14"' }, 'participation[0].format');
    expect(rejections(ask, 'participation[0].date')).toEqual([]);
    expect((draft?.['participation'] as { date: string }[])[0]!.date).toBe('2025-10-14');
  });

  it('asks for the source of a Roma population estimate, with the rule that wants it', async () => {
    const { ask } = await run({ 'municipality.population.romaSource': seq(undefined, 'Popis 2022') }, 'municipality.settlements:add');
    expect(rejections(ask, 'municipality.population.romaSource')).toEqual([expect.stringContaining('The estimate of the Roma population (1,100) has no source')]);
  });

  it('checks start and end against the plan period and against each other', async () => {
    // An answer that is no period ("soon") asks the start and the end one by one.
    const { ask, plan } = await run({ [`${PAR}:when`]: 'soon', [`${PAR}.start`]: '2026-q1', [`${PAR}.end`]: seq('2031', '2025-Q4', '2026-Q2') });
    expect(rejections(ask, `${PAR}.end`)).toEqual([
      expect.stringContaining('Measure 1.1.1 “Koordinator za romska pitanja”: its end (2031) is after the plan period (2026–2030). Move the end of the measure into the period, or let the plan period run until 2031.'),
      expect.stringContaining('Measure 1.1.1 “Koordinator za romska pitanja” ends (2025-Q4) before it starts (2026-Q1)'),
    ]);
    expect(plan?.areas.participation.objectives?.[0]?.measures[0]?.end).toBe('2026-Q2');
  });

  it('checks the period as a whole and asks both years again when it is reversed', async () => {
    const { ask } = await run({ 'plan.period.from': seq(2030, 2026), 'plan.period.to': seq(2026, 2030) }, 'plan.status');
    expect(ask.shown).toContain('The plan period starts in 2030 but ends in 2026. Swap the two years: the period runs from the first year of the plan to the last.');
    expect(ask.asked.filter((q) => q.name.startsWith('plan.period')).map((q) => q.name)).toEqual(['plan.period.from', 'plan.period.to', 'plan.period.from', 'plan.period.to']);
  });

  it('validates proposed defaults too: a default outside the schema is refused when accepted', async () => {
    const { ask } = await run({ 'plan.period.from': 2100, 'plan.period.to': seq(DEFAULT, 2100) }, 'plan.status');
    expect(ask.asked.find((q) => q.name === 'plan.period.to')?.default).toBe(2104);
    expect(rejections(ask, 'plan.period.to')).toEqual([expect.stringContaining('The last year of the plan: 2104 is above the highest possible value, 2100.')]);
  });

  it('asks the cost again when the funding sources do not add up, and lets one source be corrected', async () => {
    const { ask, plan } = await run({
      [`${EDU}.cost.sources[1].amount`]: seq(700000, 600000),
      [`${EDU}.cost.sources:menu`]: seq('edit:1', 'done'),
    });
    // Amounts are written as the language writes money (with a no-break space after the currency code).
    expect(ask.shown.map((t) => t.replace(/\u00a0/g, ' '))).toContain('Measure 5.1.1 “Preschool enrolment for every Roma child”: the funding sources add up to RSD 1,100,000, but the total cost is RSD 1,000,000 (difference -RSD 100,000). Correct the amounts or the total cost so that they match.');
    expect(plan?.areas.education.objectives?.[0]?.measures[0]?.cost.sources).toEqual([
      { type: 'municipal', amount: 400000 },
      { type: 'donor', name: 'UNICEF', amount: 600000 },
    ]);
  });

  it('wants at least one goal for a measure', async () => {
    // The second measure is the person's own: its goals are asked (a good practice's are taken).
    const { ask } = await run({ [`${EDU2}.goals`]: seq([], ['service-provision']) }, `${EDU2}.cost.total`);
    expect(rejections(ask, `${EDU2}.goals`)).toEqual([expect.stringContaining('The policy goals: at least 1 entry is needed.')]);
  });

  it('wants a reason for an area marked not applicable', async () => {
    const { ask } = await run({ 'areas.employment.reason': seq(undefined, '   ', 'Covered by the county') }, 'areas.health.applicable');
    expect(rejections(ask, 'areas.employment.reason')).toHaveLength(2);
    expect(rejections(ask, 'areas.employment.reason')[0]).toContain('is marked not applicable without a reason');
  });

  it('checks a language tag typed by hand', async () => {
    const { ask, draft } = await run({ language: seq('*', 'english', 'de') }, 'municipality.name');
    expect(rejections(ask, 'language')).toEqual([expect.stringContaining('“english” is not a language tag')]);
    expect(draft?.['language']).toBe('de');
  });
});
