// The plan's TypeScript types are generated from schemas/plan.schema.json; this file only gives them
// the names the rest of the code uses.
export type {
  LocalRomaInclusionActionPlan as Plan,
  Area as PlanArea,
  Goal as PlanGoal,
  Objective,
  Measure,
  Indicator,
  Settlement,
  Consultation,
  YearOrQuarter,
  Level,
  Risk,
} from './types.generated.js';
