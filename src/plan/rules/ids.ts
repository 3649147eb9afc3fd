import { eachMeasure, eachObjective, type Finding, type Rule } from './rule.js';

export const duplicateId: Rule = {
  code: 'DUPLICATE_ID',
  severity: 'error',
  description: 'Two objectives or measures share an id.',
  check(plan) {
    const seen = new Set<string>();
    const out: Finding[] = [];
    const entries = [
      ...eachObjective(plan).map((o) => ({ id: o.objective.id, path: o.path })),
      ...eachMeasure(plan).map((m) => ({ id: m.measure.id, path: m.path })),
    ];
    for (const { id, path } of entries) {
      if (typeof id !== 'string') continue;
      if (seen.has(id)) out.push({ path: [...path, 'id'], params: { id } });
      else seen.add(id);
    }
    return out;
  },
};
