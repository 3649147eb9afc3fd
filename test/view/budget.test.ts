import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AreaId } from '../../src/catalogue/types.js';
import type { Measure, Plan } from '../../src/plan/types.js';
import { spreadByYear } from '../../src/view/budget.js';
import { buildView } from '../../src/view/build-view.js';
import { measureOf, minimalPlan } from '../helpers/minimal-plan.js';

type Sources = NonNullable<Measure['cost']['sources']>;

/** Sets the cost and period of the first measure of an area. */
function cost(plan: Plan, area: AreaId, total: number, sources: Sources, start: Measure['start'] = 2026, end: Measure['end'] = 2026): void {
  Object.assign(measureOf(plan, area), { cost: { total, sources }, start, end });
}

/** A plan whose only costs are the ones a test sets. */
function freePlan(): Plan {
  const plan = minimalPlan();
  for (const area of Object.values(plan.areas)) for (const o of area.objectives ?? []) for (const m of o.measures) m.cost = { total: 0 };
  return plan;
}

describe('budget totals', () => {
  it('adds up by area, by source and in total, with the municipal share', () => {
    const plan = freePlan();
    cost(plan, 'participation', 6000, [{ type: 'municipal', amount: 6000 }]);
    cost(plan, 'education', 30000, [{ type: 'eu', amount: 20000 }, { type: 'municipal', amount: 4000 }, { type: 'national', amount: 6000 }]);
    cost(plan, 'health', 4000, [{ type: 'donor', name: 'A foundation', amount: 4000 }]);
    const { budget } = buildView(plan);
    expect(budget.total).toEqual({ value: 40000, text: '€40,000' });
    expect(budget.municipal).toEqual({ value: 10000, text: '€10,000' });
    expect(budget.municipalShareText).toBe('25%');
    // Sources in the fixed order municipal, national, eu, donor, private, other; only those used.
    expect(budget.bySource.map((s) => [s.type, s.label, s.total.value, s.shareText])).toEqual([
      ['municipal', 'Municipal budget', 10000, '25%'],
      ['national', 'National budget', 6000, '15%'],
      ['eu', 'EU funds', 20000, '50%'],
      ['donor', 'Donors', 4000, '10%'],
    ]);
    const education = budget.byArea.find((a) => a.id === 'education')!;
    expect(education).toMatchObject({ number: 5, total: { value: 30000 }, shareText: '75%' });
    // One amount per used source, in the same order as bySource, so tables line up.
    expect(education.bySource.map((m) => m.value)).toEqual([4000, 6000, 20000, 0]);
    expect(budget.byArea.map((a) => a.total.value)).toEqual([6000, 0, 4000, 0, 30000, 0, 0]);
    expect(budget.byArea.reduce((s, a) => s + a.total.value, 0)).toBe(budget.total.value);
  });

  it('says so instead of dividing by zero when nothing costs money', () => {
    const { budget } = buildView(freePlan());
    expect(budget.total.value).toBe(0);
    expect(budget.municipalShareText).toBe('–');
    expect(budget.bySource).toEqual([]);
    expect(budget.byYear.map((y) => y.year)).toEqual([2026, 2027, 2028, 2029, 2030]);
  });

  it('shows a share under 0.5 % with one decimal rather than as 0 %', () => {
    const plan = freePlan();
    cost(plan, 'participation', 996, [{ type: 'municipal', amount: 996 }]);
    cost(plan, 'health', 4, [{ type: 'other', amount: 4 }]);
    expect(buildView(plan).budget.bySource.find((s) => s.type === 'other')!.shareText).toBe('0.4%');
  });
});

describe('budget by year', () => {
  it("spreads each measure's cost evenly over its quarters", () => {
    const plan = freePlan();
    // Q3 2026 to Q2 2027: two quarters in each year.
    cost(plan, 'participation', 1000, [{ type: 'municipal', amount: 1000 }], '2026-Q3', '2027-Q2');
    // A whole year: everything in 2028.
    cost(plan, 'health', 300, [{ type: 'municipal', amount: 300 }], 2028, 2028);
    // 2029 to 2030 as years: eight quarters, half in each.
    cost(plan, 'culture', 800, [{ type: 'municipal', amount: 800 }], 2029, 2030);
    const years = buildView(plan).budget.byYear.map((y) => [y.year, y.total.value]);
    expect(years).toEqual([[2026, 500], [2027, 500], [2028, 300], [2029, 400], [2030, 400]]);
  });

  it('gives whole units to every year but the last, which takes what rounding leaves', () => {
    // 1000 over three quarters (Q4 2026 to Q2 2027): 333 and 667.
    expect(spreadByYear([{ start: '2026-Q4', end: '2027-Q2', cost: { value: 1000 } }], 2026, 2027)).toEqual([
      { year: 2026, value: 333 },
      { year: 2027, value: 667 },
    ]);
    // 311 212 388 over 2026-Q2 to 2028-Q4 (11 quarters: 3, 4, 4): never 311 212 389 in all.
    const years = spreadByYear([{ start: '2026-Q2', end: '2028-Q4', cost: { value: 311_212_388 } }], 2026, 2028);
    expect(years).toEqual([
      { year: 2026, value: 84_876_105 },
      { year: 2027, value: 113_168_141 },
      { year: 2028, value: 113_168_142 },
    ]);
    // Cents stay with the last year.
    expect(spreadByYear([{ start: '2026-Q4', end: '2027-Q2', cost: { value: 10.5 } }], 2026, 2027)).toEqual([
      { year: 2026, value: 3 },
      { year: 2027, value: 7.5 },
    ]);
  });

  it('spreads each funding source so that the year × source table adds up both ways', () => {
    const plan = freePlan();
    cost(plan, 'participation', 1001, [{ type: 'municipal', amount: 500 }, { type: 'eu', amount: 501 }], '2026-Q2', '2028-Q1');
    cost(plan, 'health', 7, [{ type: 'municipal', amount: 3 }, { type: 'municipal', amount: 4 }], '2027-Q4', '2028-Q2');
    const { budget } = buildView(plan);
    const years = budget.byYear.map((y) => [y.year, y.total.value, ...y.bySource.map((m) => m.value)]);
    expect(budget.bySource.map((s) => s.type)).toEqual(['municipal', 'eu']);
    // Eight quarters: 3 in 2026, 4 in 2027, 1 in 2028; the second measure 1 in 2027, 2 in 2028.
    expect(years).toEqual([
      [2026, 374, 187, 187],
      [2027, 502, 250 + 2, 250],
      [2028, 132, 63 + 5, 64],
      [2029, 0, 0, 0],
      [2030, 0, 0, 0],
    ]);
    for (const y of budget.byYear) expect(y.bySource.reduce((s, m) => s + m.value, 0)).toBe(y.total.value);
    budget.bySource.forEach((s, i) => expect(budget.byYear.reduce((sum, y) => sum + y.bySource[i]!.value, 0)).toBe(s.total.value));
    expect(budget.byYear.reduce((s, y) => s + y.total.value, 0)).toBe(budget.total.value);
  });

  it('always sums to the total, for any measures in the period', () => {
    const quarter = fc.record({ year: fc.integer({ min: 2026, max: 2030 }), q: fc.integer({ min: 0, max: 4 }) });
    const measure = fc.tuple(quarter, quarter, fc.integer({ min: 0, max: 10_000_000 })).map(([a, b, value]) => {
      const [s, e] = a.year * 5 + a.q <= b.year * 5 + b.q ? [a, b] : [b, a];
      const text = (p: { year: number; q: number }) => (p.q === 0 ? String(p.year) : `${p.year}-Q${p.q}`);
      return { start: text(s), end: text(e), cost: { value } };
    });
    fc.assert(
      fc.property(fc.array(measure, { maxLength: 30 }), (measures) => {
        const years = spreadByYear(measures, 2026, 2030);
        const total = measures.reduce((s, m) => s + m.cost.value, 0);
        expect(years.map((y) => y.year)).toEqual([2026, 2027, 2028, 2029, 2030]);
        expect(years.reduce((s, y) => s + y.value, 0)).toBe(total);
        for (const y of years) expect(Number.isInteger(y.value) && y.value >= 0).toBe(true);
      }),
    );
  });
});
