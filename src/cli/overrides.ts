import { applyOverrides, parseOverride } from '../plan/overrides.js';
import type { LoadOptions } from '../plan/load.js';

/** Turns repeated `--set path=value` options into a load transform (throws a UsageError on bad syntax). */
export function overridesFromCli(sets: readonly string[] | undefined): LoadOptions['transform'] {
  if (!sets || sets.length === 0) return undefined;
  const overrides = sets.map(parseOverride);
  return (data) => applyOverrides(data, overrides);
}
