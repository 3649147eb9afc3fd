import type { ErrorObject } from 'ajv';
import { validatePlanSchema } from './schema-validator.generated.js';
import { formatPath, type Issue, type IssueParams, type PathSegments } from './issue.js';
import { localizeIssue } from './issue-text.js';
import type { Locator } from './parse.js';
import { schemaForPath, type SchemaNode } from './schema.js';
import { didYouMean } from './did-you-mean.js';

export type AjvValidate = ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };

/**
 * Checks data against schemas/plan.schema.json and translates ajv's errors into plain-language issues:
 * one issue per problem, pointing at the offending value, with a hint taken from the schema's own
 * descriptions.
 */
export function checkSchema(data: unknown, locate?: Locator): Issue[] {
  return checkSchemaWith(validatePlanSchema as AjvValidate, schemaForPath, data, locate);
}

/**
 * The same translation for another schema of the project (the progress file): its compiled
 * validator and the lookup of its schema nodes, for the hints.
 */
export function checkSchemaWith(validate: AjvValidate, schemaFor: (segments: PathSegments) => SchemaNode | undefined, data: unknown, locate?: Locator): Issue[] {
  if (validate(data)) return [];
  const errors = validate.errors ?? [];
  const typeErrorAt = new Set(errors.filter((e) => e.keyword === 'type').map((e) => e.instancePath));
  // A misspelt field is one mistake: "unknown `municipalty`, did you mean `municipality`?" says it
  // all, so the required field it was meant to be is not reported missing as well.
  const misspelt = new Set<string>();
  for (const e of errors) {
    if (e.keyword !== 'additionalProperties') continue;
    const allowed = Object.keys((schemaFor(pointerToSegments(e.instancePath))?.['properties'] as SchemaNode | undefined) ?? {});
    const guess = didYouMean(String(e.params['additionalProperty']), allowed);
    if (guess !== undefined) misspelt.add(`${e.instancePath}/${guess}`);
  }
  const seen = new Set<string>();
  const issues: Issue[] = [];
  for (const e of errors) {
    if (e.keyword !== 'type' && typeErrorAt.has(e.instancePath)) continue;
    if (e.keyword === 'required' && misspelt.has(`${e.instancePath}/${String(e.params['missingProperty'])}`)) continue;
    const segments = pointerToSegments(e.instancePath);
    const found = translate(e, segments, valueAt(data, segments), schemaFor);
    const key = `${found.code}|${found.path}|${JSON.stringify(found.params)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const keyOf = e.keyword === 'additionalProperties' ? String(e.params['additionalProperty']) : undefined;
    const where = locate?.(segments, keyOf);
    const issue: Issue = { severity: 'error', ...found, ...(where ? { line: where.line, column: where.column } : {}), message: '' };
    issues.push(localizeIssue(issue));
  }
  return issues;
}

type Found = { code: string; path: string; params: IssueParams };

function translate(e: ErrorObject, segments: PathSegments, value: unknown, schemaFor: (segments: PathSegments) => SchemaNode | undefined): Found {
  const path = formatPath(segments);
  const here = schemaFor(segments);
  const parentKey = segments.at(-1);
  const grandKey = segments.at(-2);
  const field = fieldId(segments);
  const description = describe(here) ?? 'none';
  const found = (code: string, params: IssueParams): Found => ({ code, path, params });
  switch (e.keyword) {
    case 'additionalProperties': {
      const key = String(e.params['additionalProperty']);
      const allowed = Object.keys((here?.['properties'] as SchemaNode | undefined) ?? {});
      const guess = didYouMean(key, allowed);
      const code = path === 'areas' ? 'UNKNOWN_AREA' : path === 'goals' ? 'UNKNOWN_GOAL' : 'UNKNOWN_FIELD';
      const tail = code === 'UNKNOWN_FIELD' ? commaTail(value, key) : undefined;
      const params = tail
        ? { kind: 'commaTail', key, guess: '', allowed: allowed.join(', '), quoted: tail }
        : { kind: guess ? 'guess' : 'other', key, guess: guess ?? '', allowed: allowed.join(', '), quoted: '' };
      return { code, path: formatPath([...segments, key]), params };
    }
    case 'required': {
      const key = String(e.params['missingProperty']);
      const node = (here?.['properties'] as Record<string, SchemaNode> | undefined)?.[key];
      return { code: 'MISSING_FIELD', path: formatPath([...segments, key]), params: { field: fieldId([...segments, key]), key, description: describe(node) ?? 'none' } };
    }
    case 'type': {
      const expected = String(e.params['type']).split(',')[0]!;
      const digits = typeof value === 'string' && /^[\d\s.,_']+$/.test(value.trim());
      return found('WRONG_TYPE', { field, expected, found: kindOf(value), value: shownValue(value), kind: digits ? 'digits' : 'other', plain: digits ? plainNumber(value) : '', description });
    }
    case 'enum': {
      const allowed = (e.params['allowedValues'] as unknown[]).map(String);
      const guess = typeof value === 'string' ? didYouMean(value, allowed) : undefined;
      const shown = shownValue(value);
      const params = { field, value: shown, key: shown, guess: guess ?? '', kind: guess ? 'guess' : 'other', allowed: allowed.length <= 12 ? allowed.join(', ') : 'none' };
      if (grandKey === 'goals' || (typeof parentKey === 'number' && grandKey === 'goals')) return found('UNKNOWN_GOAL', params);
      if (grandKey === 'euObjectives') return found('UNKNOWN_EU_OBJECTIVE', { ...params, allowed: allowed.join(', ') });
      if (parentKey === 'practice') return found('UNKNOWN_PRACTICE', params);
      if (parentKey === 'country') return found('UNKNOWN_COUNTRY', params);
      if (parentKey === 'currency') return found('UNKNOWN_CURRENCY', params);
      return found('INVALID_VALUE', params);
    }
    case 'const':
      return found('WRONG_SCHEMA_VERSION', { value: shownValue(value) });
    case 'format':
      return found('INVALID_DATE', { field, value: shownValue(value) });
    case 'pattern':
    case 'minLength': {
      if (typeof value === 'string' && value.trim() === '') return found('EMPTY_TEXT', { field });
      if (parentKey === 'language') return found('INVALID_LANGUAGE', { value: shownValue(value) });
      if (parentKey === 'id') return found('INVALID_ID', { value: shownValue(value) });
      return found('INVALID_FORMAT', { field, value: shownValue(value), kind: parentKey === 'start' || parentKey === 'end' ? 'yearOrQuarter' : 'other', description });
    }
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum': {
      const comparison = ({ minimum: 'min', maximum: 'max', exclusiveMinimum: 'exclusiveMin', exclusiveMaximum: 'exclusiveMax' } as Record<string, string>)[e.keyword]!;
      return found('OUT_OF_RANGE', { field, value: typeof value === 'number' ? value : 0, comparison, limit: e.params['limit'] as number });
    }
    case 'minItems':
      return found('TOO_FEW', { field, limit: Number(e.params['limit']) });
    case 'uniqueItems':
      return found('DUPLICATE_ITEM', { field, first: Number(e.params['j']) + 1, second: Number(e.params['i']) + 1 });
    default:
      return found('SCHEMA', { field, detail: e.message ?? e.keyword });
  }
}

/**
 * The label id of the field at `segments`, for the message catalogue (`field.<id>`): the last two
 * field names (`population.total`), without list indexes; an area or goal is named by its id.
 */
export function fieldId(segments: PathSegments): string {
  const names = segments.filter((s): s is string => typeof s === 'string');
  if ((names[0] === 'areas' || names[0] === 'goals') && names.length === 2) return `${names[0] === 'areas' ? 'area' : 'goal'}:${names[1]}`;
  const plain = names.filter((_, i) => !(i === 1 && (names[0] === 'areas' || names[0] === 'goals')));
  return plain.slice(-2).join('.');
}

/**
 * Inside `{ }` a comma ends a plain text, so `{ statement: Services in the settlement, through
 * mediators. }` reads as a field `through mediators.` with no value. Such a "field" has spaces
 * (no real field has) and no value; the text before it is the value of the field just before.
 * Returns the quoted form to write instead, or undefined when it is not such a tail.
 */
function commaTail(parent: unknown, key: string): string | undefined {
  if (parent === null || typeof parent !== 'object' || Array.isArray(parent)) return undefined;
  // Cheap tests first: a mapping with thousands of unknown keys must not cost thousands of scans.
  if ((parent as Record<string, unknown>)[key] !== null || !/\s/.test(key.trim())) return undefined;
  let keys = keyOrder.get(parent);
  if (!keys) keyOrder.set(parent, (keys = Object.keys(parent)));
  const at = keys.indexOf(key);
  if (at <= 0) return undefined;
  const prevKey = keys[at - 1]!;
  const prevValue = (parent as Record<string, unknown>)[prevKey];
  if (typeof prevValue !== 'string') return undefined;
  return `${prevKey}: "${`${prevValue}, ${key}`.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** "22 000" -> "22000", "12.000.000" (dots grouping thousands) -> "12000000"; a decimal point stays. */
function plainNumber(text: string): string {
  const compact = text.trim().replace(/[\s,_']/g, '');
  return /^\d{1,3}(\.\d{3})+$/.test(compact) ? compact.replace(/\./g, '') : compact;
}

/** The keys of a mapping in order, listed once per mapping (see commaTail). */
const keyOrder = new WeakMap<object, string[]>();

/** A value as a message quotes it: short, whatever its size (a mapping of 80,000 keys is not spelt out). */
function shownValue(v: unknown): string {
  if (typeof v === 'string') return v.length > 40 ? `${v.slice(0, 37)}...` : v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v) && v.length > 10) return `[${v.length} items]`;
  if (v !== null && typeof v === 'object' && Object.keys(v).length > 10) return `{${Object.keys(v).length} entries}`;
  const json = JSON.stringify(v) ?? '';
  return json.length > 60 ? `${json.slice(0, 57)}...` : json;
}

function kindOf(v: unknown): string {
  if (v === null || v === undefined) return 'nothing';
  if (Array.isArray(v)) return 'list';
  if (typeof v === 'object') return 'mapping';
  if (typeof v === 'string') return 'text';
  if (typeof v === 'number') return 'number';
  if (typeof v === 'boolean') return 'boolean';
  return 'nothing';
}

function describe(node: SchemaNode | undefined): string | undefined {
  const d = node?.['description'];
  return typeof d === 'string' ? d.replace(/\.$/, '') + '.' : undefined;
}

function pointerToSegments(pointer: string): (string | number)[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

function valueAt(data: unknown, segments: PathSegments): unknown {
  let v: unknown = data;
  for (const s of segments) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string | number, unknown>)[s];
  }
  return v;
}
