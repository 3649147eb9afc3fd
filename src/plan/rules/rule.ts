import { AREA_IDS, areaById } from '../../catalogue/index.js';
import type { AreaId } from '../../catalogue/types.js';
import type { IssueParams, PathSegments } from '../issue.js';
import type { Measure, Objective, Plan, PlanArea } from '../types.js';

/**
 * One thing found by a rule, before it is located in the source: where, and the values its message
 * needs. The words come from the message catalogue (src/i18n/messages), in the reader's language.
 */
export interface Finding {
  path: PathSegments;
  params?: IssueParams;
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
  /** The measure's number in the documents, e.g. 5.1.2 (area, objective, measure). */
  number: string;
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
        if (isObject(measure)) out.push({ areaId, area, objective, measure, path: ['areas', areaId, 'objectives', oi, 'measures', mi], number: `${areaNumber(areaId)}.${oi + 1}.${mi + 1}` });
      });
    });
  }
  return out;
}

export const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** The catalogue number of an area (education is 5 in every plan); 0 for an unknown id. */
function areaNumber(id: string): number {
  return (AREA_IDS as readonly string[]).includes(id) ? areaById(id as AreaId).number : 0;
}

/** How a message names a measure: its number and title ("measure 5.1.2 “Homework club”"). */
export const measureParams = (m: Pick<MeasureRef, 'measure' | 'number'>): { measure: string; title: string } => ({
  measure: m.number,
  title: typeof m.measure.title === 'string' ? m.measure.title : String(m.measure.id ?? ''),
});
