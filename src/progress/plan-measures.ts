import { AREA_IDS, areaById } from '../catalogue/index.js';
import type { AreaId } from '../catalogue/types.js';
import type { Measure, Plan } from '../plan/types.js';

/** A measure of the plan with the number the rendered plan gives it (e.g. 5.1.2). */
export interface PlanMeasure {
  number: string;
  id?: string;
  areaId: AreaId;
  measure: Measure;
}

/**
 * Every measure of a valid plan in document order, numbered as buildView numbers them (area number
 * from the catalogue, then objective and measure positions), so that a progress file may name a
 * measure by id or by the number printed in the plan.
 */
export function planMeasures(plan: Plan): PlanMeasure[] {
  return AREA_IDS.flatMap((areaId) =>
    (plan.areas[areaId].objectives ?? []).flatMap((o, oi) =>
      o.measures.map((measure, mi) => ({
        number: `${areaById(areaId).number}.${oi + 1}.${mi + 1}`,
        ...(measure.id !== undefined ? { id: measure.id } : {}),
        areaId,
        measure,
      })),
    ),
  );
}

/** Looks measures up by id or number. */
export function measureLookup(measures: readonly PlanMeasure[]): Map<string, PlanMeasure> {
  const map = new Map<string, PlanMeasure>();
  for (const m of measures) {
    map.set(m.number, m);
    if (m.id !== undefined) map.set(m.id, m);
  }
  return map;
}

/** The index (0-based) of the indicator a progress entry names: by name as written, or by 1-based position. */
export function indicatorIndex(measure: Measure, ref: string | number): number {
  if (typeof ref === 'number') return Number.isInteger(ref) && ref >= 1 && ref <= measure.indicators.length ? ref - 1 : -1;
  const wanted = ref.trim().toLowerCase();
  return measure.indicators.findIndex((i) => i.name.trim().toLowerCase() === wanted);
}
