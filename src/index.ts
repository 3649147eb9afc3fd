/**
 * The roma-plan library: the same core the CLI uses, for scripts and other tools.
 *
 *   import { loadPlan, validatePlan, catalogue } from 'roma-plan';
 */
export { catalogue, areaById, goalById, practiceById, practicesForArea } from './catalogue/index.js';
export type { Area, Goal, EuObjective, Practice, Catalogue, AreaId, GoalId, EuObjectiveId } from './catalogue/index.js';
export { AREA_IDS, GOAL_IDS, EU_OBJECTIVE_IDS } from './catalogue/index.js';
export { loadPlan, loadPlanText, loadPlanBytes } from './plan/load.js';
export type { LoadedPlan, LoadOptions } from './plan/load.js';
export { validatePlan } from './plan/validate.js';
export type { ValidationResult } from './plan/validate.js';
export { parsePlanText } from './plan/parse.js';
export { rules } from './plan/rules/index.js';
export type { Rule } from './plan/rules/index.js';
export { applyOverrides, parseOverride } from './plan/overrides.js';
export type { Issue } from './plan/issue.js';
export type * from './plan/types.js';
export { RomaPlanError, UsageError, FileExistsError } from './errors.js';
export { writeFileAtomic } from './io/write-atomic.js';
