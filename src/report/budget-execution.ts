import { fill } from '../i18n/index.js';
import { spreadByYear } from '../view/budget.js';
import { SOURCE_LABEL } from '../view/labels.js';
import type { MeasureView } from '../view/types.js';
import type { ReportContext } from './report-context.js';
import type { ExecutionRow, ReportView } from './types.js';

/** What each measure (by number) spent, per year and source, from the progress file. */
export interface Spending {
  /** measure number -> year -> source type -> amount */
  byMeasure: Map<string, Map<number, Map<string, number>>>;
}

const sum = (values: Iterable<number>): number => {
  let s = 0;
  for (const v of values) s += v;
  return s;
};

/**
 * Budget execution: planned against spent by area, by funding source and by year, and in total.
 * "Planned to date" is the plan's own spread of each measure's cost over its quarters (the plan's
 * budget by year), added up from the first year to the reporting year, so that a plan in its
 * second year is not measured against five years of money.
 */
export function buildExecution(ctx: ReportContext, spending: Spending): ReportView['budget'] {
  const { view, fmt, labels, year } = ctx;
  const { from, to } = view.meta.period;
  const measures = view.areas.flatMap((a) => a.objectives.flatMap((o) => o.measures));
  const spent = (m: MeasureView, filter: (y: number, type: string) => boolean): number => {
    const years = spending.byMeasure.get(m.number);
    if (!years) return 0;
    return sum([...years.entries()].flatMap(([y, types]) => [...types.entries()].filter(([t]) => filter(y, t)).map(([, v]) => v)));
  };
  const toDate = (list: readonly Pick<MeasureView, 'start' | 'end' | 'cost'>[]): number =>
    sum(spreadByYear(list, from, to).filter((y) => y.year <= year).map((y) => y.value));
  const row = (label: string, planned: number, plannedToDate: number, inYear: number, toDateSpent: number): ExecutionRow => {
    const rate = plannedToDate > 0 ? toDateSpent / plannedToDate : undefined;
    return {
      label,
      planned: fmt.money(planned),
      plannedToDate: fmt.money(plannedToDate),
      spentInYear: fmt.money(inYear),
      spentToDate: fmt.money(toDateSpent),
      ...(rate !== undefined ? { rate } : {}),
      rateText: rate !== undefined ? ctx.percent(rate) : view.labels['none'] ?? '–',
    };
  };
  const group = (label: string, list: readonly MeasureView[], type?: string): ExecutionRow => {
    const match = (t: string) => type === undefined || t === type;
    const costOf = (m: MeasureView) => (type === undefined ? m.cost.value : sum(m.sources.filter((s) => s.type === type).map((s) => s.amount.value)));
    return row(
      label,
      sum(list.map(costOf)),
      toDate(list.map((m) => ({ start: m.start, end: m.end, cost: fmt.money(costOf(m)) }))),
      sum(list.map((m) => spent(m, (y, t) => y === year && match(t)))),
      sum(list.map((m) => spent(m, (y, t) => y <= year && match(t)))),
    );
  };

  const total = group(labels.total, measures);
  const spentTypes = new Set(measures.flatMap((m) => [...(spending.byMeasure.get(m.number)?.values() ?? [])].flatMap((t) => [...t.keys()])));
  const sources = SOURCE_LABEL.filter(([type]) => view.budget.bySource.some((s) => s.type === type) || spentTypes.has(type));
  const plannedByYear = spreadByYear(measures, from, to);
  const byYear = plannedByYear
    .filter((y) => y.year <= year)
    .map((y) => {
      const spentThen = sum(measures.map((m) => spent(m, (sy) => sy === y.year)));
      const rate = y.value > 0 ? spentThen / y.value : undefined;
      return { year: y.year, planned: fmt.money(y.value), spent: fmt.money(spentThen), ...(rate !== undefined ? { rate } : {}), rateText: rate !== undefined ? ctx.percent(rate) : view.labels['none'] ?? '–' };
    });
  const summary = [
    fill(labels.executionSummary, { from, year, spent: total.spentToDate.text, planned: total.plannedToDate.text, rate: total.rateText }),
    fill(labels.executionOfPlan, { rate: fmt.share(total.spentToDate.value, total.planned.value), total: total.planned.text }),
  ].join(' ');
  const areas = view.areas.filter((a) => a.applicable);
  return {
    total,
    summary,
    byArea: areas.map((a) => ({ id: a.id, ...group(`${a.number}. ${a.title}`, a.objectives.flatMap((o) => o.measures)) })),
    byAreaAndSource: areas.flatMap((a) =>
      sources.map(([type, key]) => ({ id: a.id, area: `${a.number}. ${a.title}`, type, ...group(view.labels[key] ?? type, a.objectives.flatMap((o) => o.measures), type) })),
    ),
    bySource: sources.map(([type, key]) => ({ type, ...group(view.labels[key] ?? type, measures, type) })),
    byYear,
  };
}
