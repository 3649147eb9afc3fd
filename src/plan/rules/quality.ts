import { GOAL_IDS } from '../../catalogue/types.js';
import type { Indicator } from '../types.js';
import { asArray, eachMeasure, isNumber, measureParams, type Finding, type Rule } from './rule.js';

export const goalNotServed: Rule = {
  code: 'GOAL_NOT_SERVED',
  severity: 'warning',
  description: 'A policy goal the plan pursues is served by no measure.',
  check(plan) {
    const served = new Set(eachMeasure(plan).flatMap((m) => asArray<string>(m.measure.goals)));
    const pursued = plan.goals && typeof plan.goals === 'object' ? Object.keys(plan.goals) : [];
    return pursued
      .filter((g) => (GOAL_IDS as readonly string[]).includes(g) && !served.has(g))
      .map((g) => ({ path: ['goals', g], params: { goal: g } }));
  },
};

export const goalNotPrioritised: Rule = {
  code: 'GOAL_NOT_PRIORITISED',
  severity: 'warning',
  description: "Measures serve a policy goal that the plan's goals do not list with a priority.",
  check(plan) {
    const listed = plan.goals && typeof plan.goals === 'object' ? new Set(Object.keys(plan.goals)) : new Set<string>();
    const serving = new Map<string, { count: number; path: (string | number)[] }>();
    for (const ref of eachMeasure(plan)) {
      asArray<string>(ref.measure.goals).forEach((g, i) => {
        if (!(GOAL_IDS as readonly string[]).includes(g) || listed.has(g)) return;
        const seen = serving.get(g);
        if (seen) seen.count++;
        else serving.set(g, { count: 1, path: [...ref.path, 'goals', i] });
      });
    }
    return [...serving].map(([goal, { count, path }]) => ({ path, params: { goal, count } }));
  },
};

export const targetNotBetter: Rule = {
  code: 'TARGET_NOT_BETTER',
  severity: 'warning',
  description: 'An indicator target is no better than its baseline.',
  check(plan) {
    const out: Finding[] = [];
    for (const ref of eachMeasure(plan)) {
      const { measure, path } = ref;
      asArray<Indicator>(measure.indicators).forEach((ind, i) => {
        if (!isNumber(ind?.baseline) || !isNumber(ind.target)) return;
        const down = ind.direction === 'decrease';
        if (down ? ind.target < ind.baseline : ind.target > ind.baseline) return;
        out.push({
          path: [...path, 'indicators', i, 'target'],
          params: { ...measureParams(ref), indicator: String(ind.name ?? ''), target: ind.target, baseline: ind.baseline, direction: down ? 'decrease' : 'increase' },
        });
      });
    }
    return out;
  },
};

export const noBaselineYear: Rule = {
  code: 'NO_BASELINE_YEAR',
  severity: 'warning',
  description: 'An indicator has no baseline year.',
  check(plan) {
    const out: Finding[] = [];
    for (const ref of eachMeasure(plan)) {
      asArray<Indicator>(ref.measure.indicators).forEach((ind, i) => {
        if (ind && typeof ind === 'object' && !isNumber(ind.baselineYear)) out.push({ path: [...ref.path, 'indicators', i], params: { ...measureParams(ref), indicator: String(ind.name ?? '') } });
      });
    }
    return out;
  },
};

export const targetYearOutsidePeriod: Rule = {
  code: 'TARGET_YEAR_OUTSIDE_PERIOD',
  severity: 'warning',
  description: 'An indicator target year lies outside the plan period.',
  check(plan) {
    const p = plan.plan?.period;
    if (!isNumber(p?.from) || !isNumber(p?.to) || p.from > p.to) return [];
    const out: Finding[] = [];
    for (const ref of eachMeasure(plan)) {
      asArray<Indicator>(ref.measure.indicators).forEach((ind, i) => {
        const y = ind?.targetYear;
        if (isNumber(y) && (y < p.from || y > p.to)) out.push({ path: [...ref.path, 'indicators', i, 'targetYear'], params: { ...measureParams(ref), indicator: String(ind.name ?? ''), year: y, from: p.from, to: p.to } });
      });
    }
    return out;
  },
};

export const noPartners: Rule = {
  code: 'NO_PARTNERS',
  severity: 'warning',
  description: 'A measure has no partner.',
  check(plan) {
    return eachMeasure(plan)
      .filter(({ measure }) => asArray(measure.partners).length === 0)
      .map((ref) => ({ path: [...ref.path, 'lead'], params: measureParams(ref) }));
  },
};

export const notDisaggregated: Rule = {
  code: 'NOT_DISAGGREGATED',
  severity: 'warning',
  description: 'In a plan with more than ten measures, a measure counts neither beneficiaries nor indicators by sex.',
  check(plan) {
    const measures = eachMeasure(plan);
    if (measures.length <= 10) return [];
    return measures
      .filter(({ measure }) => {
        const b = measure.beneficiaries;
        const bySexBeneficiaries = isNumber(b?.romaWomen) || isNumber(b?.romaMen);
        const bySexIndicators = asArray<Indicator>(measure.indicators).some((i) => asArray<string>(i?.disaggregation).includes('sex'));
        return !bySexBeneficiaries && !bySexIndicators;
      })
      .map((ref) => ({ path: [...ref.path, 'indicators'], params: measureParams(ref) }));
  },
};
