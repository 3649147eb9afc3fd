import { describe, expect, it } from 'vitest';
import { validatePlan } from '../../src/plan/validate.js';
import { buildView } from '../../src/view/build-view.js';
import { collectPlan } from '../../src/wizard/collect-plan.js';
import { DEFAULT, ScriptAsk } from './script-ask.js';
import { fullPlanScript, type Script } from './scripts.js';

async function run(script: Script) {
  const ask = new ScriptAsk(script);
  const plan = await collectPlan(ask, { year: 2026, locale: 'en' });
  expect(ask.unused()).toEqual([]);
  expect(ask.rejected).toEqual([]);
  expect(validatePlan(plan).ok).toBe(true);
  const step = ask.asked.filter((q) => q.name.startsWith('plan.legalBasis') || q.name.startsWith('plan.decision'));
  return { ask, plan, step };
}

describe('the wizard’s legal-basis step', () => {
  it('takes the country profile’s legal basis, gazette and signatory with one “yes”', async () => {
    const { ask, plan, step } = await run(fullPlanScript());
    expect(step.map((q) => q.name)).toEqual(['plan.legalBasis:accept']);
    expect(ask.shown.join('\n')).toContain('Legal basis: Zakon o lokalnoj samoupravi („Službeni glasnik RS”, br. 129/2007');
    expect(plan.plan.legalBasis).toEqual(['Zakon o lokalnoj samoupravi („Službeni glasnik RS”, br. 129/2007, 83/2014 – dr. zakon, 101/2016 – dr. zakon, 47/2018 i 111/2021 – dr. zakon)']);
    expect(plan.plan.decision).toEqual({ gazette: 'Službeni list opštine Novi Bečej', signatory: 'Predsednik Skupštine opštine' });
    // What was confirmed is what the decision cites.
    const decision = buildView(plan).decision;
    expect(decision.preamble[0]).toBe(`Pravni osnov: ${plan.plan.legalBasis![0]}.`);
    expect(decision.points.at(-1)!.text).toContain('„Službeni list opštine Novi Bečej”');
  });

  it('asks each detail the Hungarian form needs when the proposal is declined, with the proposal as default', async () => {
    const script: Script = {
      ...fullPlanScript(),
      language: 'hu',
      'municipality.name': 'Pécs',
      'municipality.country': 'HU',
      'plan.legalBasis:accept': false,
      'plan.legalBasis': 'Magyarország helyi önkormányzatairól szóló 2011. évi CLXXXIX. törvény 42. §; 2003. évi CXXV. törvény 31. §',
      'plan.decision.responsible': DEFAULT,
      'plan.decision.deadline': '2026. december 31.',
      'plan.decision.signatory': 'polgármester',
    };
    const { ask, plan, step } = await run(script);
    expect(step.map((q) => q.name)).toEqual(['plan.legalBasis:accept', 'plan.legalBasis', 'plan.decision.responsible', 'plan.decision.deadline', 'plan.decision.signatory']);
    expect(ask.asked.find((q) => q.name === 'plan.legalBasis')!.default).toBe('Magyarország helyi önkormányzatairól szóló 2011. évi CLXXXIX. törvény');
    expect(plan.plan.legalBasis).toEqual(['Magyarország helyi önkormányzatairól szóló 2011. évi CLXXXIX. törvény 42. §', '2003. évi CXXV. törvény 31. §']);
    expect(plan.plan.decision).toEqual({ responsible: 'polgármester', deadline: '2026. december 31.', signatory: 'polgármester' });
    expect(buildView(plan).decision.responsibility).toEqual(['Felelős: polgármester', 'Határidő: 2026. december 31.']);
  });

  it('proposes no law for a country without a profile, and cites none when the person adds none', async () => {
    const { ask, plan, step } = await run({ ...fullPlanScript(), 'municipality.country': 'FI', 'plan.legalBasis:accept': true });
    expect(step.map((q) => q.name)).toEqual(['plan.legalBasis:accept']);
    expect(ask.shown.join('\n')).toContain('There is no profile for Finland');
    expect(plan.plan.legalBasis).toBeUndefined();
    expect(plan.plan.decision).toBeUndefined();
  });
});
