import type { MeasureProgress, Progress, ProgressYear } from '../progress/types.js';

/** What a progress file records about its plan when it is written: path, version and digest. */
export interface PlanReference {
  file: string;
  version?: string | undefined;
  digest: string;
}

/**
 * The progress file with one year's entry put in place: a new file, or the existing one with that
 * year added or replaced as a whole. Other years stay as they were, in year order; the plan's
 * reference is brought up to date (whatever else the file said about its plan is kept).
 */
export function withProgressYear(existing: Progress | undefined, plan: PlanReference, entry: ProgressYear): Progress {
  const years = [...(existing?.years ?? []).filter((y) => y.year !== entry.year), entry].sort((a, b) => a.year - b.year);
  return { schemaVersion: 1, plan: { ...(existing?.plan ?? {}), file: plan.file, ...(plan.version !== undefined ? { version: plan.version } : {}), digest: plan.digest }, years };
}

/**
 * The progress file with this year's measures: a new file, or the existing one (with --force) with
 * the year's collected measures replaced. Nothing recorded is lost on the way: other years, the
 * year's own fields, the entries of measures no workbook reported, and the community's own
 * assessments (which are not in the sheets) stay as they were.
 */
export function mergeProgressYear(existing: Progress | undefined, version: string | undefined, digest: string, planFile: string, year: number, measures: MeasureProgress[]): Progress {
  const before = existing?.years.find((y) => y.year === year);
  const community = new Map((before?.measures ?? []).filter((m) => m.community).map((m) => [m.measure, m.community!]));
  const collected = new Set(measures.map((m) => m.measure));
  const kept = (before?.measures ?? []).filter((m) => !collected.has(m.measure));
  const entry = { ...(before ?? {}), year, measures: [...measures.map((m) => (community.has(m.measure) ? { ...m, community: community.get(m.measure)! } : m)), ...kept] };
  return withProgressYear(existing, { file: planFile, version, digest }, entry);
}
