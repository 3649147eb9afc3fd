import { parseYearOrQuarter } from '../plan/rules/period.js';
import type { ViewContext } from './context.js';
import { SOURCE_LABEL } from './labels.js';
import type { AreaView, MeasureView, View } from './types.js';

/**
 * The budget summary: totals by area, by funding source and by year, and the municipal share.
 * Amounts by year spread each measure's cost evenly over the quarters it runs, then round so that
 * the years add up exactly to the plan total (a council member will add them up).
 */
export function buildBudget(ctx: ViewContext, areas: readonly AreaView[]): View['budget'] {
  const { fmt, labels, plan } = ctx;
  const measures = areas.flatMap((a) => a.objectives.flatMap((o) => o.measures));
  const total = sum(measures.map((m) => m.cost.value));
  const bySourceType = (list: readonly MeasureView[], type: string) => sum(list.flatMap((m) => m.sources.filter((s) => s.type === type).map((s) => s.amount.value)));
  const used = SOURCE_LABEL.filter(([type]) => bySourceType(measures, type) > 0);
  const municipal = bySourceType(measures, 'municipal');
  const { from, to } = plan.plan.period;
  const years = spreadByYear(measures, from, to, fmt.moneyDigits);
  // Each source's amounts spread over the years like the costs: every column adds up to its source's total.
  const yearsBySource = used.map(([type]) =>
    spreadByYear(
      measures.map((m) => ({ start: m.start, end: m.end, cost: fmt.money(bySourceType([m], type)) })),
      from,
      to,
      fmt.moneyDigits,
    ),
  );

  return {
    total: fmt.money(total),
    municipal: fmt.money(municipal),
    municipalShareText: fmt.share(municipal, total),
    byArea: areas.map((a) => {
      const list = a.objectives.flatMap((o) => o.measures);
      return {
        id: a.id,
        number: a.number,
        title: a.title,
        total: a.total,
        bySource: used.map(([type]) => fmt.money(bySourceType(list, type))),
        shareText: fmt.share(a.total.value, total),
      };
    }),
    byYear: years.map((y, i) => ({ year: y.year, total: fmt.money(y.value), bySource: yearsBySource.map((s) => fmt.money(s[i]?.value ?? 0)) })),
    bySource: used.map(([type, key]) => {
      const amount = bySourceType(measures, type);
      return { type, label: labels[key], total: fmt.money(amount), shareText: fmt.share(amount, total) };
    }),
  };
}

/**
 * Each measure's cost spread evenly over its quarters and added up per year of the period, rounded
 * to `digits` decimals by the largest-remainder method so that the years sum to the rounded total.
 */
export function spreadByYear(
  measures: readonly Pick<MeasureView, 'start' | 'end' | 'cost'>[],
  from: number,
  to: number,
  digits: number,
): { year: number; value: number }[] {
  const exact = new Map<number, number>();
  for (let y = from; y <= to; y++) exact.set(y, 0);
  for (const m of measures) {
    const s = parseYearOrQuarter(m.start);
    const e = parseYearOrQuarter(m.end);
    if (!s || !e || m.cost.value === 0) continue;
    const first = s.year * 4 + s.firstQuarter - 1;
    const last = e.year * 4 + e.lastQuarter - 1;
    const quarters = last - first + 1;
    if (quarters <= 0) continue;
    for (let q = first; q <= last; q++) {
      const year = Math.floor(q / 4);
      if (exact.has(year)) exact.set(year, exact.get(year)! + m.cost.value / quarters);
    }
  }
  const scale = 10 ** digits;
  const entries = [...exact.entries()].map(([year, value]) => {
    const scaled = value * scale;
    // The epsilon keeps 2.9999999 (float noise from the division) from flooring to 2.
    const floor = Math.floor(scaled + 1e-7);
    return { year, floor, remainder: scaled - floor };
  });
  const target = Math.round(sum([...exact.values()]) * scale);
  let missing = target - sum(entries.map((e) => e.floor));
  const order = [...entries].sort((a, b) => b.remainder - a.remainder || a.year - b.year);
  for (const e of order) {
    if (missing <= 0) break;
    e.floor += 1;
    missing -= 1;
  }
  return entries.map((e) => ({ year: e.year, value: e.floor / scale }));
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
