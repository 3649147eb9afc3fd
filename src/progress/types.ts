// The progress file's TypeScript types are generated from schemas/progress.schema.json; this file
// only gives them the names the rest of the code uses.
export type {
  ProgressReportOnALocalRomaInclusionActionPlan as Progress,
  Year as ProgressYear,
  Measure as MeasureProgress,
  Spending,
  IndicatorValue,
  Community as CommunityAssessment,
  Status as MeasureStatus,
} from './types.generated.js';

/** The statuses in the order reports list them. */
export const MEASURE_STATUSES = ['not-started', 'on-track', 'delayed', 'completed', 'cancelled'] as const;
