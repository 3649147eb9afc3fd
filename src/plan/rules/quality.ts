import { GOAL_IDS } from '../../catalogue/types.js';
import type { Indicator } from '../types.js';
import { asArray, eachMeasure, isNumber, type Finding, type Rule } from './rule.js';

export const goalNotServed: Rule = {
  code: 'GOAL_NOT_SERVED',
  severity: 'warning',
  description: 'A policy goal the plan pursues is served by no measure.',
  check(plan) {
    const served = new Set(eachMeasure(plan).flatMap((m) => asArray<string>(m.measure.goals)));
    const pursued = plan.goals && typeof plan.goals === 'object' ? Object.keys(plan.goals) : [];
    return pursued
      .filter((g) => (GOAL_IDS as readonly string[]).includes(g) && !served.has(g))
      .map((g) => ({ path: ['goals', g], message: `the goal \`${g}\` is pursued but no measure serves it`, hint: `Add \`${g}\` to the goals of a measure that serves it, or add a measure for it.` }));
  },
};

export const targetNotBetter: Rule = {
  code: 'TARGET_NOT_BETTER',
  severity: 'warning',
  description: 'An indicator target is no better than its baseline.',
  check(plan) {
    const out: Finding[] = [];
    for (const { measure, path } of eachMeasure(plan)) {
      asArray<Indicator>(measure.indicators).forEach((ind, i) => {
        if (!isNumber(ind?.baseline) || !isNumber(ind.target)) return;
        const down = ind.direction === 'decrease';
        if (down ? ind.target < ind.baseline : ind.target > ind.baseline) return;
        out.push({
          path: [...path, 'indicators', i, 'target'],
          message: `the target (${ind.target}) is no ${down ? 'lower' : 'higher'} than the baseline (${ind.baseline})`,
          hint: down ? 'Set a target below the baseline.' : 'Set a target above the baseline, or add `direction: decrease` if a lower value is better.',
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
    for (const { measure, path } of eachMeasure(plan)) {
      asArray<Indicator>(measure.indicators).forEach((ind, i) => {
        if (ind && typeof ind === 'object' && !isNumber(ind.baselineYear)) out.push({ path: [...path, 'indicators', i], message: `the indicator \`${String(ind.name)}\` has no baseline year`, hint: 'Add `baselineYear:` so that progress can be measured against a known point.' });
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
    for (const { measure, path } of eachMeasure(plan)) {
      asArray<Indicator>(measure.indicators).forEach((ind, i) => {
        const y = ind?.targetYear;
        if (isNumber(y) && (y < p.from || y > p.to)) out.push({ path: [...path, 'indicators', i, 'targetYear'], message: `the target year ${y} is outside the plan period (${p.from}-${p.to})`, hint: 'Choose a target year inside the period.' });
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
      .map(({ measure, path }) => ({ path: [...path, 'lead'], message: `the measure \`${String(measure.title)}\` has no partner`, hint: 'Add `partners:`: measures carried by one institution alone rarely last; name the Roma organisations and services involved.' }));
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
      .map(({ measure, path }) => ({ path: [...path, 'indicators'], message: `the measure \`${String(measure.title)}\` counts neither beneficiaries nor indicators by sex`, hint: 'Add `disaggregation: [sex]` to an indicator, or `romaWomen`/`romaMen` to `beneficiaries`.' }));
  },
};
