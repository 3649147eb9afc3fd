import { UsageError } from '../errors.js';
import { fill } from '../i18n/index.js';
import type { Plan } from '../plan/types.js';
import { AT_RISK_FROM, expectedProgress, indicatorProgress, ON_TRACK_FROM, rateIndicator } from '../progress/indicator-progress.js';
import { indicatorIndex, measureLookup, planMeasures, type PlanMeasure } from '../progress/plan-measures.js';
import { MEASURE_STATUSES, type MeasureProgress, type Progress } from '../progress/types.js';
import type { View } from '../view/types.js';
import { buildExecution, type Spending } from './budget-execution.js';
import { buildDecision, reachedText, STATUS_LABEL } from './report-texts.js';
import { createReportContext, type ReportContext } from './report-context.js';
import type { ReportStatus, ReportView } from './types.js';

export interface BuildReportOptions {
  /** The reporting year; defaults to the latest year of the progress file. */
  year?: number;
  /** The document date, YYYY-MM-DD; defaults to the year's report date, else the plan view's date. */
  date?: string;
}

/**
 * Computes the annual implementation report once, from the plan's view (numbering, labels,
 * planned money), the valid plan it was built from (baselines and targets) and a progress file
 * validated against that plan. Years up to the reporting year count cumulatively.
 * Throws a UsageError when the progress file has no entry for the year asked for.
 */
export function buildReportView(view: View, plan: Plan, progress: Progress, options: BuildReportOptions = {}): ReportView {
  const years = progress.years.map((y) => y.year).sort((a, b) => a - b);
  const year = options.year ?? years.at(-1)!;
  const current = progress.years.find((y) => y.year === year);
  if (!current) throw new UsageError(`the progress file has no report for ${year}`, `Years reported: ${years.join(', ')}. Give one of them with --year.`, { key: 'fatal.noReportYear', params: { year: String(year), years: years.join(', ') } });
  const ctx = createReportContext(view, plan, progress, year);
  const { labels, fmt } = ctx;
  const measures = planMeasures(plan);
  const lookup = measureLookup(measures);
  const entries = entriesOf(progress, lookup, year);
  const thisYear = entries.get(year) ?? new Map<string, MeasureProgress>();
  const statusOf = (number: string): ReportStatus => thisYear.get(number)?.status ?? 'not-reported';
  const viewMeasures = view.areas.flatMap((a) => a.objectives.flatMap((o) => o.measures));
  const titleOf = new Map(viewMeasures.map((m) => [m.number, m.title]));
  const budget = buildExecution(ctx, spendingOf(entries));
  const date = options.date ?? current.reportDate ?? view.meta.date;
  const first = view.meta.period.from;

  const counts = new Map<ReportStatus, number>();
  for (const m of measures) counts.set(statusOf(m.number), (counts.get(statusOf(m.number)) ?? 0) + 1);
  const statuses = [...MEASURE_STATUSES, 'not-reported' as const]
    .filter((s) => (counts.get(s) ?? 0) > 0)
    .map((status) => ({ status, label: labels[STATUS_LABEL[status]], count: counts.get(status) ?? 0, shareText: fmt.share(counts.get(status) ?? 0, measures.length) }));

  const spentIn = (byNumber: Map<string, MeasureProgress> | undefined, number: string): number => (byNumber?.get(number)?.spent ?? []).reduce((a, x) => a + x.amount, 0);
  const spentToDate = (number: string): number => [...entries.values()].reduce((s, byNumber) => s + spentIn(byNumber, number), 0);

  return {
    language: view.language,
    locale: view.locale,
    year,
    meta: {
      title: fill(labels.title, { year }),
      subject: labels.subject,
      municipality: view.meta.municipality,
      planTitle: view.meta.title,
      periodText: view.meta.period.text,
      yearsText: fmt.period(first, year),
      date,
      dateText: fmt.date(date),
      ...(current.reportDate !== undefined ? { reportDateText: fmt.date(current.reportDate) } : {}),
      ...(current.preparedBy !== undefined ? { preparedBy: current.preparedBy } : {}),
      ...(view.meta.adoption ? { adoptionText: `${view.meta.adoption.body}, ${view.meta.adoption.decision}, ${view.meta.adoption.dateText}` } : {}),
    },
    intro: fill(labels.intro, { plan: view.meta.title, year, from: first }),
    statuses,
    measureCount: measures.length,
    budget,
    indicators: { method: fill(labels.indicatorsMethod, { year, onTrack: ctx.percent(ON_TRACK_FROM), atRisk: ctx.percent(AT_RISK_FROM) }), rows: indicatorRows(ctx, measures, entries) },
    measures: viewMeasures.map((m) => {
      const entry = thisYear.get(m.number);
      const status = statusOf(m.number);
      return {
        number: m.number,
        title: m.title,
        lead: m.lead,
        status,
        statusText: labels[STATUS_LABEL[status]],
        planned: m.cost,
        spentInYear: fmt.money(spentIn(thisYear, m.number)),
        spentToDate: fmt.money(spentToDate(m.number)),
        reachedText: entry?.reached ? reachedText(ctx, entry.reached) : '',
        ...(entry?.implemented !== undefined ? { implemented: entry.implemented } : {}),
      };
    }),
    deviations: viewMeasures.flatMap((m) => {
      const e = thisYear.get(m.number);
      if (!e || (e.deviation === undefined && e.correctiveAction === undefined)) return [];
      return [{ number: m.number, title: m.title, statusText: labels[STATUS_LABEL[e.status]], deviation: e.deviation ?? '', correctiveAction: e.correctiveAction ?? '' }];
    }),
    community: communityOf(ctx, viewMeasures.map((m) => m.number), thisYear, titleOf),
    decision: buildDecision(ctx),
    labels,
  };
}

/** year -> measure number -> entry, for the years up to the reporting year. */
function entriesOf(progress: Progress, lookup: Map<string, PlanMeasure>, year: number): Map<number, Map<string, MeasureProgress>> {
  const out = new Map<number, Map<string, MeasureProgress>>();
  for (const y of [...progress.years].sort((a, b) => a.year - b.year)) {
    if (y.year > year) continue;
    const byNumber = new Map<string, MeasureProgress>();
    for (const m of y.measures) {
      const found = lookup.get(m.measure);
      if (found) byNumber.set(found.number, m);
    }
    out.set(y.year, byNumber);
  }
  return out;
}

function spendingOf(entries: Map<number, Map<string, MeasureProgress>>): Spending {
  const byMeasure: Spending['byMeasure'] = new Map();
  for (const [year, byNumber] of entries) {
    for (const [number, entry] of byNumber) {
      const years = byMeasure.get(number) ?? new Map<number, Map<string, number>>();
      const types = years.get(year) ?? new Map<string, number>();
      for (const s of entry.spent ?? []) types.set(s.type, (types.get(s.type) ?? 0) + s.amount);
      years.set(year, types);
      byMeasure.set(number, years);
    }
  }
  return { byMeasure };
}

/** Every indicator of the plan with its latest value up to the reporting year and its rating. */
function indicatorRows(ctx: ReportContext, measures: readonly PlanMeasure[], entries: Map<number, Map<string, MeasureProgress>>): ReportView['indicators']['rows'] {
  const { fmt, labels, year, plan } = ctx;
  const { from, to } = plan.plan.period;
  return measures.flatMap((pm) =>
    pm.measure.indicators.map((ind, index) => {
      let value: number | undefined;
      for (const byNumber of entries.values()) {
        for (const iv of byNumber.get(pm.number)?.indicators ?? []) if (indicatorIndex(pm.measure, iv.indicator) === index) value = iv.value;
      }
      const start = ind.baselineYear !== undefined ? Math.max(from, ind.baselineYear + 1) : from;
      const expected = expectedProgress(year, start, ind.targetYear ?? to);
      const progress = value === undefined ? undefined : indicatorProgress(ind.baseline, ind.target, value);
      const rating = progress === undefined ? undefined : rateIndicator(progress, expected);
      const ratingText = value === undefined ? labels.ratingNoValue : rating === undefined ? labels.ratingNoChange : labels[rating === 'on-track' ? 'ratingOnTrack' : rating === 'at-risk' ? 'ratingAtRisk' : 'ratingOffTrack'];
      return {
        measureNumber: pm.number,
        name: ind.name,
        unit: ind.unit,
        baseline: ind.baseline,
        target: ind.target,
        ...(value !== undefined ? { value } : {}),
        baselineText: fmt.number(ind.baseline),
        targetText: fmt.number(ind.target),
        valueText: value === undefined ? '' : fmt.number(value),
        ...(progress !== undefined ? { progress } : {}),
        progressText: progress === undefined ? '' : ctx.percent(progress),
        expected,
        expectedText: ctx.percent(expected),
        ...(rating !== undefined ? { rating } : {}),
        ratingText,
      };
    }),
  );
}

function communityOf(ctx: ReportContext, numbers: readonly string[], thisYear: Map<string, MeasureProgress>, titleOf: Map<string, string>): ReportView['community'] {
  const { labels } = ctx;
  const rows = numbers.flatMap((number) => {
    const e = thisYear.get(number);
    if (!e?.community) return [];
    const c = e.community;
    return [{ number, title: titleOf.get(number) ?? number, officialText: labels[STATUS_LABEL[e.status]], ratingText: labels[STATUS_LABEL[c.rating]], differs: c.rating !== e.status, by: c.by, comment: c.comment ?? '' }];
  });
  if (rows.length === 0) return { rows };
  return { summary: fill(labels.communitySummary, { assessed: rows.length, differ: rows.filter((r) => r.differs).length }), rows };
}
