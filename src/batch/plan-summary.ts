import type { View } from '../view/types.js';
import type { PlanSummary, ProgressSummary } from './types.js';

type Loose = Record<string, unknown>;

const record = (v: unknown): Loose | undefined => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Loose) : undefined);
const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v : null);
const year = (v: unknown): number | null => (typeof v === 'number' && Number.isInteger(v) ? v : null);

/**
 * What the batch index says about a plan. It reads the data defensively because invalid plans are
 * listed too (with whatever they do say); the budget comes from the view, where totals are computed
 * once, and only valid plans have one.
 */
export function summarizePlan(data: unknown, view?: View, currency?: string, progress: ProgressSummary | null = null): PlanSummary {
  const root = record(data);
  const plan = record(root?.['plan']);
  const municipality = record(root?.['municipality']);
  const period = record(plan?.['period']);
  const from = year(period?.['from']);
  const to = year(period?.['to']);
  return {
    municipality: text(municipality?.['name']),
    country: text(municipality?.['country']),
    title: text(plan?.['title']),
    period: from !== null && to !== null ? { from, to } : null,
    planStatus: text(plan?.['status']),
    measures: view ? view.areas.reduce((n, a) => n + a.objectives.reduce((m, o) => m + o.measures.length, 0), 0) : countMeasures(root?.['areas']),
    budget: view && currency ? { total: view.budget.total.value, currency, text: view.budget.total.text } : null,
    progress,
    review: view ? { met: view.review.score.met, partial: view.review.score.partial, applicable: view.review.score.applicable, percent: view.review.score.percent, text: view.review.score.short } : null,
  };
}

function countMeasures(areas: unknown): number | null {
  const byId = record(areas);
  if (!byId) return null;
  let n = 0;
  for (const area of Object.values(byId)) {
    const objectives = record(area)?.['objectives'];
    if (!Array.isArray(objectives)) continue;
    for (const o of objectives) {
      const measures = record(o)?.['measures'];
      if (Array.isArray(measures)) n += measures.length;
    }
  }
  return n;
}
