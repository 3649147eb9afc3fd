import { parseYearOrQuarter } from '../plan/rules/period.js';
import type { ViewContext } from './context.js';
import { SOURCE_LABEL } from './labels.js';
import type { AreaView, MeasureView, View } from './types.js';

/**
 * The budget summary: totals by area, by funding source and by year, and the municipal share.
 * Amounts by year follow one rule, stated in the document: a measure's cost (each of its funding
 * sources, in fact) is spread over the years it runs in proportion to its quarters in each year,
 * in whole units, and what rounding leaves goes to its last year; so every year × source cell is a
 * sum of whole amounts, and the years add up exactly to the totals.
 */
export function buildBudget(ctx: ViewContext, areas: readonly AreaView[]): View['budget'] {
  const { fmt, labels, plan } = ctx;
  const measures = areas.flatMap((a) => a.objectives.flatMap((o) => o.measures));
  const total = sum(measures.map((m) => m.cost.value));
  const bySourceType = (list: readonly MeasureView[], type: string) => sum(list.flatMap((m) => m.sources.filter((s) => s.type === type).map((s) => s.amount.value)));
  const used = SOURCE_LABEL.filter(([type]) => bySourceType(measures, type) > 0);
  const municipal = bySourceType(measures, 'municipal');
  const { from, to } = plan.plan.period;
  const years = spreadByYear(measures, from, to);
  const sourceYears = used.map(([type]) => spreadByYear(measures.map((m) => ({ start: m.start, end: m.end, cost: { value: bySourceType([m], type) } })), from, to));

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
    byYear: years.map((y, i) => ({ year: y.year, total: fmt.money(y.value), bySource: sourceYears.map((s) => fmt.money(s[i]!.value)) })),
    bySource: used.map(([type, key]) => {
      const amount = bySourceType(measures, type);
      return { type, label: labels[key], total: fmt.money(amount), shareText: fmt.share(amount, total) };
    }),
    ...(measures.some((m) => m.fundingStated) ? { secured: buildSecured(ctx, measures, years, used) } : {}),
  };
}

/**
 * The money marked secured: in total, by year (spread as the budget by year is, so that each year's
 * share compares like with like) and by source type, each as an amount and a share of the budget.
 */
function buildSecured(
  ctx: ViewContext,
  measures: readonly MeasureView[],
  years: readonly { year: number; value: number }[],
  used: typeof SOURCE_LABEL,
): NonNullable<View['budget']['secured']> {
  const { fmt, labels, plan } = ctx;
  const securedOf = (m: MeasureView, type?: string) => m.sources.filter((s) => s.status === 'secured' && (type === undefined || s.type === type));
  const total = sum(measures.map((m) => m.cost.value));
  const secured = sum(measures.flatMap((m) => securedOf(m).map((s) => s.amount.value)));
  const spread = spreadByYear(
    measures.map((m) => {
      const sources = securedOf(m);
      return { start: m.start, end: m.end, cost: { value: sum(sources.map((s) => s.amount.value)) }, sources };
    }),
    plan.plan.period.from,
    plan.plan.period.to,
  );
  return {
    total: fmt.money(secured),
    shareText: fmt.share(secured, total),
    byYear: spread.map((y, i) => ({ year: y.year, secured: fmt.money(y.value), shareText: fmt.share(y.value, years[i]?.value ?? 0) })),
    bySource: used.map(([type, key]) => {
      const all = sum(measures.flatMap((m) => m.sources.filter((s) => s.type === type).map((s) => s.amount.value)));
      const part = sum(measures.flatMap((m) => securedOf(m, type).map((s) => s.amount.value)));
      return { type, label: labels[key], secured: fmt.money(part), shareText: fmt.share(part, all) };
    }),
  };
}

type Spread = Pick<MeasureView, 'start' | 'end'> & { cost: { value: number }; sources?: readonly { type: string; amount: { value: number } }[] };

/**
 * The cost of the measures by year of the period `from`-`to`. Each funding source of a measure
 * (and any part of its cost no source covers) is spread over the measure's years in proportion to
 * its quarters in each year, in whole units, the remainder to its last year: the years add up
 * exactly to the total, and the sum of the sources' spreads is the cost's.
 */
export function spreadByYear(measures: readonly Spread[], from: number, to: number): { year: number; value: number }[] {
  const byYear = new Map<number, number>();
  for (let y = from; y <= to; y++) byYear.set(y, 0);
  for (const m of measures) {
    const s = parseYearOrQuarter(m.start);
    const e = parseYearOrQuarter(m.end);
    if (!s || !e || m.cost.value === 0) continue;
    const first = s.year * 4 + s.firstQuarter - 1;
    const last = e.year * 4 + e.lastQuarter - 1;
    if (last < first) continue;
    // Spread by source type, as the year × source table adds them up.
    const byType = new Map<string, number>();
    for (const x of m.sources ?? []) byType.set(x.type, (byType.get(x.type) ?? 0) + x.amount.value);
    const parts = [...byType.values()];
    const uncovered = m.cost.value - sum(parts);
    // Sources that add up to the cost to the cent leave nothing uncovered (floating-point noise aside).
    if (Math.abs(uncovered) >= 0.005) parts.push(uncovered);
    for (const amount of parts) {
      for (const [year, value] of spreadAmount(amount, first, last)) if (byYear.has(year)) byYear.set(year, byYear.get(year)! + value);
    }
  }
  return [...byYear.entries()].map(([year, value]) => ({ year, value }));
}

/** An amount over the quarters first..last (counted from year 0): whole units by year in proportion to its quarters, the remainder to the last year. */
function spreadAmount(amount: number, first: number, last: number): [number, number][] {
  const quarters = last - first + 1;
  const firstYear = Math.floor(first / 4);
  const lastYear = Math.floor(last / 4);
  const out: [number, number][] = [];
  let given = 0;
  for (let year = firstYear; year < lastYear; year++) {
    const inYear = Math.min(last, year * 4 + 3) - Math.max(first, year * 4) + 1;
    const value = Math.floor((amount * inYear) / quarters);
    out.push([year, value]);
    given += value;
  }
  out.push([lastYear, amount - given]);
  return out;
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
