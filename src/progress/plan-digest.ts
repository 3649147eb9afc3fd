import { createHash } from 'node:crypto';

/**
 * The digest a progress file records of its plan: SHA-256 of the plan's data with keys sorted,
 * so that comments, quoting and key order do not count as a change, and any changed value does.
 */
export function planDigest(planData: unknown): string {
  return `sha256:${createHash('sha256').update(canonicalJson(planData)).digest('hex')}`;
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
