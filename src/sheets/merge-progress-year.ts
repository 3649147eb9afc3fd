import type { MeasureProgress, Progress } from '../progress/types.js';

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
  const years = [...(existing?.years ?? []).filter((y) => y.year !== year), entry].sort((a, b) => a.year - b.year);
  return { schemaVersion: 1, plan: { ...(existing?.plan ?? {}), file: planFile, ...(version !== undefined ? { version } : {}), digest }, years };
}
