import { hasErrors, type Issue } from '../plan/issue.js';
import { schemaForPath, type SchemaNode } from '../plan/schema.js';
import { validatePlan } from '../plan/validate.js';
import { copy, isRecord } from './paths.js';

/**
 * Everything a draft still lacks before it is a valid plan, down to single fields: what the wizard
 * would ask. Without a terminal this is the list the person gets, to put into an answers file. The
 * plan validator finds it: required sections that are absent are first filled with empty ones, so
 * that the validator reports the fields inside them rather than just the section.
 */
export function missingAnswers(draft: unknown): Issue[] {
  const data = isRecord(draft) ? copy(draft) : {};
  data['schemaVersion'] ??= 1;
  expand(data, []);
  const { issues } = validatePlan(data);
  return hasErrors(issues) ? issues.filter((i) => i.severity === 'error') : [];
}

/** Adds an empty object for every required object (and one empty item for every required list). */
function expand(value: Record<string, unknown>, path: (string | number)[]): void {
  const schema = schemaForPath(path);
  const required = Array.isArray(schema?.['required']) ? (schema['required'] as string[]) : [];
  for (const key of required) {
    if (value[key] !== undefined) continue;
    const child = schemaForPath([...path, key]);
    if (child?.['type'] === 'object') value[key] = {};
    else if (child?.['type'] === 'array' && hasMinimum(child) && itemIsObject([...path, key])) value[key] = [{}];
  }
  for (const [key, child] of Object.entries(value)) {
    if (isRecord(child)) expand(child, [...path, key]);
    else if (Array.isArray(child)) child.forEach((item, i) => isRecord(item) && expand(item, [...path, key, i]));
  }
}

const hasMinimum = (node: SchemaNode): boolean => typeof node['minItems'] === 'number' && node['minItems'] > 0;
const itemIsObject = (path: (string | number)[]): boolean => schemaForPath([...path, 0])?.['type'] === 'object';

/** Codes of problems no question of the wizard can fix: the file has to be corrected by hand. */
const UNASKABLE = new Set(['UNKNOWN_FIELD', 'UNKNOWN_AREA', 'NOT_A_PLAN', 'WRONG_SCHEMA_VERSION']);

/**
 * The problems of a partial plan that the wizard cannot ask about: unknown fields, a goal id that is
 * not one of the ten as a key of `goals`, or a whole section of the wrong type (`municipality: Pécs`).
 * Answers with such problems are refused up front rather than silently dropped.
 */
export function unanswerable(draft: unknown): Issue[] {
  if (draft === undefined || draft === null) return [];
  return validatePlan(isRecord(draft) ? { schemaVersion: 1, ...draft } : draft).issues.filter(
    (i) =>
      i.severity === 'error' &&
      (UNASKABLE.has(i.code) ||
        (i.code === 'UNKNOWN_GOAL' && /^goals\.[^.[]+$/.test(i.path)) ||
        (i.code === 'WRONG_TYPE' && ['object', 'array'].includes(String(schemaForPath(parsePath(i.path))?.['type'])))),
  );
}

/** `areas.health.objectives[0]` -> ['areas', 'health', 'objectives', 0] (plan keys never contain dots). */
function parsePath(path: string): (string | number)[] {
  if (path === '') return [];
  return path.split('.').flatMap((part) => part.split(/\[(\d+)\]/).filter((p) => p !== '').map((p) => (/^\d+$/.test(p) ? Number(p) : p)));
}
