import type { PathSegments } from '../plan/issue.js';

export type { PathSegments } from '../plan/issue.js';

export const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The value at `path`, or undefined when any step is missing. */
export function getAt(root: unknown, path: PathSegments): unknown {
  let v: unknown = root;
  for (const seg of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string | number, unknown>)[seg];
  }
  return v;
}

/**
 * Sets the value at `path`, creating the objects and lists on the way (a number segment makes a
 * list). `undefined` removes the key, so that a skipped optional answer leaves no trace in the file.
 */
export function setAt(root: Record<string, unknown>, path: PathSegments, value: unknown): void {
  if (path.length === 0) throw new Error('setAt needs a non-empty path');
  let node: Record<string | number, unknown> = root;
  for (const [i, seg] of path.slice(0, -1).entries()) {
    let next = node[seg];
    if (next === null || typeof next !== 'object') {
      next = typeof path[i + 1] === 'number' ? [] : {};
      node[seg] = next;
    }
    node = next as Record<string | number, unknown>;
  }
  const last = path[path.length - 1]!;
  if (value === undefined && !Array.isArray(node)) delete node[last];
  else node[last] = value;
}

/** A deep copy of plain data (what YAML and JSON produce). */
export const copy = <T>(v: T): T => structuredClone(v);
