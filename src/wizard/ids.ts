import type { AreaId } from '../catalogue/types.js';
import { isRecord } from './paths.js';

/** Short area prefixes for the ids the wizard gives objectives and measures (par-1, par-1-2). */
const PREFIX: Readonly<Record<AreaId, string>> = {
  participation: 'par',
  employment: 'emp',
  health: 'hea',
  culture: 'cul',
  education: 'edu',
  'birth-registration': 'reg',
  'living-conditions': 'liv',
};

/**
 * An id for a new objective or measure, unique in the plan: `<base>-<n>` with the smallest free n
 * from `from` on. Progress reports refer to measures by id, so the wizard gives every new one an id;
 * ids never change afterwards, even when items before them are removed.
 */
export function nextId(plan: unknown, base: string, from: number): string {
  const used = usedIds(plan);
  let n = Math.max(1, from);
  while (used.has(`${base}-${n}`)) n += 1;
  return `${base}-${n}`;
}

export const areaPrefix = (area: AreaId): string => PREFIX[area];

function usedIds(plan: unknown): Set<string> {
  const used = new Set<string>();
  const areas = isRecord(plan) ? plan['areas'] : undefined;
  if (!isRecord(areas)) return used;
  for (const area of Object.values(areas)) {
    const objectives = isRecord(area) && Array.isArray(area['objectives']) ? (area['objectives'] as unknown[]) : [];
    for (const o of objectives.filter(isRecord)) {
      if (typeof o['id'] === 'string') used.add(o['id']);
      const measures = Array.isArray(o['measures']) ? (o['measures'] as unknown[]) : [];
      for (const m of measures.filter(isRecord)) if (typeof m['id'] === 'string') used.add(m['id']);
    }
  }
  return used;
}
