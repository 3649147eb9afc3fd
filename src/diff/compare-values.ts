import type { FieldChange, PlanValue } from './types.js';

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Deep equality of two plan values; key order in mappings does not matter. */
export function sameValue(a: PlanValue, b: PlanValue): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => sameValue(v, b[i]));
  if (isObject(a) && isObject(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((k) => sameValue(a[k], b[k]));
  }
  return false;
}

export interface CompareOptions {
  /** Paths compared as one value even when they hold lists of mappings (e.g. 'cost.sources'). */
  whole?: ReadonlySet<string>;
  /** Paths left out (compared elsewhere), e.g. 'indicators'. A path ending in '*' matches any list index. */
  skip?: (path: string) => boolean;
}

/**
 * The fields that differ between two values, as dotted paths with list indexes
 * (`participation[1].summary`). Lists of plain values compare as a whole, so that a partner added
 * reads as one change of the partner list, not as a shifted index.
 */
export function compareValues(before: PlanValue, after: PlanValue, options: CompareOptions = {}, path = ''): FieldChange[] {
  if (path !== '' && options.skip?.(path)) return [];
  if (sameValue(before, after)) return [];
  const whole = path !== '' && options.whole?.has(path);
  if (!whole && isObject(before) && isObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    return keys.flatMap((k) => compareValues(before[k], after[k], options, path === '' ? k : `${path}.${k}`));
  }
  const listOfMappings = (v: unknown) => Array.isArray(v) && v.some(isObject);
  if (!whole && Array.isArray(before) && Array.isArray(after) && (listOfMappings(before) || listOfMappings(after))) {
    const length = Math.max(before.length, after.length);
    return Array.from({ length }, (_, i) => compareValues(before[i], after[i], options, `${path}[${i}]`)).flat();
  }
  return [{ field: path, before, after }];
}
