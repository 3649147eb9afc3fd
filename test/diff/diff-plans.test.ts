import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildAmendmentView } from '../../src/diff/amendment-view.js';
import { diffPlans } from '../../src/diff/diff-plans.js';
import { loadPlanText } from '../../src/plan/load.js';
import type { Plan } from '../../src/plan/types.js';

const example = (name: string): Plan => {
  const loaded = loadPlanText(readFileSync(`examples/${name}.yaml`, 'utf8'), `${name}.yaml`);
  expect(loaded.ok).toBe(true);
  return loaded.plan!;
};

describe('diffPlans', () => {
  it('finds nothing between a plan and itself', () => {
    const plan = example('pecs-hu');
    const diff = diffPlans(plan, structuredClone(plan));
    expect(diff.changed).toBe(false);
    expect(diff.other).toEqual([]);
    expect(diff.measures).toEqual({ added: [], removed: [], changed: [] });
  });

  it('matches measures by id wherever they move, and reports added, removed and indicator changes', () => {
    const before = example('ostrava-en');
    const after = structuredClone(before);
    const objective = after.areas.participation.objectives![0]!;
    const [first, second, ...rest] = objective.measures;
    // The second measure moves to the front; the first gets a new indicator and loses none.
    objective.measures = [second!, first!, ...rest];
    first!.indicators.push({ name: 'Meetings of the Local Partnership', unit: 'meetings', baseline: 0, baselineYear: 2025, target: 4, verification: 'Minutes' });
    // One measure removed from another area, one added.
    const removed = after.areas.health.objectives![0]!.measures.pop()!;
    after.areas.health.objectives![0]!.measures.push({ ...structuredClone(removed), id: 'hea-new', title: 'Mobile health unit' });
    const diff = diffPlans(before, after);
    expect(diff.measures.removed.map((m) => m.id)).toEqual([removed.id]);
    expect(diff.measures.added.map((m) => [m.id, m.title])).toEqual([['hea-new', 'Mobile health unit']]);
    expect(diff.measures.changed).toHaveLength(1);
    expect(diff.measures.changed[0]!.before.number).toBe('1.1.1');
    expect(diff.measures.changed[0]!.after.number).toBe('1.1.2');
    expect(diff.measures.changed[0]!.fields).toEqual([{ field: 'indicators', indicator: 'Meetings of the Local Partnership', before: undefined, after: expect.objectContaining({ target: 4 }) }]);
    expect(diff.other).toEqual([]);
    // Worded for the council: the added indicator and the decision's items.
    const view = buildAmendmentView(diff, before, after);
    expect(view.changedMeasures[0]!.rows).toEqual([{ field: 'Indicator "Meetings of the Local Partnership" added', before: '(none)', after: '0 → 4 meetings' }]);
    expect(view.decision.items).toEqual([
      expect.stringMatching(/^measure 3\.1\.\d "Mobile health unit" is added, led by .+, at a cost of CZK\s[\d,]+;$/),
      expect.stringMatching(new RegExp(`^measure 3\\.1\\.\\d "${removed.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}" is removed;$`)),
      'measure 1.1.2 "Roma affairs coordinator with a mandate across city departments" is changed (Indicator "Meetings of the Local Partnership" added) as set out in the annex;',
    ]);
  });

  it('words a changed period and budget in the amended plan’s language and script', () => {
    const before = example('kumanovo-mk');
    const after = structuredClone(before);
    after.plan.period.to += 1;
    const m = after.areas.education.objectives![0]!.measures[0]!;
    m.cost.total += 1000;
    m.cost.sources![0]!.amount += 1000;
    const view = buildAmendmentView(diffPlans(before, after), before, after);
    expect(view.periodText).toMatch(/^Периодот на планот се продолжува од \d{4}–\d{4} на \d{4}–\d{4}\.$/);
    expect(view.budget.summary).toMatch(/^Вкупниот буџет се менува од .+ на .+\sден\.$/);
    expect(view.decision.items[0]).toBe(`периодот на планот се продолжува до ${after.plan.period.to} година;`);
  });
});
