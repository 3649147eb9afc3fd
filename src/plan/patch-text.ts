import { isDeepStrictEqual } from 'node:util';
import { parseDocument } from 'yaml';
import { applyOverridesToText } from './override-text.js';
import type { Override } from './overrides.js';
import { parsePlanText } from './parse.js';

type Segments = (string | number)[];

/**
 * The plan file's text changed to hold `after`, touching only what changed: a changed value is
 * edited in place (comments, wrapping and layout stay exactly as they were), an added or removed
 * field or list item goes through the YAML document, which keeps comments and key order. Undefined
 * when the text cannot be patched so that it reads back as `after` (the caller then writes the
 * plan afresh).
 */
export function patchPlanText(text: string, after: unknown): string | undefined {
  const parsed = parsePlanText(text);
  if (!parsed.ok) return undefined;
  const sets: Override[] = [];
  const deletes: Segments[] = [];
  changes(parsed.parsed.data, after, [], sets, deletes);
  if (sets.length === 0 && deletes.length === 0) return text;
  let out = applyOverridesToText(text, sets);
  if (out.issues.length > 0) return undefined;
  if (deletes.length > 0) {
    const doc = parseDocument(out.text);
    // Deepest and last first, so that list positions still point at the right items.
    for (const path of deletes.reverse()) doc.deleteIn(path);
    out = { text: doc.toString({ lineWidth: 0 }), issues: [] };
  }
  const back = parsePlanText(out.text);
  return back.ok && isDeepStrictEqual(back.parsed.data, after) ? out.text : undefined;
}

const isMapping = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The edits that turn `before` into `after`: values to set (a whole list when its length changed) and fields to remove. */
function changes(before: unknown, after: unknown, path: Segments, sets: Override[], deletes: Segments[]): void {
  if (isMapping(before) && isMapping(after)) {
    for (const key of Object.keys(after)) {
      if (!(key in before)) sets.push(set([...path, key], after[key]));
      else changes(before[key], after[key], [...path, key], sets, deletes);
    }
    for (const key of Object.keys(before)) if (!(key in after)) deletes.push([...path, key]);
    return;
  }
  if (Array.isArray(before) && Array.isArray(after) && before.length === after.length) {
    after.forEach((item, i) => changes(before[i], item, [...path, i], sets, deletes));
    return;
  }
  if (!isDeepStrictEqual(before, after)) sets.push(set(path, after));
}

const set = (segments: Segments, value: unknown): Override => ({ segments, value, source: segments.join('.') });
