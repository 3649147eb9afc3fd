import { describe, expect, it } from 'vitest';
import { AREA_IDS } from '../../src/catalogue/types.js';
import { validatePlan } from '../../src/plan/validate.js';
import type { Plan } from '../../src/plan/types.js';
import { buildReview } from '../../src/review/build-review.js';
import { CHECK_IDS, type CheckId } from '../../src/review/checks.js';
import { measureOf, minimalPlan } from '../helpers/minimal-plan.js';

/**
 * The minimal plan with everything a reviewer looks for: legal basis, risks, the four
 * cross-cutting commitments, secured funding, outcome indicators, full monitoring, a target,
 * data broken down by sex and a sustainability statement.
 */
function completePlan(): Plan {
  const plan = minimalPlan();
  plan.plan.legalBasis = ['Law on Local Self-Government, Article 20'];
  plan.plan.sustainability = 'The municipality takes the coordinator into its own budget from 2027.';
  plan.risks = [{ risk: 'The council budget is cut', likelihood: 'medium', impact: 'high', mitigation: 'Apply for national funds', owner: 'Coordinator' }];
  plan.crossCutting = {
    'gender-equality': { statement: 'Half of the beneficiaries are Roma women.' },
    'children-youth': { statement: 'Every Roma child attends preschool.' },
    'anti-discrimination': { statement: 'Officials are trained against antigypsyism.' },
    desegregation: { statement: 'No Roma-only preschool groups.' },
  };
  for (const id of AREA_IDS) {
    const area = plan.areas[id];
    const objective = area.objectives![0]!;
    objective.indicators = [{ name: `${id} outcome`, unit: '%', baseline: 10, baselineYear: 2025, target: 20, verification: 'Survey' }];
    const m = objective.measures[0]!;
    m.risks = ['Too few applicants'];
    m.crossCutting = ['gender-equality', 'children-youth', 'anti-discrimination', 'desegregation'];
  }
  const paid = measureOf(plan, 'participation');
  paid.cost.sources = [
    { type: 'municipal', amount: 3000, status: 'secured' },
    { type: 'donor', amount: 3000, status: 'secured' },
  ];
  paid.indicators[0]!.disaggregation = ['sex'];
  paid.indicators[0]!.contributesTo = ['eu-discrimination'];
  plan.areas.health.data = [{ indicator: 'Roma women with a family doctor', value: 60, year: 2025, source: 'Health centre', sex: 'female' }];
  Object.assign(plan.monitoring, {
    publication: 'Municipal website',
    budget: 2000,
    evaluationMethod: 'External evaluation by a university',
    revision: 'After the mid-term review, by council decision',
    nationalReporting: 'Yearly report to the national contact point',
    midTermReview: 2028,
    finalEvaluation: 2030,
  });
  return plan;
}

const checkOf = (plan: Plan, id: CheckId) => buildReview(plan, { locale: 'en' }).checks.find((c) => c.id === id)!;

describe('the reviewer’s checklist', () => {
  it('a complete plan is valid and meets every check: 13 of 13', () => {
    const plan = completePlan();
    expect(validatePlan(structuredClone(plan)).issues.filter((i) => i.severity === 'error')).toEqual([]);
    const review = buildReview(plan, { locale: 'en' });
    expect(review.checks.map((c) => c.id)).toEqual([...CHECK_IDS]);
    expect(review.checks.filter((c) => c.met !== true).map((c) => `${c.id}: ${c.reason}`)).toEqual([]);
    expect(review.score).toMatchObject({ met: 13, partial: 0, applicable: 13, percent: 100, text: '13 of 13 checks met (100%)' });
    expect(review.checks.every((c) => c.todo === undefined)).toBe(true);
  });

  /** Each check: a change to the complete plan that breaks it, the verdict, and words its reason must hold. */
  const unmet: { id: CheckId; breakIt: (p: Plan) => void; met: false | 'partial'; reason: RegExp }[] = [
    { id: 'roma-participation', met: false, breakIt: (p) => delete p.participation[0]!.participants.roma, reason: /Consultations without recorded Roma participants \(1 of 1\): 14 October 2025\./ },
    {
      id: 'roma-participation',
      met: 'partial',
      breakIt: (p) => p.participation.push({ date: '2025-11-02', format: 'community-meeting', participants: { total: 30, roma: 0, women: 10 } }),
      reason: /\(1 of 2\): 2 November 2025\./,
    },
    { id: 'women-participation', met: 'partial', breakIt: (p) => (p.participation[0]!.participants.women = 0), reason: /^Consultations without recorded women participants \(1 of 1\): 14 October 2025\.$/ },
    {
      id: 'women-participation',
      met: false,
      breakIt: (p) => {
        p.participation[0]!.participants.women = 0;
        p.governance.communityActionGroup!.women = 0;
      },
      reason: /\(1 of 1\): 14 October 2025\. The community action group has no women members recorded\.$/,
    },
    { id: 'women-participation', met: 'partial', breakIt: (p) => delete p.governance.communityActionGroup!.women, reason: /^The community action group has no women members recorded\.$/ },
    {
      id: 'areas-justified',
      met: false,
      breakIt: (p) => (p.areas['birth-registration'] = { applicable: false, reason: 'Everyone has documents' }),
      reason: /Areas left out without data to back the reason \(1 of 1\): 6\. Civil registration\.$/,
    },
    { id: 'sex-disaggregated', met: 'partial', breakIt: (p) => delete p.areas.health.data, reason: /^No figure of the situation analysis is given for women and men separately\.$/ },
    {
      id: 'sex-disaggregated',
      met: false,
      breakIt: (p) => {
        delete p.areas.health.data;
        delete measureOf(p).indicators[0]!.disaggregation;
      },
      reason: /No indicator is broken down by sex\./,
    },
    { id: 'legal-basis', met: false, breakIt: (p) => delete p.plan.legalBasis, reason: /names no law or article/ },
    { id: 'measures-complete', met: 'partial', breakIt: (p) => delete measureOf(p, 'health').indicators[0]!.baselineYear, reason: /baseline year is not given \(1 of 7\): 3\.1\.1\./ },
    { id: 'secured-funding', met: false, breakIt: (p) => (measureOf(p).cost.sources![0]!.status = 'to-be-sought'), reason: /Measures without secured funding \(1 of 1\): 1\.1\.1\./ },
    {
      id: 'secured-funding',
      met: 'partial',
      breakIt: (p) => {
        const m = measureOf(p, 'employment');
        m.cost = { total: 1000, sources: [{ type: 'municipal', amount: 1000, status: 'pledged' }] };
      },
      reason: /\(1 of 2\): 2\.1\.1\./,
    },
    { id: 'risks', met: 'partial', breakIt: (p) => delete p.risks, reason: /^The plan has no risk analysis of its own\.$/ },
    { id: 'risks', met: 'partial', breakIt: (p) => delete measureOf(p, 'culture').risks, reason: /^Measures without risks \(1 of 7\): 4\.1\.1\.$/ },
    {
      id: 'risks',
      met: false,
      breakIt: (p) => {
        delete p.risks;
        for (const id of AREA_IDS) delete measureOf(p, id).risks;
      },
      reason: /no risk analysis of its own\. Measures without risks \(7 of 7\)/,
    },
    {
      id: 'sustainability',
      met: false,
      breakIt: (p) => {
        delete p.plan.sustainability;
        measureOf(p, 'health').cost = { total: 500, sources: [{ type: 'eu', amount: 500, status: 'secured' }] };
      },
      reason: /Measures with outside funding that do not say how they continue \(2 of 2\): 1\.1\.1, 3\.1\.1\./,
    },
    { id: 'outcome-indicators', met: 'partial', breakIt: (p) => delete p.areas.education.objectives![0]!.indicators, reason: /Objectives without an outcome indicator \(1 of 7\): 5\.1\./ },
    { id: 'monitoring-complete', met: 'partial', breakIt: (p) => delete p.monitoring.nationalReporting, reason: /^Not given \(1 of 10\): reporting to the national contact point\.$/ },
    { id: 'cross-cutting', met: 'partial', breakIt: (p) => delete p.crossCutting!.desegregation, reason: /\(1 of 4\): desegregation\./ },
    {
      id: 'cross-cutting',
      met: 'partial',
      breakIt: (p) => {
        for (const id of AREA_IDS) measureOf(p, id).crossCutting = ['gender-equality'];
      },
      reason: /\(3 of 4\): children and youth, anti-discrimination and antigypsyism, desegregation\./,
    },
    { id: 'targets-linked', met: false, breakIt: (p) => delete measureOf(p).indicators[0]!.contributesTo, reason: /No indicator says which EU 2030 or Poznan Declaration target/ },
  ];

  it.each(unmet.map((c, i) => [`${c.id} #${i}`, c] as const))('%s: not met when broken, with the facts and what to do', (_, c) => {
    const plan = completePlan();
    c.breakIt(plan);
    const check = checkOf(plan, c.id);
    expect(check.met).toBe(c.met);
    expect(check.applicable).toBe(true);
    expect(check.reason).toMatch(c.reason);
    expect(check.todo).toEqual(expect.any(String));
    expect(check.stateText).toBe(c.met === false ? 'Not met' : 'Partly met');
  });

  it('every check has a case that breaks it', () => {
    expect([...new Set(unmet.map((c) => c.id))].sort()).toEqual([...CHECK_IDS].sort());
  });

  it('names what is met with its facts', () => {
    const plan = completePlan();
    expect(checkOf(plan, 'legal-basis').reason).toBe('Cited: Law on Local Self-Government, Article 20.');
    expect(checkOf(plan, 'targets-linked').reason).toBe('Indicators linked to a target: 1 of 14.');
    expect(checkOf(plan, 'secured-funding').reason).toBe('The money is secured for every measure that has a cost (1).');
    plan.areas['birth-registration'] = { applicable: false, reason: 'Everyone has documents', data: [{ indicator: 'People without documents', value: 0, year: 2025, source: 'Civil registry' }] };
    const areas = checkOf(plan, 'areas-justified');
    expect(areas.met).toBe(true);
    expect(areas.reason).toBe('Areas left out, each with a reason backed by data: 6. Civil registration.');
  });

  it('counts a measure without cost as funded, and leaves out the checks that do not apply', () => {
    const plan = completePlan();
    measureOf(plan).cost = { total: 0 };
    const review = buildReview(plan, { locale: 'en' });
    const funding = review.checks.find((c) => c.id === 'secured-funding')!;
    const sustainability = review.checks.find((c) => c.id === 'sustainability')!;
    expect(funding).toMatchObject({ applicable: false, stateText: 'Not applicable', reason: 'No measure has a cost of its own: all are carried out within existing budgets.' });
    expect(sustainability).toMatchObject({ applicable: false, stateText: 'Not applicable', reason: 'No measure depends on outside funding.' });
    expect(funding.todo).toBeUndefined();
    expect(review.score).toMatchObject({ met: 11, applicable: 11, percent: 100, text: '11 of 11 checks met (100%)' });
  });

  it('scores met checks over applicable ones; a check met in part does not count', () => {
    const plan = completePlan();
    delete plan.plan.legalBasis;
    delete plan.monitoring.publication;
    const review = buildReview(plan, { locale: 'en' });
    expect(review.score).toMatchObject({ met: 11, partial: 1, applicable: 13, percent: 84, text: '11 of 13 checks met (84%)', short: '11/13 (84%)' });
  });

  it('cuts a long list short and says how many more', () => {
    const plan = minimalPlan();
    delete plan.areas.participation.objectives![0]!.measures[0]!.cost.sources![0]!.status;
    const objective = plan.areas.education.objectives![0]!;
    for (let i = 0; i < 14; i++) objective.measures.push({ ...structuredClone(objective.measures[0]!), id: `edu-1-${i + 2}`, cost: { total: 10, sources: [{ type: 'municipal', amount: 10 }] } });
    const check = checkOf(plan, 'secured-funding');
    expect(check.reason).toBe('Measures without secured funding (15 of 15): 1.1.1, 5.1.2, 5.1.3, 5.1.4, 5.1.5, 5.1.6, 5.1.7, 5.1.8, 5.1.9, 5.1.10, 5.1.11, 5.1.12 (+3).');
  });

  it('speaks the language asked for, and the plan’s own by default', () => {
    const plan = completePlan();
    delete plan.plan.legalBasis;
    const hu = buildReview(plan, { locale: 'hu' });
    expect(hu.title).toBe('Ellenőrző lista a véleményezők számára');
    expect(hu.checks.find((c) => c.id === 'legal-basis')).toMatchObject({ stateText: 'Nem teljesül', title: 'A képviselő-testületi határozat jogalapja' });
    expect(hu.score.text).toBe('13 ellenőrzési pontból 12 teljesül (92%)');
    plan.language = 'sr-Cyrl';
    const cyrillic = buildReview(plan);
    expect(cyrillic.locale).toBe('sr-Cyrl');
    expect(cyrillic.title).toBe('Контролна листа за рецензенте');
  });
});
