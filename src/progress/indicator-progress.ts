/**
 * How far an indicator has come: (value − baseline) / (target − baseline), the share of the planned
 * change achieved (1 = target reached; negative = moved the wrong way). Undefined when the plan
 * sets no change (target equals baseline).
 */
export function indicatorProgress(baseline: number, target: number, value: number): number | undefined {
  return target === baseline ? undefined : (value - baseline) / (target - baseline);
}

/** At or above this share of the expected progress an indicator is on track. */
export const ON_TRACK_FROM = 0.9;
/** From this share up to ON_TRACK_FROM it is at risk; below, off track. */
export const AT_RISK_FROM = 0.6;
/** A measure reported completed with an indicator below this progress is far from its target. */
export const COMPLETED_FAR_BELOW = 0.75;

export type IndicatorRating = 'on-track' | 'at-risk' | 'off-track';

/**
 * The traffic light of an indicator in a reporting year: its progress compared with the progress
 * expected by then, which grows evenly from the baseline year to the target year (the plan's last
 * year when none is given). A target already due is expected in full.
 */
export function rateIndicator(progress: number, expected: number): IndicatorRating {
  const ratio = expected <= 0 ? (progress >= 0 ? 1 : 0) : progress / expected;
  return ratio >= ON_TRACK_FROM ? 'on-track' : ratio >= AT_RISK_FROM ? 'at-risk' : 'off-track';
}

/** The progress expected at the end of `year`: linear from the baseline year to the target year. */
export function expectedProgress(year: number, startYear: number, targetYear: number): number {
  if (year >= targetYear) return 1;
  if (year < startYear) return 0;
  return (year - startYear + 1) / (targetYear - startYear + 1);
}
