import type { Measure } from '../types.js';
import { asArray, eachMeasure, isNumber, type Finding, type Rule } from './rule.js';

type Source = NonNullable<Measure['cost']['sources']>[number];

export const sourcesMismatch: Rule = {
  code: 'SOURCES_MISMATCH',
  severity: 'error',
  description: "A measure's funding sources do not add up to its total cost (or are missing).",
  check(plan) {
    const out: Finding[] = [];
    for (const { measure, path } of eachMeasure(plan)) {
      const total = measure.cost?.total;
      if (!isNumber(total)) continue;
      const sources = asArray<Source>(measure.cost.sources);
      if (total > 0 && sources.length === 0) {
        out.push({ path: [...path, 'cost'], message: `the measure costs ${total} but names no funding source`, hint: 'Add `sources:` with who pays how much, e.g. `- { type: municipal, amount: ' + total + ' }`.' });
        continue;
      }
      const amounts = sources.map((s) => s?.amount);
      if (!amounts.every(isNumber)) continue;
      const sum = amounts.reduce((a, b) => a + b, 0);
      // Amounts may have cents; compare in hundredths to avoid floating-point noise.
      if (Math.round(sum * 100) !== Math.round(total * 100)) {
        out.push({ path: [...path, 'cost', 'sources'], message: `the funding sources add up to ${sum}, but cost.total is ${total} (difference ${Math.round((total - sum) * 100) / 100})`, hint: 'Correct the amounts or the total so that they match.' });
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
    return [{ path: ['areas'], message: 'no measure has municipal money: the plan depends entirely on others', hint: 'Reviewers see unbudgeted plans as the most common failure; commit at least part of the cost from the municipal budget.' }];
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
    return [{ path: ['areas'], message: `${Math.round(share * 100)} % of the budget comes from donors and EU funds`, hint: 'Plan how measures continue when external funding ends: add municipal or national co-financing.' }];
  },
};
