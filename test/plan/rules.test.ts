import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { loadPlanText } from '../../src/plan/load.js';
import { rules } from '../../src/plan/rules/index.js';
import type { Measure, Plan } from '../../src/plan/types.js';
import { validatePlan } from '../../src/plan/validate.js';
import { indicatorOf, measureOf, measurePath, minimalPlan } from '../helpers/minimal-plan.js';

interface RuleCase {
  code: string;
  /** Mutations that stay on the right side of the rule (often its boundary). */
  valid: [string, (p: Plan) => void][];
  /** Mutations that break it, and the path the issue must name. */
  invalid: [string, (p: Plan) => void, string][];
}

const addMeasures = (plan: Plan, count: number, change: (m: Measure) => void = () => {}): void => {
  const objective = plan.areas.employment.objectives![0]!;
  for (let i = 0; i < count; i++) {
    const m = structuredClone(objective.measures[0]!);
    m.id = `emp-1-x${i}`;
    change(m);
    objective.measures.push(m);
  }
};

/** Takes a cross-cutting commitment off every measure of the plan. */
const untag = (plan: Plan, id: string): void => {
  for (const area of Object.values(plan.areas)) for (const o of area.objectives ?? []) for (const m of o.measures) if (m.crossCutting) m.crossCutting = m.crossCutting.filter((c) => c !== id);
};

const table: RuleCase[] = [
  {
    code: 'PERIOD_REVERSED',
    valid: [['a one-year-longer period', (p) => void (p.plan.period.to = 2031)]],
    invalid: [['from after to', (p) => void (p.plan.period = { from: 2030, to: 2026 }), 'plan.period.from']],
  },
  {
    code: 'OUTSIDE_PERIOD',
    valid: [['first and last quarter of the period', (p) => Object.assign(measureOf(p), { start: '2026-Q1', end: '2030-Q4' })]],
    invalid: [
      ['a start before the period', (p) => void (measureOf(p).start = '2025-Q4'), measurePath('participation', 'start')],
      ['an end after the period', (p) => void (measureOf(p, 'health').end = 2031), measurePath('health', 'end')],
    ],
  },
  {
    code: 'END_BEFORE_START',
    valid: [
      ['start and end in the same quarter', (p) => Object.assign(measureOf(p), { start: '2027-Q2', end: '2027-Q2' })],
      ['a year ending in its first quarter', (p) => Object.assign(measureOf(p), { start: 2027, end: '2027-Q1' })],
    ],
    invalid: [
      ['an earlier quarter', (p) => Object.assign(measureOf(p), { start: '2027-Q3', end: '2027-Q2' }), measurePath('participation', 'end')],
      ['an earlier year', (p) => Object.assign(measureOf(p, 'culture'), { start: 2028, end: 2027 }), measurePath('culture', 'end')],
    ],
  },
  {
    code: 'DUPLICATE_ID',
    valid: [['measures without ids', (p) => void delete measureOf(p, 'health').id]],
    invalid: [
      ['two measures with one id', (p) => void (measureOf(p, 'health').id = 'par-1-1'), measurePath('health', 'id')],
      ['a measure reusing an objective id', (p) => void (measureOf(p, 'culture').id = 'par-1'), measurePath('culture', 'id')],
    ],
  },
  {
    code: 'SOURCES_MISMATCH',
    valid: [
      ['amounts with cents that add up', (p) => void (measureOf(p).cost = { total: 0.3, sources: [{ type: 'municipal', amount: 0.1 }, { type: 'national', amount: 0.2 }] })],
      ['a zero cost without sources', (p) => void (measureOf(p).cost = { total: 0 })],
    ],
    invalid: [
      ['sources short of the total', (p) => void (measureOf(p).cost.sources![0]!.amount = 5000), measurePath('participation', 'cost', 'sources')],
      ['a cost with no source', (p) => void delete measureOf(p).cost.sources, measurePath('participation', 'cost')],
    ],
  },
  {
    code: 'ADOPTION_MISSING',
    valid: [['adopted with its decision', (p) => Object.assign(p.plan, { status: 'adopted', adoption: { body: 'Municipal council', decision: '12/2026', date: '2026-03-26' } })]],
    invalid: [['adopted without a decision', (p) => void (p.plan.status = 'adopted'), 'plan.status']],
  },
  {
    code: 'NO_OBJECTIVES',
    valid: [['an applicable area with objectives', () => {}]],
    invalid: [
      ['an empty objective list', (p) => void (p.areas.culture.objectives = []), 'areas.culture'],
      ['no objective list', (p) => void delete p.areas.health.objectives, 'areas.health'],
    ],
  },
  {
    code: 'NO_REASON',
    valid: [['not applicable with a reason', (p) => void (p.areas['living-conditions'] = { applicable: false, reason: 'Every household has water, sewage and a road.' })]],
    invalid: [
      ['not applicable without a reason', (p) => void (p.areas['living-conditions'] = { applicable: false }), 'areas.living-conditions'],
      ['not applicable but with objectives', (p) => Object.assign(p.areas.culture, { applicable: false, reason: 'Covered by the county.' }), 'areas.culture.objectives'],
    ],
  },
  {
    code: 'ROMA_SOURCE_MISSING',
    valid: [['an estimate with its source', (p) => void (p.municipality.population = { total: 5000, roma: 800, romaSource: 'Census 2021' })]],
    invalid: [['an estimate without a source', (p) => void (p.municipality.population = { total: 5000, roma: 800 }), 'municipality.population.roma']],
  },
  {
    code: 'GOAL_NOT_SERVED',
    valid: [['every pursued goal served', (p) => void (p.goals = { 'service-provision': { priority: 'low' }, security: { priority: 'high' } })]],
    invalid: [['a pursued goal no measure serves', (p) => void (p.goals = { ...p.goals, 'conflict-prevention': { priority: 'medium' } }), 'goals.conflict-prevention']],
  },
  {
    code: 'GOAL_NOT_PRIORITISED',
    valid: [['every served goal has a priority', () => {}]],
    invalid: [['a measure serves a goal the plan does not list', (p) => void delete p.goals!['security'], measurePath('birth-registration', 'goals[0]')]],
  },
  {
    code: 'ROMA_ABOVE_TOTAL',
    valid: [['the Roma population equal to the total', (p) => void (p.municipality.population = { total: 12000, roma: 12000, romaSource: 'Census 2021' })]],
    invalid: [['15,000 Roma in a town of 12,000', (p) => void (p.municipality.population = { total: 12000, roma: 15000, romaSource: 'Census 2021' }), 'municipality.population.roma']],
  },
  {
    code: 'SETTLEMENT_ABOVE_TOTAL',
    valid: [['a settlement smaller than the town', (p) => Object.assign(p.municipality, { population: { total: 12000 }, settlements: [{ name: 'Gandhi utca', population: 800 }] })]],
    invalid: [['a settlement larger than the town', (p) => Object.assign(p.municipality, { population: { total: 12000 }, settlements: [{ name: 'Gandhi utca', population: 14000 }] }), 'municipality.settlements[0].population']],
  },
  {
    code: 'PARTICIPANTS_ABOVE_TOTAL',
    valid: [['as many Roma as participants', (p) => void (p.participation[0]!.participants = { total: 30, roma: 30, women: 12 })]],
    invalid: [
      ['40 Roma among 30 participants', (p) => void (p.participation[0]!.participants = { total: 30, roma: 40, women: 12 }), 'participation[0].participants.roma'],
      ['31 women among 30 participants', (p) => void (p.participation[0]!.participants = { total: 30, roma: 12, women: 31 }), 'participation[0].participants.women'],
    ],
  },
  {
    code: 'MEMBERS_ABOVE_TOTAL',
    valid: [['as many women as members', (p) => void (p.governance.communityActionGroup = { members: 10, women: 10 })]],
    invalid: [['more women than members', (p) => void (p.governance.communityActionGroup = { members: 10, women: 12 }), 'governance.communityActionGroup.women']],
  },
  {
    code: 'BENEFICIARIES_ABOVE_TOTAL',
    valid: [['women and men adding up to the total', (p) => void (measureOf(p).beneficiaries = { total: 100, romaWomen: 60, romaMen: 40 })]],
    invalid: [['women and men above the total', (p) => void (measureOf(p).beneficiaries = { total: 100, romaWomen: 70, romaMen: 40 }), measurePath('participation', 'beneficiaries')]],
  },
  {
    code: 'PERCENT_ABOVE_100',
    valid: [
      ['a target of 100 %', (p) => Object.assign(indicatorOf(p), { unit: '%', baseline: 40, target: 100 })],
      ['120 persons', (p) => Object.assign(indicatorOf(p), { unit: 'persons', baseline: 40, target: 120 })],
    ],
    invalid: [
      ['a target of 120 %', (p) => Object.assign(indicatorOf(p), { unit: '%', baseline: 40, target: 120 }), measurePath('participation', 'indicators[0]', 'target')],
      ['a baseline of 104 percent', (p) => Object.assign(indicatorOf(p), { unit: 'percent of pupils', baseline: 104, target: 100, direction: 'decrease' }), measurePath('participation', 'indicators[0]', 'baseline')],
    ],
  },
  {
    code: 'ZERO_FUNDING_SOURCE',
    valid: [['every source gives something', () => {}]],
    invalid: [['a donor giving 0', (p) => void measureOf(p).cost.sources!.push({ type: 'donor', amount: 0 }), measurePath('participation', 'cost', 'sources[1]', 'amount')]],
  },
  {
    code: 'AREA_NOT_APPLICABLE',
    valid: [['all areas applicable', () => {}]],
    invalid: [['an area marked not applicable', (p) => void (p.areas.culture = { applicable: false, reason: 'Covered by the county.' }), 'areas.culture.applicable']],
  },
  {
    code: 'NO_MUNICIPAL_FUNDING',
    valid: [['a plan with no money at all', (p) => void (measureOf(p).cost = { total: 0 })]],
    invalid: [['only national money', (p) => void (measureOf(p).cost.sources![0]!.type = 'national'), 'areas']],
  },
  {
    code: 'DONOR_DEPENDENCE',
    valid: [['exactly 80 % from donors and the EU', (p) => void (measureOf(p).cost.sources = [{ type: 'donor', amount: 3000 }, { type: 'eu', amount: 1800 }, { type: 'municipal', amount: 1200 }])]],
    invalid: [['81 % from donors and the EU', (p) => void (measureOf(p).cost.sources = [{ type: 'donor', amount: 3000 }, { type: 'eu', amount: 1860 }, { type: 'municipal', amount: 1140 }]), 'areas']],
  },
  {
    code: 'NO_SECURED_MUNICIPAL_FUNDING',
    valid: [
      ['municipal money marked secured', () => {}],
      ['no municipal money at all (NO_MUNICIPAL_FUNDING says so)', (p) => void (measureOf(p).cost.sources![0]!.type = 'national')],
    ],
    invalid: [
      ['municipal money only pledged', (p) => void (measureOf(p).cost.sources![0]!.status = 'pledged'), 'areas'],
      ['municipal money with no status', (p) => void delete measureOf(p).cost.sources![0]!.status, 'areas'],
    ],
  },
  {
    code: 'NO_DESEGREGATION',
    valid: [
      ['an education measure tagged desegregation', () => {}],
      ['a statement instead of a tag', (p) => void (untag(p, 'desegregation'), (p.crossCutting = { desegregation: { statement: 'No class is formed of Roma pupils only.' } }))],
      ['no education or housing measure', (p) => void (untag(p, 'desegregation'), (p.areas.education = { applicable: false, reason: 'The county runs the schools.' }), (p.areas['living-conditions'] = { applicable: false, reason: 'No settlement lacks services.' }))],
    ],
    invalid: [
      ['education measures and no word on desegregation', (p) => untag(p, 'desegregation'), 'areas'],
    ],
  },
  {
    code: 'NO_MEASURE_FOR_WOMEN',
    valid: [
      ['a measure tagged gender-equality', () => {}],
      ['Roma women among the beneficiaries instead', (p) => void (untag(p, 'gender-equality'), (measureOf(p).beneficiaries = { total: 20, romaWomen: 8 }))],
    ],
    invalid: [
      ['no tag and no Roma women beneficiaries', (p) => untag(p, 'gender-equality'), 'areas'],
      ['a statement but no measure', (p) => void (untag(p, 'gender-equality'), (p.crossCutting = { 'gender-equality': { statement: 'Women take part in every consultation.' } })), 'areas'],
    ],
  },
  {
    code: 'NO_MEASURE_FOR_CHILDREN',
    valid: [['a measure tagged children-youth', () => {}]],
    invalid: [['no measure tagged children-youth', (p) => untag(p, 'children-youth'), 'areas']],
  },
  {
    code: 'TARGET_NOT_BETTER',
    valid: [
      ['a lower target when lower is better', (p) => Object.assign(indicatorOf(p), { baseline: 30, target: 10, direction: 'decrease' })],
      ['a negative baseline improving', (p) => Object.assign(indicatorOf(p), { baseline: -5, target: -1 })],
    ],
    invalid: [
      ['a target equal to the baseline', (p) => void (indicatorOf(p).target = 0), measurePath('participation', 'indicators[0]', 'target')],
      ['a higher target when lower is better', (p) => void (indicatorOf(p, 'birth-registration').target = 50), measurePath('birth-registration', 'indicators[0]', 'target')],
    ],
  },
  {
    code: 'NO_BASELINE_YEAR',
    valid: [['a baseline year', () => {}]],
    invalid: [['no baseline year', (p) => void delete indicatorOf(p, 'health').baselineYear, measurePath('health', 'indicators[0]')]],
  },
  {
    code: 'TARGET_YEAR_OUTSIDE_PERIOD',
    valid: [['the last year of the period', (p) => void (indicatorOf(p).targetYear = 2030)]],
    invalid: [['the year after the period', (p) => void (indicatorOf(p).targetYear = 2031), measurePath('participation', 'indicators[0]', 'targetYear')]],
  },
  {
    code: 'NO_ROMA_PARTICIPANTS',
    valid: [['one Roma participant in a later consultation', (p) => void p.participation.push({ date: '2025-11-01', format: 'survey', participants: { total: 5, roma: 1 } })]],
    invalid: [
      ['zero Roma participants', (p) => void (p.participation[0]!.participants.roma = 0), 'participation'],
      ['Roma participants not recorded', (p) => void delete p.participation[0]!.participants.roma, 'participation'],
    ],
  },
  {
    code: 'NO_COMMUNITY_STRUCTURES',
    valid: [['mediators but no action group', (p) => void (p.governance = { coordinator: p.governance.coordinator, mediators: [{ field: 'health', count: 1 }] })]],
    invalid: [
      ['neither', (p) => void delete p.governance.communityActionGroup, 'governance'],
      ['an empty mediator list', (p) => void (p.governance = { coordinator: p.governance.coordinator, mediators: [] }), 'governance'],
    ],
  },
  {
    code: 'NOT_DISAGGREGATED',
    valid: [
      ['ten measures without sex disaggregation', (p) => addMeasures(p, 3)],
      ['eleven measures, all counting women and men', (p) => {
        addMeasures(p, 4);
        for (const area of Object.values(p.areas)) for (const o of area.objectives ?? []) for (const m of o.measures) m.beneficiaries = { romaWomen: 10, romaMen: 10 };
      }],
    ],
    invalid: [
      ['eleven measures, one counting neither by sex', (p) => {
        addMeasures(p, 4);
        for (const area of Object.values(p.areas)) for (const o of area.objectives ?? []) for (const m of o.measures) m.beneficiaries = { total: 20, romaWomen: 10 };
        delete measureOf(p, 'health').beneficiaries;
      }, measurePath('health', 'indicators')],
      ['eleven measures, one with only an age breakdown', (p) => {
        addMeasures(p, 4, (m) => void (m.indicators[0]!.disaggregation = ['sex', 'age']));
        for (const area of Object.values(p.areas)) for (const o of area.objectives ?? []) for (const m of o.measures) m.indicators[0]!.disaggregation ??= ['sex'];
        indicatorOf(p, 'culture').disaggregation = ['age', 'settlement'];
      }, measurePath('culture', 'indicators')],
    ],
  },
  {
    code: 'NO_PARTNERS',
    valid: [['one partner', (p) => void (measureOf(p).partners = ['Roma civil society'])]],
    invalid: [
      ['no partners field', (p) => void delete measureOf(p).partners, measurePath('participation', 'lead')],
      ['an empty partner list', (p) => void (measureOf(p, 'education').partners = []), measurePath('education', 'lead')],
    ],
  },
  {
    code: 'REVIEW_OUTSIDE_PERIOD',
    valid: [['a mid-term review in the period and a final evaluation the year after', (p) => Object.assign(p.monitoring, { midTermReview: 2028, finalEvaluation: 2031 })]],
    invalid: [
      ['a mid-term review after the period', (p) => void (p.monitoring.midTermReview = 2031), 'monitoring.midTermReview'],
      ['a final evaluation two years after', (p) => void (p.monitoring.finalEvaluation = 2032), 'monitoring.finalEvaluation'],
      ['a mid-term review before the period', (p) => void (p.monitoring.midTermReview = 2025), 'monitoring.midTermReview'],
    ],
  },
];

const severityOf = new Map(rules.map((r) => [r.code, r.severity]));

describe('plan rules', () => {
  it('the minimal plan triggers no rule', () => {
    expect(validatePlan(minimalPlan()).issues).toEqual([]);
  });

  it('has a valid and an invalid case for every rule, and no case for a rule that does not exist', () => {
    expect(table.map((c) => c.code).sort()).toEqual(rules.map((r) => r.code).sort());
    for (const c of table) {
      expect(c.valid.length, c.code).toBeGreaterThan(0);
      expect(c.invalid.length, c.code).toBeGreaterThan(0);
    }
  });

  describe.each(table)('$code', ({ code, valid, invalid }) => {
    const severity = severityOf.get(code)!;

    it.each(valid)('accepts %s', (_name, mutate) => {
      const plan = minimalPlan();
      mutate(plan);
      const result = validatePlan(plan);
      expect(result.issues.filter((i) => i.code === code)).toEqual([]);
      // The valid case must not be valid only because something else broke.
      expect(result.issues.filter((i) => i.severity === 'error')).toEqual([]);
    });

    it.each(invalid)(`reports ${severity} ${code} for %s`, (_name, mutate, path) => {
      const plan = minimalPlan();
      mutate(plan);
      const result = validatePlan(plan);
      const found = result.issues.filter((i) => i.code === code);
      expect(found.map((i) => ({ severity: i.severity, path: i.path }))).toEqual([{ severity, path }]);
      expect(found[0]!.message.length).toBeGreaterThan(10);
      expect(found[0]!.hint).toBeTruthy();
      // Errors make the plan invalid; warnings never do.
      expect(result.ok).toBe(severity === 'warning');
      if (severity === 'warning') expect(result.issues.filter((i) => i.severity === 'error')).toEqual([]);

      // From YAML text, the same issue also points at a line and column.
      const loaded = loadPlanText(stringify(plan), 'plan.yaml');
      const located = loaded.issues.find((i) => i.code === code && i.path === path);
      expect(located?.line).toBeGreaterThan(0);
      expect(located?.column).toBeGreaterThan(0);
    });
  });

  it('accepts an indicator contributing to a target of another area (the plan may see links the catalogue does not)', () => {
    const plan = minimalPlan();
    indicatorOf(plan).contributesTo = ['eu-tap-water', 'poznan-health-insurance'];
    const result = validatePlan(plan);
    expect(result.ok).toBe(true);
    expect(result.issues).toEqual([]);
  });

  it('measures nothing against a reversed period (PERIOD_REVERSED says it once)', () => {
    const plan = minimalPlan();
    plan.plan.period = { from: 2030, to: 2026 };
    indicatorOf(plan).targetYear = 2028;
    Object.assign(plan.monitoring, { midTermReview: 2028, finalEvaluation: 2030 });
    expect(validatePlan(plan).issues.map((i) => i.code)).toEqual(['PERIOD_REVERSED']);
  });

  it('reads malformed data defensively: rules never throw, the schema reports the damage', () => {
    const plan = minimalPlan() as unknown as Record<string, unknown>;
    const areas = plan['areas'] as Record<string, unknown>;
    areas['health'] = { applicable: true, objectives: [null, 7, { measures: 'none' }, { measures: [null, { cost: null, indicators: [null, 3] }] }] };
    areas['culture'] = 'not an area';
    plan['participation'] = [null];
    plan['governance'] = { coordinator: null, mediators: 'many' };
    plan['monitoring'] = null;
    plan['plan'] = { period: { from: '2026', to: null } };
    const result = validatePlan(plan);
    expect(result.ok).toBe(false);
    expect(result.issues.length).toBeGreaterThan(5);
    for (const i of result.issues) expect(i.code).toMatch(/^[A-Z_]+$/);
  });
});
