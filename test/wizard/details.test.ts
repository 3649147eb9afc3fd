import { describe, expect, it } from 'vitest';
import type { Plan } from '../../src/plan/types.js';
import { validatePlan } from '../../src/plan/validate.js';
import { collectPlan } from '../../src/wizard/collect-plan.js';
import { wizardEn } from '../../src/i18n/wizard-en.js';
import { wizardSrLatn } from '../../src/i18n/wizard-sr-Latn.js';
import { formatPlanYaml } from '../../src/wizard/format-plan.js';
import { DEFAULT, ScriptAsk, seq } from './script-ask.js';
import { smallPlanScript, type Script } from './scripts.js';

const PAR = 'areas.participation.objectives[0]';
const EDU = 'areas.education.objectives[0]';

/** The small plan, then "What reviewers look for" from the review menu, every part answered. */
function detailsScript(): Script {
  return {
    ...smallPlanScript(),
    review: seq('details', DEFAULT),
    'details:crossCutting': true,
    crossCutting: ['desegregation', 'gender-equality'],
    'crossCutting.gender-equality.statement': 'Sve mere vode evidenciju po polu',
    'crossCutting.desegregation.statement': 'Nema posebnih romskih grupa u vrtiću',
    'details:risks': true,
    'risks:add': seq(true, false),
    'risks[0].risk': 'Donatorska sredstva kasne',
    'risks[0].likelihood': 'medium',
    'risks[0].impact': 'high',
    'risks[0].mitigation': 'Prioritetne mere u budžetu opštine',
    'risks[0].owner': undefined,
    'plan.sustainability': 'Opština preuzima troškove do 2029',
    'details:outcomes': true,
    [`${PAR}.indicators:add`]: false,
    [`${EDU}.indicators:add`]: seq(true, false),
    [`${EDU}.indicators[0].name`]: 'Romska deca koja završe osnovnu školu',
    [`${EDU}.indicators[0].unit`]: '%',
    [`${EDU}.indicators[0].baseline`]: 74,
    [`${EDU}.indicators[0].target`]: 90,
    [`${EDU}.indicators[0].verification`]: 'Evidencija škola',
    [`${EDU}.indicators[0].disaggregation`]: ['sex'],
    [`${EDU}.indicators[0].collectedBy`]: 'Odeljenje za društvene delatnosti',
    [`${EDU}.indicators[0].frequency`]: 'annual',
    [`${EDU}.indicators[0].contributesTo`]: ['poznan-primary'],
    'details:tags': true,
    [`${PAR}.measures[0].crossCutting`]: [],
    [`${EDU}.measures[0].crossCutting`]: ['children-youth', 'desegregation'],
    'details:funding': true,
    [`${PAR}.measures[0].cost.sources[0].status`]: DEFAULT,
    [`${EDU}.measures[0].cost.sources[0].status`]: 'pledged',
    'details:indicators': true,
    [`${PAR}.measures[0].indicators[0].collectedBy`]: 'Koordinator za romska pitanja',
    [`${PAR}.measures[0].indicators[0].frequency`]: DEFAULT,
    [`${PAR}.measures[0].indicators[0].contributesTo`]: [],
    [`${EDU}.measures[0].indicators[0].collectedBy`]: undefined,
    [`${EDU}.measures[0].indicators[0].frequency`]: 'semi-annual',
    [`${EDU}.measures[0].indicators[0].contributesTo`]: ['eu-early-childhood'],
    'details:monitoring': true,
    'monitoring.publication': 'Internet stranica opštine',
    'monitoring.budget': 300000,
    'monitoring.evaluationMethod': 'Spoljna evaluacija 2029',
    'monitoring.revision': undefined,
    'monitoring.nationalReporting': 'Jednom godišnje nacionalnoj kontakt tački',
  };
}

async function run(script: Script, draft?: unknown) {
  const ask = new ScriptAsk(script);
  // A draft that is already a valid plan still ends with the review, as when a finished draft is resumed.
  const plan = await collectPlan(ask, { year: 2026, locale: 'en', ...(draft === undefined ? {} : { draft, review: true }) });
  return { ask, plan };
}

describe('what reviewers look for, in the wizard', () => {
  it('asks nothing of it in the interview, and says where to add it', async () => {
    const { ask } = await run(smallPlanScript());
    expect(ask.asked.filter((q) => q.name.startsWith('details:'))).toEqual([]);
    expect(ask.shown.some((t) => t.startsWith(wizardEn.details.later.slice(0, 40)))).toBe(true);
  });

  it('asks every part from the review menu, each behind one question, and stores it where the format wants it', async () => {
    const { ask, plan } = await run(detailsScript());
    const added = Object.keys(detailsScript()).filter((k) => !(k in smallPlanScript()));
    expect(ask.unused().filter((n) => added.includes(n))).toEqual([]);
    expect(ask.rejected).toEqual([]);
    const result = validatePlan(plan);
    expect(result.issues.filter((i) => i.severity === 'error')).toEqual([]);
    const names = ask.asked.map((q) => q.name);
    expect(names.indexOf('details:crossCutting')).toBeGreaterThan(names.indexOf('review'));
    expect(names.filter((n) => n.startsWith('details:'))).toEqual(['details:crossCutting', 'details:risks', 'details:outcomes', 'details:tags', 'details:funding', 'details:indicators', 'details:monitoring']);

    expect(plan.crossCutting).toEqual({
      'gender-equality': { statement: 'Sve mere vode evidenciju po polu' },
      desegregation: { statement: 'Nema posebnih romskih grupa u vrtiću' },
    });
    expect(plan.risks).toEqual([{ risk: 'Donatorska sredstva kasne', likelihood: 'medium', impact: 'high', mitigation: 'Prioritetne mere u budžetu opštine' }]);
    expect(plan.plan.sustainability).toBe('Opština preuzima troškove do 2029');
    const par = plan.areas.participation.objectives![0]!;
    const edu = plan.areas.education.objectives![0]!;
    expect(par.indicators).toBeUndefined();
    expect(edu.indicators).toEqual([
      {
        name: 'Romska deca koja završe osnovnu školu', unit: '%', baseline: 74, baselineYear: 2025, target: 90, targetYear: 2030,
        verification: 'Evidencija škola', disaggregation: ['sex'], collectedBy: 'Odeljenje za društvene delatnosti', frequency: 'annual', contributesTo: ['poznan-primary'],
      },
    ]);
    expect(par.measures[0]!.crossCutting).toBeUndefined();
    // Stored in the catalogue's order, whatever order they were ticked in.
    expect(edu.measures[0]!.crossCutting).toEqual(['children-youth', 'desegregation']);
    // A municipal source is proposed as secured.
    expect(par.measures[0]!.cost.sources![0]!.status).toBe('secured');
    expect(edu.measures[0]!.cost.sources![0]!.status).toBe('pledged');
    expect(par.measures[0]!.indicators[0]).toMatchObject({ collectedBy: 'Koordinator za romska pitanja' });
    expect(par.measures[0]!.indicators[0]!.frequency).toBeUndefined();
    expect(par.measures[0]!.indicators[0]!.contributesTo).toBeUndefined();
    expect(edu.measures[0]!.indicators[0]).toMatchObject({ frequency: 'semi-annual', contributesTo: ['eu-early-childhood'] });
    expect(plan.monitoring).toMatchObject({ publication: 'Internet stranica opštine', budget: 300000, evaluationMethod: 'Spoljna evaluacija 2029', nationalReporting: 'Jednom godišnje nacionalnoj kontakt tački' });
    expect(plan.monitoring.revision).toBeUndefined();
    // The saved file says what the new top-level parts are, in the plan's language.
    const text = formatPlanYaml(plan);
    expect(text).toContain(`# ${wizardSrLatn.details.fileCrossCutting}\ncrossCutting:`);
    expect(text).toContain(`# ${wizardSrLatn.details.fileRisks}\nrisks:`);
  });

  it("offers only the targets of the indicator's area that apply in the plan's country", async () => {
    // Tap water is a target of living conditions, not of education: not a choice there.
    const wrongArea = { ...detailsScript(), [`${EDU}.indicators[0].contributesTo`]: ['eu-tap-water'] };
    await expect(run(wrongArea)).rejects.toThrow(/eu-tap-water is not one of the choices/);
    // The Poznan Declaration binds the Western Balkans partners, not Hungary.
    const hungary = { ...detailsScript(), 'municipality.country': 'HU' };
    await expect(run(hungary)).rejects.toThrow(/poznan-primary is not one of the choices/);
  });

  it('leaves a part as it is when its question is answered no', async () => {
    const first = await run(detailsScript());
    const draft = structuredClone(first.plan) as Plan;
    const script: Script = {
      review: seq('details', DEFAULT),
      'details:crossCutting': false,
      'details:risks': false,
      'plan.sustainability': DEFAULT,
      'details:outcomes': false,
      'details:tags': false,
      'details:funding': false,
      'details:indicators': false,
      'details:monitoring': false,
    };
    const { ask, plan } = await run(script, draft);
    expect(ask.unused()).toEqual([]);
    expect(plan).toEqual(first.plan);
  });

  it('asks again, where it sits, a value of an answers file that the format does not allow', async () => {
    const first = await run(detailsScript());
    const draft = structuredClone(first.plan);
    const measure = draft.areas.education.objectives![0]!.measures[0]!;
    Object.assign(measure.indicators[0]!, { frequency: 'weekly' });
    Object.assign(measure.cost.sources![0]!, { status: 'promised' });
    const { ask, plan: fixed } = await run({
      [`${EDU}.measures[0].indicators[0].frequency`]: 'quarterly',
      [`${EDU}.measures[0].cost.sources[0].status`]: 'to-be-sought',
      review: DEFAULT,
    }, draft);
    expect(ask.unused()).toEqual([]);
    expect(ask.asked.map((q) => q.name)).toEqual([`${EDU}.measures[0].cost.sources[0].status`, `${EDU}.measures[0].indicators[0].frequency`, 'review']);
    expect(fixed.areas.education.objectives![0]!.measures[0]!.indicators[0]!.frequency).toBe('quarterly');
    expect(fixed.areas.education.objectives![0]!.measures[0]!.cost.sources![0]!.status).toBe('to-be-sought');
  });
});
