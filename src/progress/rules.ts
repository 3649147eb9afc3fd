import { didYouMean } from '../plan/did-you-mean.js';
import { formatPath, type Issue, type PathSegments } from '../plan/issue.js';
import type { Plan } from '../plan/types.js';
import { COMPLETED_FAR_BELOW, indicatorProgress } from './indicator-progress.js';
import { planDigest } from './plan-digest.js';
import { indicatorIndex, measureLookup, planMeasures } from './plan-measures.js';
import type { Progress } from './types.js';

/** One thing found by a progress rule, before it is located in the source. */
export interface ProgressFinding {
  severity: 'error' | 'warning';
  code: string;
  path: PathSegments;
  message: string;
  hint?: string;
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
  const add = (severity: ProgressFinding['severity'], code: string, path: PathSegments, message: string, hint?: string) =>
    out.push({ severity, code, path, message, ...(hint ? { hint } : {}) });
  const digest = planDigest(planData);
  if (progress.plan.digest !== undefined && progress.plan.digest !== digest) {
    add('warning', 'PLAN_CHANGED', ['plan', 'digest'], 'the plan has changed since this progress file was written', `Check that the measures still match, then write \`digest: "${digest}"\`.`);
  }
  if (progress.plan.version !== undefined && plan.plan.version !== undefined && progress.plan.version !== plan.plan.version) {
    add('warning', 'PLAN_VERSION_CHANGED', ['plan', 'version'], `this file reports on version ${progress.plan.version} of the plan, but the plan is version ${plan.plan.version}`, 'Check the measures against the current plan, then update `version`.');
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
    if (seenYears.has(year.year)) add('error', 'DUPLICATE_YEAR', [...yPath, 'year'], `${year.year} is reported twice (also years[${seenYears.get(year.year)}])`, 'Merge the two entries into one.');
    seenYears.set(year.year, yi);
    if (year.year < from || year.year > to) {
      add('error', 'YEAR_OUTSIDE_PERIOD', [...yPath, 'year'], `${year.year} is outside the plan period (${from}-${to})`, 'Report only on years of the plan period; an extension needs an amendment of the plan first.');
    }
    const seenMeasures = new Map<string, number>();
    year.measures.forEach((entry, mi) => {
      const mPath = [...yPath, 'measures', mi];
      const found = lookup.get(entry.measure);
      if (!found) {
        const guess = didYouMean(entry.measure, names);
        add('error', 'UNKNOWN_MEASURE', [...mPath, 'measure'], `the plan has no measure \`${entry.measure}\`${guess ? `: did you mean \`${guess}\`?` : ''}`, 'Name a measure by its id (e.g. edu-1-2) or by its number in the plan (e.g. 5.1.2).');
        return;
      }
      const key = found.number;
      if (seenMeasures.has(key)) add('error', 'DUPLICATE_MEASURE', [...mPath, 'measure'], `measure ${key} is reported twice in ${year.year} (also measures[${seenMeasures.get(key)}])`, 'Merge the two entries into one.');
      seenMeasures.set(key, mi);
      const m = found.measure;
      const spent = (entry.spent ?? []).reduce((s, x) => s + x.amount, 0);
      const cumulative = (spentSoFar.get(key) ?? 0) + spent;
      spentSoFar.set(key, cumulative);
      if (cumulative > m.cost.total) {
        add('warning', 'SPENT_ABOVE_PLAN', [...mPath, 'spent'], `measure ${key} has spent ${cumulative} by ${year.year}, more than its planned cost of ${m.cost.total}`, 'Check the amounts; if the measure costs more, explain it under `deviation` and amend the plan.');
      }
      const plannedTypes = new Set((m.cost.sources ?? []).map((s) => s.type));
      (entry.spent ?? []).forEach((s, si) => {
        if (s.amount > 0 && !plannedTypes.has(s.type)) {
          add('warning', 'UNPLANNED_SOURCE', [...mPath, 'spent', si, 'type'], `measure ${key} plans no ${s.type} funding, but ${s.amount} is reported spent from it`, `Check the source type; the plan funds this measure from: ${[...plannedTypes].join(', ') || 'nothing (cost 0)'}.`);
        }
      });
      const r = entry.reached;
      if (r?.total !== undefined) {
        for (const part of ['roma', 'women', 'children'] as const) {
          const v = r[part];
          if (v !== undefined && v > r.total) add('error', 'REACHED_ABOVE_TOTAL', [...mPath, 'reached', part], `${v} ${part} reached is more than the ${r.total} people reached in total`, 'The total counts everyone reached; each group is a part of it.');
        }
      }
      (entry.indicators ?? []).forEach((iv, ii) => {
        const idx = indicatorIndex(m, iv.indicator);
        const iPath = [...mPath, 'indicators', ii];
        if (idx < 0) {
          const guess = typeof iv.indicator === 'string' ? didYouMean(iv.indicator, m.indicators.map((i) => i.name)) : undefined;
          add('error', 'UNKNOWN_INDICATOR', [...iPath, 'indicator'], `measure ${key} has no indicator ${JSON.stringify(iv.indicator)}${guess ? `: did you mean "${guess}"?` : ''}`, `Use the indicator's name as written in the plan, or its position 1-${m.indicators.length}.`);
          return;
        }
        const ind = m.indicators[idx]!;
        if (percentUnit.test(ind.unit.trim()) && (iv.value < 0 || iv.value > 100)) {
          add('error', 'VALUE_OUT_OF_KIND', [...iPath, 'value'], `${iv.value} is not a percentage, the unit of "${ind.name}"`, 'Write a number from 0 to 100.');
        }
        const p = indicatorProgress(ind.baseline, ind.target, iv.value);
        if (entry.status === 'completed' && p !== undefined && p < COMPLETED_FAR_BELOW) {
          add('warning', 'COMPLETED_FAR_FROM_TARGET', [...iPath, 'value'], `measure ${key} is reported completed, but "${ind.name}" reached ${iv.value} of a target of ${ind.target} (baseline ${ind.baseline}): ${Math.round(p * 100)} % of the planned change`, `Explain the gap under \`deviation\`, or report the measure as delayed; completed measures are expected to reach at least ${COMPLETED_FAR_BELOW * 100} % of the change.`);
        }
      });
      if ((entry.status === 'delayed' || entry.status === 'cancelled') && entry.deviation === undefined) {
        add('warning', 'DEVIATION_UNEXPLAINED', [...mPath, 'status'], `measure ${key} is ${entry.status} but no reason is given`, 'Add `deviation:` (why) and `correctiveAction:` (what will be done).');
      }
    });
  }
  return out;
}

/** The findings as issues, located in the progress file's source. */
export function findingsToIssues(findings: readonly ProgressFinding[], locate?: (p: PathSegments) => { line: number; column: number } | undefined): Issue[] {
  return findings.map((f) => {
    const where = locate?.(f.path);
    return { severity: f.severity, code: f.code, path: formatPath(f.path), ...(where ? { line: where.line, column: where.column } : {}), message: f.message, ...(f.hint ? { hint: f.hint } : {}) };
  });
}
