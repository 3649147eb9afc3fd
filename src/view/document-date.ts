import { UsageError } from '../errors.js';
import type { Plan } from '../plan/types.js';

/** True for a real calendar date written YYYY-MM-DD (2026-02-30 is not one). */
export function isIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/**
 * The date a rendered document carries. It never comes from the clock, so the same plan renders to
 * the same bytes: an explicit date (the caller's `--date`, or SOURCE_DATE_EPOCH read by the CLI)
 * wins, then the adoption date, then the latest consultation, then 1 January of the first year.
 */
export function documentDate(plan: Plan, explicit?: string): string {
  if (explicit !== undefined) {
    if (!isIsoDate(explicit)) throw new UsageError(`"${explicit}" is not a date`, 'Write the date as YYYY-MM-DD, e.g. 2026-03-26.');
    return explicit;
  }
  const adopted = plan.plan.adoption?.date;
  if (adopted && isIsoDate(adopted)) return adopted;
  const consultations = plan.participation.map((p) => p.date).filter(isIsoDate).sort();
  const latest = consultations[consultations.length - 1];
  return latest ?? `${plan.plan.period.from}-01-01`;
}

/** SOURCE_DATE_EPOCH (seconds since 1970, reproducible-builds.org) as a UTC date. */
export function dateFromEpoch(epoch: string): string {
  if (!/^\d+$/.test(epoch.trim())) {
    throw new UsageError(`SOURCE_DATE_EPOCH="${epoch}" is not a number of seconds`, 'Set it to a Unix timestamp such as 1767225600, or unset it.');
  }
  const date = new Date(Number(epoch.trim()) * 1000);
  if (Number.isNaN(date.getTime())) throw new UsageError(`SOURCE_DATE_EPOCH="${epoch}" is out of range`, 'Set it to a Unix timestamp such as 1767225600, or unset it.');
  return date.toISOString().slice(0, 10);
}
