import type { Measure } from '../types.js';
import { asArray, eachMeasure, isNumber, measureParams, type Finding, type Rule } from './rule.js';

type Source = NonNullable<Measure['cost']['sources']>[number];

export const sourcesMismatch: Rule = {
  code: 'SOURCES_MISMATCH',
  severity: 'error',
  description: "A measure's funding sources do not add up to its total cost (or are missing).",
  check(plan) {
    const out: Finding[] = [];
    const currency = typeof plan.currency === 'string' ? plan.currency : '';
    for (const ref of eachMeasure(plan)) {
      const { measure, path } = ref;
      const total = measure.cost?.total;
      if (!isNumber(total)) continue;
      const sources = asArray<Source>(measure.cost.sources);
      if (total > 0 && sources.length === 0) {
        out.push({ path: [...path, 'cost'], params: { ...measureParams(ref), kind: 'none', total, currency, sum: 0, difference: total } });
        continue;
      }
      const amounts = sources.map((s) => s?.amount);
      if (!amounts.every(isNumber)) continue;
      const sum = amounts.reduce((a, b) => a + b, 0);
      // Amounts may have cents; compare in hundredths to avoid floating-point noise.
      if (Math.round(sum * 100) !== Math.round(total * 100)) {
        out.push({ path: [...path, 'cost', 'sources'], params: { ...measureParams(ref), kind: 'sum', total, currency, sum, difference: Math.round((total - sum) * 100) / 100 } });
      }
    }
    return out;
  },
};

/** Sums every measure's sources by type. Shared by the funding warnings. */
export function fundingByType(plan: Parameters<Rule['check']>[0]): { total: number; byType: Map<string, number> } {
  const byType = new Map<string, number>();
  let total = 0;
  for (const { measure } of eachMeasure(plan)) {
    for (const s of asArray<Source>(measure.cost?.sources)) {
      if (!isNumber(s?.amount) || typeof s.type !== 'string') continue;
      byType.set(s.type, (byType.get(s.type) ?? 0) + s.amount);
      total += s.amount;
    }
  }
  return { total, byType };
}

export const noMunicipalFunding: Rule = {
  code: 'NO_MUNICIPAL_FUNDING',
  severity: 'warning',
  description: 'No measure is paid for from the municipal budget.',
  check(plan) {
    const { total, byType } = fundingByType(plan);
    if (total === 0 || (byType.get('municipal') ?? 0) > 0) return [];
    return [{ path: ['areas'] }];
  },
};

export const donorDependence: Rule = {
  code: 'DONOR_DEPENDENCE',
  severity: 'warning',
  description: 'Over 80 % of the budget comes from donors and EU funds.',
  check(plan) {
    const { total, byType } = fundingByType(plan);
    if (total === 0) return [];
    const share = ((byType.get('donor') ?? 0) + (byType.get('eu') ?? 0)) / total;
    if (share <= 0.8) return [];
    return [{ path: ['areas'], params: { share: Math.round(share * 100) / 100 } }];
  },
};
