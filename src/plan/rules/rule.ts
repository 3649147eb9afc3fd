import type { PathSegments } from '../issue.js';
import type { Measure, Objective, Plan, PlanArea } from '../types.js';

/** One thing found by a rule, before it is located in the source. */
export interface Finding {
  path: PathSegments;
  message: string;
  hint?: string;
}

/**
 * A check the schema cannot express. Rules run on data that may also have schema errors, so they
 * read it defensively and skip what is malformed (the schema reports that).
 */
export interface Rule {
  code: string;
  severity: 'error' | 'warning';
  /** One line for the README and `roma-plan validate --help`. */
  description: string;
  check(plan: Plan): Finding[];
}

export interface MeasureRef {
  areaId: string;
  area: PlanArea;
  objective: Objective;
  measure: Measure;
  path: (string | number)[];
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
export const asArray = <T>(v: T[] | undefined | unknown): T[] => (Array.isArray(v) ? (v as T[]) : []);

/** Every applicable area of the plan, with its id. */
export function eachArea(plan: Plan): [string, PlanArea][] {
  return isObject(plan.areas) ? Object.entries(plan.areas).filter((e): e is [string, PlanArea] => isObject(e[1])) : [];
}

/** Every objective, with its path in the plan. */
export function eachObjective(plan: Plan): { areaId: string; objective: Objective; path: (string | number)[] }[] {
  const out: { areaId: string; objective: Objective; path: (string | number)[] }[] = [];
  for (const [areaId, area] of eachArea(plan)) {
    asArray<Objective>(area.objectives).forEach((objective, oi) => {
      if (isObject(objective)) out.push({ areaId, objective, path: ['areas', areaId, 'objectives', oi] });
    });
  }
  return out;
}

/** Every measure, with its area, objective and path in the plan. */
export function eachMeasure(plan: Plan): MeasureRef[] {
  const out: MeasureRef[] = [];
  for (const [areaId, area] of eachArea(plan)) {
    asArray<Objective>(area.objectives).forEach((objective, oi) => {
      if (!isObject(objective)) return;
      asArray<Measure>(objective.measures).forEach((measure, mi) => {
        if (isObject(measure)) out.push({ areaId, area, objective, measure, path: ['areas', areaId, 'objectives', oi, 'measures', mi] });
      });
    });
  }
  return out;
}

export const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
