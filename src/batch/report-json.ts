import { issueToJson } from '../plan/issue.js';
import type { BatchReport, PlanResult, PlanSummary, Shard } from './types.js';

/** The names of a batch's own files in the output folder; shards get their own, mergeable names. */
export function reportFileNames(shard: Shard | null | undefined): { index: string; report: string } {
  const suffix = shard ? `.shard-${shard.index}-of-${shard.count}` : '';
  return { index: `index${suffix}.md`, report: `report${suffix}.json` };
}

/**
 * report.json: the batch report with every issue, keys always in the same order and no timings,
 * so that the same inputs give the same bytes (and reports diff cleanly between runs).
 */
export function formatReportJson(report: BatchReport): string {
  const json = {
    version: report.version,
    generator: report.generator,
    shard: report.shard && { index: report.shard.index, count: report.shard.count, plans: report.shard.plans, inputs: report.shard.inputs },
    options: { formats: [...report.options.formats], date: report.options.date, overrides: [...report.options.overrides], templateDir: report.options.templateDir, ...(report.options.progressDir ? { progressDir: report.options.progressDir } : {}) },
    summary: {
      plans: report.summary.plans,
      rendered: report.summary.rendered,
      withWarnings: report.summary.withWarnings,
      invalid: report.summary.invalid,
      failed: report.summary.failed,
      skipped: report.summary.skipped,
    },
    plans: report.plans.map(planJson),
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}

function planJson(p: PlanResult): Record<string, unknown> {
  return {
    file: p.file,
    status: p.status,
    ...summaryJson(p.summary),
    errors: p.errors,
    warnings: p.warnings,
    // md and pdf are always listed (null when not written), as before the other formats existed.
    outputs: { md: p.outputs.md ?? null, pdf: p.outputs.pdf ?? null, ...p.outputs },
    failure: p.failure ? { code: p.failure.code, message: p.failure.message } : null,
    // The same issue shape as `validate --json`, so one consumer reads both.
    issues: p.issues.map(issueToJson),
  };
}

function summaryJson(s: PlanSummary): Record<string, unknown> {
  return {
    municipality: s.municipality,
    country: s.country,
    title: s.title,
    period: s.period && { from: s.period.from, to: s.period.to },
    planStatus: s.planStatus,
    measures: s.measures,
    budget: s.budget && { total: s.budget.total, currency: s.budget.currency, text: s.budget.text },
    progress: s.progress && {
      file: s.progress.file,
      year: s.progress.year,
      statuses: { ...s.progress.statuses },
      plannedToDate: s.progress.plannedToDate,
      spentToDate: s.progress.spentToDate,
      executionRate: s.progress.executionRate,
      text: { ...s.progress.text },
    },
    review: s.review && { met: s.review.met, partial: s.review.partial, applicable: s.review.applicable, percent: s.review.percent, text: s.review.text },
  };
}
