import type { Measure } from '../types.js';
import { asArray, eachMeasure, isNumber, type Rule } from './rule.js';
import { fundingByType } from './funding.js';

type Source = NonNullable<Measure['cost']['sources']>[number];

/** Whether any measure is tagged with the cross-cutting commitment. */
const tagged = (plan: Parameters<Rule['check']>[0], id: string): boolean => eachMeasure(plan).some(({ measure }) => asArray<string>(measure.crossCutting).includes(id));

const statement = (plan: Parameters<Rule['check']>[0], id: string): boolean => {
  const all = plan.crossCutting as Record<string, { statement?: unknown } | undefined> | undefined;
  const s = all !== null && typeof all === 'object' ? all[id]?.statement : undefined;
  return typeof s === 'string' && s.trim() !== '';
};

export const noDesegregation: Rule = {
  code: 'NO_DESEGREGATION',
  severity: 'warning',
  description: 'The plan has education or living-conditions measures but says nothing about desegregation.',
  check(plan) {
    const concerned = eachMeasure(plan).some((m) => m.areaId === 'education' || m.areaId === 'living-conditions');
    if (!concerned || statement(plan, 'desegregation') || tagged(plan, 'desegregation')) return [];
    return [{ path: ['areas'] }];
  },
};

export const noMeasureForWomen: Rule = {
  code: 'NO_MEASURE_FOR_WOMEN',
  severity: 'warning',
  description: 'No measure serves gender equality or names Roma women among its beneficiaries.',
  check(plan) {
    const measures = eachMeasure(plan);
    if (measures.length === 0 || tagged(plan, 'gender-equality')) return [];
    if (measures.some(({ measure }) => isNumber(measure.beneficiaries?.romaWomen) && measure.beneficiaries.romaWomen > 0)) return [];
    return [{ path: ['areas'] }];
  },
};

export const noMeasureForChildren: Rule = {
  code: 'NO_MEASURE_FOR_CHILDREN',
  severity: 'warning',
  description: 'No measure is tagged as serving children and youth.',
  check(plan) {
    if (eachMeasure(plan).length === 0 || tagged(plan, 'children-youth')) return [];
    return [{ path: ['areas'] }];
  },
};

export const noSecuredMunicipalFunding: Rule = {
  code: 'NO_SECURED_MUNICIPAL_FUNDING',
  severity: 'warning',
  description: 'The plan has municipal money, but none of it is marked secured.',
  check(plan) {
    // A plan with no municipal money at all gets NO_MUNICIPAL_FUNDING instead.
    if ((fundingByType(plan).byType.get('municipal') ?? 0) <= 0) return [];
    const secured = eachMeasure(plan).some(({ measure }) => asArray<Source>(measure.cost?.sources).some((s) => s?.type === 'municipal' && s.status === 'secured' && isNumber(s.amount) && s.amount > 0));
    return secured ? [] : [{ path: ['areas'] }];
  },
};
