import { AREA_IDS, EU_OBJECTIVE_IDS, GOAL_IDS } from './types.js';
import type { Area, AreaId, Catalogue, EuObjectiveId, Goal, GoalId, Practice } from './types.js';
import { areas } from './areas.js';
import { euObjectives } from './eu-objectives.js';
import { goals } from './goals.js';
import { practices } from './practices.js';

export { AREA_IDS, CROSS_CUTTING_IDS, EU_OBJECTIVE_IDS, GOAL_IDS, TARGET_IDS } from './types.js';
export type { Area, AreaId, Catalogue, CrossCuttingId, EuObjective, EuObjectiveId, Goal, GoalId, Practice, Source, Target, TargetId } from './types.js';
export { targets, targetById } from './targets.js';
export { areas } from './areas.js';
export { euObjectives } from './eu-objectives.js';
export { goals } from './goals.js';
export { practices } from './practices.js';

/**
 * Everything the plan format refers to by id, in one value: the single source for validation,
 * the wizard's suggestions and the labels in rendered plans. `Catalogue` is typed with mutable
 * arrays, so these are copies of the readonly lists; treat the entries as read-only all the same.
 */
export const catalogue: Catalogue = {
  areas: [...areas],
  goals: [...goals],
  euObjectives: [...euObjectives],
  practices: [...practices],
};

const areaIndex = new Map<AreaId, Area>(areas.map((area) => [area.id, area]));
const goalIndex = new Map<GoalId, Goal>(goals.map((goal) => [goal.id, goal]));
const practiceIndex = new Map<string, Practice>(practices.map((practice) => [practice.id, practice]));

/** The area with this id. Every `AreaId` has an area, so a miss is a bug in the catalogue. */
export function areaById(id: AreaId): Area {
  const area = areaIndex.get(id);
  if (area === undefined) throw new Error(`The catalogue has no area "${id}". This is a bug in roma-plan.`);
  return area;
}

/** The goal with this id. Every `GoalId` has a goal, so a miss is a bug in the catalogue. */
export function goalById(id: GoalId): Goal {
  const goal = goalIndex.get(id);
  if (goal === undefined) throw new Error(`The catalogue has no goal "${id}". This is a bug in roma-plan.`);
  return goal;
}

/** The practice with this id, or `undefined`: practice ids come from user files and may be unknown. */
export function practiceById(id: string): Practice | undefined {
  return practiceIndex.get(id);
}

/** Practices that list this area, in catalogue order, for the wizard's suggestions per area. */
export function practicesForArea(areaId: AreaId): readonly Practice[] {
  return practices.filter((practice) => practice.areas.includes(areaId));
}

/** True when `value` is one of the seven area ids; narrows untyped input such as parsed YAML. */
export function isAreaId(value: unknown): value is AreaId {
  return typeof value === 'string' && (AREA_IDS as readonly string[]).includes(value);
}

/** True when `value` is one of the ten goal ids. */
export function isGoalId(value: unknown): value is GoalId {
  return typeof value === 'string' && (GOAL_IDS as readonly string[]).includes(value);
}

/** True when `value` is one of the seven EU framework objective ids. */
export function isEuObjectiveId(value: unknown): value is EuObjectiveId {
  return typeof value === 'string' && (EU_OBJECTIVE_IDS as readonly string[]).includes(value);
}

export { byKind, countryProfile, countryProfiles, DECISION_FORMS } from './countries/index.js';
export type { CountryProfile, DecisionForm, EntryIntoForce, MunicipalityKind, Sourced } from './countries/index.js';
