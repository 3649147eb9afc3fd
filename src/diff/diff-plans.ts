import { AREA_IDS } from '../catalogue/index.js';
import type { AreaId } from '../catalogue/types.js';
import type { Indicator, Measure, Plan } from '../plan/types.js';
import { planMeasures, type PlanMeasure } from '../progress/plan-measures.js';
import { compareValues, sameValue } from './compare-values.js';
import type { AmountChange, FieldChange, MeasureRef, PlanDiff } from './types.js';

const SOURCE_ORDER = ['municipal', 'national', 'eu', 'donor', 'private', 'other'];
const MEASURES_PATH = /^areas\.[^.]+\.objectives\[\d+\]\.measures$/;
const INDICATOR_FIELDS = ['unit', 'baseline', 'baselineYear', 'target', 'targetYear', 'verification', 'disaggregation'] as const;

/**
 * What changed from one version of a plan to the next, in the terms a council amends a plan in:
 * the period, measures added, removed and changed (field by field), the budget by area and by
 * funding source, and everything else as plain field changes. Both plans must be valid.
 *
 * A measure is the same measure in both versions when it has the same id; measures without an id
 * are matched by their place (area, objective, position).
 */
export function diffPlans(before: Plan, after: Plan): PlanDiff {
  const { from: f0, to: t0 } = before.plan.period;
  const { from: f1, to: t1 } = after.plan.period;
  const period = f0 !== f1 || t0 !== t1 ? { before: { from: f0, to: t0 }, after: { from: f1, to: t1 } } : undefined;
  const measures = diffMeasures(planMeasures(before), planMeasures(after));
  const budget = diffBudget(before, after);
  const other = compareValues(before, after, { skip: (p) => p === 'plan.period' || MEASURES_PATH.test(p) });
  return {
    period,
    measures,
    budget,
    other,
    changed: period !== undefined || other.length > 0 || measures.added.length + measures.removed.length + measures.changed.length > 0,
  };
}

function ref(m: PlanMeasure): MeasureRef {
  const { measure } = m;
  return { number: m.number, ...(m.id !== undefined ? { id: m.id } : {}), areaId: m.areaId, title: measure.title, lead: measure.lead, cost: measure.cost.total, start: measure.start, end: measure.end };
}

/** Where a measure without an id sits: area, objective and position. */
const placeKey = (m: PlanMeasure): string => `${m.areaId}/${m.number.split('.').slice(1).join('.')}`;

function diffMeasures(before: PlanMeasure[], after: PlanMeasure[]): PlanDiff['measures'] {
  const keyOf = (m: PlanMeasure) => (m.id !== undefined ? `id:${m.id}` : `at:${placeKey(m)}`);
  const afterByKey = new Map(after.map((m) => [keyOf(m), m]));
  const beforeKeys = new Set(before.map(keyOf));
  const changed: PlanDiff['measures']['changed'] = [];
  const removed: MeasureRef[] = [];
  for (const b of before) {
    const a = afterByKey.get(keyOf(b));
    if (!a) {
      removed.push(ref(b));
      continue;
    }
    const fields = diffMeasure(b.measure, a.measure);
    if (fields.length > 0) changed.push({ before: ref(b), after: ref(a), fields });
  }
  const added = after.filter((a) => !beforeKeys.has(keyOf(a))).map(ref);
  return { added, removed, changed };
}

function diffMeasure(before: Measure, after: Measure): FieldChange[] {
  const fields = compareValues(before, after, { whole: new Set(['cost.sources']), skip: (p) => p === 'indicators' || p === 'id' });
  return [...fields, ...diffIndicators(before.indicators, after.indicators)];
}

/** Indicators are matched by name: a renamed indicator reads as one removed and one added. */
function diffIndicators(before: Indicator[], after: Indicator[]): FieldChange[] {
  const key = (i: Indicator) => i.name.trim().toLowerCase();
  const afterByName = new Map(after.map((i) => [key(i), i]));
  const beforeNames = new Set(before.map(key));
  const changes: FieldChange[] = [];
  for (const b of before) {
    const a = afterByName.get(key(b));
    if (!a) {
      changes.push({ field: 'indicators', indicator: b.name, before: b, after: undefined });
      continue;
    }
    for (const field of INDICATOR_FIELDS) if (!sameValue(b[field], a[field])) changes.push({ field, indicator: a.name, before: b[field], after: a[field] });
  }
  for (const a of after) if (!beforeNames.has(key(a))) changes.push({ field: 'indicators', indicator: a.name, before: undefined, after: a });
  return changes;
}

function areaTotals(plan: Plan): Map<AreaId, number> {
  return new Map(AREA_IDS.map((id) => [id, (plan.areas[id].objectives ?? []).reduce((s, o) => s + o.measures.reduce((t, m) => t + m.cost.total, 0), 0)]));
}

function sourceTotals(plan: Plan): Map<string, number> {
  const totals = new Map<string, number>();
  for (const m of planMeasures(plan)) for (const s of m.measure.cost.sources ?? []) totals.set(s.type, (totals.get(s.type) ?? 0) + s.amount);
  return totals;
}

function diffBudget(before: Plan, after: Plan): PlanDiff['budget'] {
  const [a0, a1] = [areaTotals(before), areaTotals(after)];
  const [s0, s1] = [sourceTotals(before), sourceTotals(after)];
  const byArea: AmountChange<AreaId>[] = AREA_IDS.map((key) => ({ key, before: a0.get(key) ?? 0, after: a1.get(key) ?? 0 })).filter((r) => r.before !== 0 || r.after !== 0);
  const bySource: AmountChange<string>[] = SOURCE_ORDER.map((key) => ({ key, before: s0.get(key) ?? 0, after: s1.get(key) ?? 0 })).filter((r) => r.before !== 0 || r.after !== 0);
  const total = (m: Map<string, number>) => [...m.values()].reduce((s, v) => s + v, 0);
  return { byArea, bySource, total: { before: total(a0), after: total(a1) } };
}
