/**
 * The annual implementation report, computed once by buildReportView: every figure the report
 * shows, as a number (for tests and other tools) and as text in the document's language.
 */
import type { AreaId } from '../catalogue/types.js';
import type { IndicatorRating } from '../progress/indicator-progress.js';
import type { MeasureStatus } from '../progress/types.js';
import type { Money } from '../view/types.js';
import type { ReportLabels } from './report-context.js';

export type ReportStatus = MeasureStatus | 'not-reported';

/** Planned against spent, for one row of a budget table. */
export interface ExecutionRow {
  label: string;
  /** Planned for the whole plan period. */
  planned: Money;
  /** Planned for the years from the plan's start to the reporting year (the plan's spread by year). */
  plannedToDate: Money;
  spentInYear: Money;
  spentToDate: Money;
  /** spentToDate / plannedToDate; undefined when nothing was planned to date. */
  rate?: number;
  rateText: string;
}

export interface ReportView {
  language: string;
  locale: string;
  year: number;
  meta: {
    title: string;
    subject: string;
    municipality: string;
    planTitle: string;
    periodText: string;
    /** e.g. '2026–2027': the years the report's cumulative figures cover. */
    yearsText: string;
    date: string;
    dateText: string;
    reportDateText?: string;
    preparedBy?: string;
    adoptionText?: string;
  };
  intro: string;
  statuses: { status: ReportStatus; label: string; count: number; shareText: string }[];
  measureCount: number;
  budget: {
    total: ExecutionRow;
    summary: string;
    byArea: (ExecutionRow & { id: AreaId })[];
    bySource: (ExecutionRow & { type: string })[];
    /** Every applicable area with every source of bySource, in that order; `label` is the source's. */
    byAreaAndSource: (ExecutionRow & { id: AreaId; area: string; type: string })[];
    /** One row per year from the plan's start to the reporting year (plannedToDate = that year's plan). */
    byYear: { year: number; planned: Money; spent: Money; rate?: number; rateText: string }[];
  };
  indicators: {
    method: string;
    rows: {
      measureNumber: string;
      name: string;
      unit: string;
      baseline: number;
      target: number;
      /** The latest value reported up to the reporting year. */
      value?: number;
      baselineText: string;
      targetText: string;
      valueText: string;
      /** (value − baseline) / (target − baseline) */
      progress?: number;
      progressText: string;
      expected: number;
      expectedText: string;
      rating?: IndicatorRating;
      ratingText: string;
    }[];
  };
  measures: {
    number: string;
    title: string;
    lead: string;
    status: ReportStatus;
    statusText: string;
    planned: Money;
    spentInYear: Money;
    spentToDate: Money;
    reachedText: string;
    implemented?: string;
  }[];
  deviations: { number: string; title: string; statusText: string; deviation: string; correctiveAction: string }[];
  community: {
    summary?: string;
    rows: { number: string; title: string; officialText: string; ratingText: string; differs: boolean; by: string; comment: string }[];
  };
  decision: { title: string; paragraphs: string[] };
  labels: ReportLabels;
}
