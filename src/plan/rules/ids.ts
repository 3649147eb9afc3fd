import { eachMeasure, eachObjective, type Finding, type Rule } from './rule.js';

export const duplicateId: Rule = {
  code: 'DUPLICATE_ID',
  severity: 'error',
  description: 'Two objectives or measures share an id.',
  check(plan) {
    const seen = new Map<string, string>();
    const out: Finding[] = [];
    const entries = [
      ...eachObjective(plan).map((o) => ({ id: o.objective.id, path: o.path })),
      ...eachMeasure(plan).map((m) => ({ id: m.measure.id, path: m.path })),
    ];
    for (const { id, path } of entries) {
      if (typeof id !== 'string') continue;
      const first = seen.get(id);
      if (first !== undefined) out.push({ path: [...path, 'id'], message: `the id \`${id}\` is already used at ${first}`, hint: 'Ids must be unique in the plan; rename one of them.' });
      else seen.set(id, path.map((s) => (typeof s === 'number' ? `[${s}]` : `.${s}`)).join('').slice(1).replace(/\.\[/g, '['));
    }
    return out;
  },
};
