import { didYouMean } from '../plan/did-you-mean.js';
import { formatPath, type Issue, type IssueParams, type PathSegments } from '../plan/issue.js';
import { localizeIssue } from '../plan/issue-text.js';
import type { Plan } from '../plan/types.js';
import { COMPLETED_FAR_BELOW, indicatorProgress } from './indicator-progress.js';
import { planDigest } from './plan-digest.js';
import { indicatorIndex, measureLookup, planMeasures } from './plan-measures.js';
import type { Progress } from './types.js';

/** One thing found by a progress rule, before it is located in the source: where, and the values of its message. */
export interface ProgressFinding {
  severity: 'error' | 'warning';
  code: string;
  path: PathSegments;
  params: IssueParams;
}

const percentUnit = /^(%|percent|per ?cent|százalék|procent[oa]?|postotak|postotci|odstotek|процент|percentuale|përqind)$/i;

/**
 * What the schema cannot say about a progress file: that it fits its plan. Unknown measures and
 * indicators, a year outside the period, the same year or measure twice, people counts that do
 * not add up, spending above the plan, a completed measure far from its target, and a plan that
 * changed since the file was written. `planData` is the plan as parsed, for the digest.
 */
export function checkProgressAgainstPlan(progress: Progress, plan: Plan, planData: unknown): ProgressFinding[] {
  const out: ProgressFinding[] = [];
  const add = (severity: ProgressFinding['severity'], code: string, path: PathSegments, params: IssueParams = {}) => out.push({ severity, code, path, params });
  const currency = plan.currency;
  const digest = planDigest(planData);
  if (progress.plan.digest !== undefined && progress.plan.digest !== digest) {
    add('warning', 'PLAN_CHANGED', ['plan', 'digest'], { digest });
  }
  if (progress.plan.version !== undefined && plan.plan.version !== undefined && progress.plan.version !== plan.plan.version) {
    add('warning', 'PLAN_VERSION_CHANGED', ['plan', 'version'], { reported: String(progress.plan.version), current: String(plan.plan.version) });
  }
  const measures = planMeasures(plan);
  const lookup = measureLookup(measures);
  const names = measures.flatMap((m) => (m.id !== undefined ? [m.id, m.number] : [m.number]));
  const { from, to } = plan.plan.period;
  const seenYears = new Map<number, number>();
  const spentSoFar = new Map<string, number>();
  const years = [...progress.years.entries()].sort(([, a], [, b]) => a.year - b.year);
  for (const [yi, year] of years) {
    const yPath = ['years', yi];
    if (seenYears.has(year.year)) add('error', 'DUPLICATE_YEAR', [...yPath, 'year'], { year: year.year });
    seenYears.set(year.year, yi);
    if (year.year < from || year.year > to) {
      add('error', 'YEAR_OUTSIDE_PERIOD', [...yPath, 'year'], { year: year.year, from, to });
    }
    const seenMeasures = new Map<string, number>();
    year.measures.forEach((entry, mi) => {
      const mPath = [...yPath, 'measures', mi];
      const found = lookup.get(entry.measure);
      if (!found) {
        const guess = didYouMean(entry.measure, names);
        add('error', 'UNKNOWN_MEASURE', [...mPath, 'measure'], { kind: guess ? 'guess' : 'other', value: String(entry.measure), guess: guess ?? '' });
        return;
      }
      const key = found.number;
      if (seenMeasures.has(key)) add('error', 'DUPLICATE_MEASURE', [...mPath, 'measure'], { measure: key, year: year.year });
      seenMeasures.set(key, mi);
      const m = found.measure;
      const spent = (entry.spent ?? []).reduce((s, x) => s + x.amount, 0);
      const cumulative = (spentSoFar.get(key) ?? 0) + spent;
      spentSoFar.set(key, cumulative);
      if (cumulative > m.cost.total) {
        add('warning', 'SPENT_ABOVE_PLAN', [...mPath, 'spent'], { measure: key, spent: cumulative, cost: m.cost.total, year: year.year, currency });
      }
      const plannedTypes = new Set((m.cost.sources ?? []).map((s) => s.type));
      (entry.spent ?? []).forEach((s, si) => {
        if (s.amount > 0 && !plannedTypes.has(s.type)) {
          add('warning', 'UNPLANNED_SOURCE', [...mPath, 'spent', si, 'type'], { measure: key, source: s.type, amount: s.amount, currency });
        }
      });
      const r = entry.reached;
      if (r?.total !== undefined) {
        for (const part of ['roma', 'women', 'children'] as const) {
          const v = r[part];
          if (v !== undefined && v > r.total) add('error', 'REACHED_ABOVE_TOTAL', [...mPath, 'reached', part], { which: part, count: v, total: r.total });
        }
      }
      (entry.indicators ?? []).forEach((iv, ii) => {
        const idx = indicatorIndex(m, iv.indicator);
        const iPath = [...mPath, 'indicators', ii];
        if (idx < 0) {
          const guess = typeof iv.indicator === 'string' ? didYouMean(iv.indicator, m.indicators.map((i) => i.name)) : undefined;
          add('error', 'UNKNOWN_INDICATOR', [...iPath, 'indicator'], { kind: guess ? 'guess' : 'other', measure: key, value: String(iv.indicator), guess: guess ?? '', count: m.indicators.length });
          return;
        }
        const ind = m.indicators[idx]!;
        if (percentUnit.test(ind.unit.trim()) && (iv.value < 0 || iv.value > 100)) {
          add('error', 'VALUE_OUT_OF_KIND', [...iPath, 'value'], { value: iv.value, indicator: ind.name });
        }
        const p = indicatorProgress(ind.baseline, ind.target, iv.value);
        if (entry.status === 'completed' && p !== undefined && p < COMPLETED_FAR_BELOW) {
          add('warning', 'COMPLETED_FAR_FROM_TARGET', [...iPath, 'value'], { measure: key, indicator: ind.name, value: iv.value, target: ind.target, baseline: ind.baseline, share: Math.round(p * 100) / 100, least: COMPLETED_FAR_BELOW });
        }
      });
      if ((entry.status === 'delayed' || entry.status === 'cancelled') && entry.deviation === undefined) {
        add('warning', 'DEVIATION_UNEXPLAINED', [...mPath, 'status'], { measure: key, status: entry.status });
      }
    });
  }
  return out;
}

/** The findings as issues, located in the progress file's source. */
export function findingsToIssues(findings: readonly ProgressFinding[], locate?: (p: PathSegments) => { line: number; column: number } | undefined): Issue[] {
  return findings.map((f) => {
    const where = locate?.(f.path);
    return localizeIssue({ severity: f.severity, code: f.code, path: formatPath(f.path), ...(where ? { line: where.line, column: where.column } : {}), params: f.params, message: '' });
  });
}
