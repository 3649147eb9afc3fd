import type { ErrorObject } from 'ajv';
import { validatePlanSchema } from './schema-validator.generated.js';
import { formatPath, type Issue, type PathSegments } from './issue.js';
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
  const seen = new Set<string>();
  const issues: Issue[] = [];
  for (const e of errors) {
    if (e.keyword !== 'type' && typeErrorAt.has(e.instancePath)) continue;
    const segments = pointerToSegments(e.instancePath);
    const issue = translate(e, segments, valueAt(data, segments), schemaFor);
    const key = `${issue.code}|${issue.path}|${issue.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const keyOf = e.keyword === 'additionalProperties' ? String(e.params['additionalProperty']) : undefined;
    const where = locate?.(segments, keyOf);
    issues.push(where ? { ...issue, line: where.line, column: where.column } : issue);
  }
  return issues;
}

function translate(e: ErrorObject, segments: PathSegments, value: unknown, schemaFor: (segments: PathSegments) => SchemaNode | undefined): Issue {
  const path = formatPath(segments);
  const here = schemaFor(segments);
  const parentKey = segments.at(-1);
  const grandKey = segments.at(-2);
  const error = (code: string, message: string, hint?: string): Issue => ({ severity: 'error', code, path, message, ...(hint ? { hint } : {}) });
  switch (e.keyword) {
    case 'additionalProperties': {
      const field = String(e.params['additionalProperty']);
      const allowed = Object.keys((here?.['properties'] as SchemaNode | undefined) ?? {});
      const guess = didYouMean(field, allowed);
      const fieldPath = formatPath([...segments, field]);
      const code = path === 'areas' ? 'UNKNOWN_AREA' : path === 'goals' ? 'UNKNOWN_GOAL' : 'UNKNOWN_FIELD';
      const what = code === 'UNKNOWN_AREA' ? 'priority area' : code === 'UNKNOWN_GOAL' ? 'policy goal' : 'field';
      return {
        severity: 'error',
        code,
        path: fieldPath,
        message: `unknown ${what} \`${field}\`${guess ? `: did you mean \`${guess}\`?` : ''}`,
        hint: guess ? `Rename it to \`${guess}\`.` : `Remove it. Allowed here: ${allowed.join(', ')}.`,
      };
    }
    case 'required': {
      const field = String(e.params['missingProperty']);
      const description = describe((here?.['properties'] as Record<string, SchemaNode> | undefined)?.[field]);
      return { ...error('MISSING_FIELD', `missing required field \`${field}\``, `Add \`${field}:\`${description ? ` (${description})` : ''}.`), path: formatPath([...segments, field]) };
    }
    case 'type': {
      const expected = String(e.params['type']).split(',').map(typeName).join(' or ');
      const got = actualType(value);
      const hint =
        typeof value === 'string' && /^[\d\s.,_']+$/.test(value.trim())
          ? `Write the number without quotes, spaces or thousands separators, e.g. ${value.replace(/[\s,_']/g, '')}.`
          : describe(here);
      return error('WRONG_TYPE', `expected ${expected}, found ${got}`, hint);
    }
    case 'enum': {
      const allowed = (e.params['allowedValues'] as unknown[]).map(String);
      const shown = JSON.stringify(value);
      const guess = typeof value === 'string' ? didYouMean(value, allowed) : undefined;
      const mean = guess ? `; did you mean \`${guess}\`?` : '';
      const list = allowed.length <= 12 ? ` Allowed: ${allowed.join(', ')}.` : '';
      if (grandKey === 'goals' || (typeof parentKey === 'number' && grandKey === 'goals')) {
        return error('UNKNOWN_GOAL', `${shown} is not a policy goal${mean}`, `Use a goal id (see \`roma-plan catalogue goals\`).${list}`);
      }
      if (grandKey === 'euObjectives') return error('UNKNOWN_EU_OBJECTIVE', `${shown} is not an EU framework objective${mean}`, `Allowed: ${allowed.join(', ')}.`);
      if (parentKey === 'practice') return error('UNKNOWN_PRACTICE', `${shown} is not a practice of the catalogue${mean}`, 'Use a practice id from `roma-plan catalogue practices`, or remove `practice:` for your own measure.');
      if (parentKey === 'country') return error('UNKNOWN_COUNTRY', `${shown} is not an ISO 3166-1 alpha-2 country code${mean}`, 'Use two capital letters, e.g. HU, RO, RS, MK, BG, CZ, SK (XK for Kosovo).');
      if (parentKey === 'currency') return error('UNKNOWN_CURRENCY', `${shown} is not an ISO 4217 currency code${mean}`, 'Use three capital letters, e.g. EUR, HUF, RON, RSD, MKD, BGN, CZK.');
      return error('INVALID_VALUE', `${shown} is not allowed here${mean}`, list.trim() || describe(here));
    }
    case 'const':
      return error('WRONG_SCHEMA_VERSION', `schemaVersion must be 1, found ${JSON.stringify(value)}`, 'This version of roma-plan reads format version 1; write `schemaVersion: 1`.');
    case 'format':
      return error('INVALID_DATE', `${JSON.stringify(value)} is not a valid date`, 'Write a real calendar date as YYYY-MM-DD, in quotes, e.g. "2026-03-26".');
    case 'pattern':
    case 'minLength': {
      if (typeof value === 'string' && value.trim() === '') return error('EMPTY_TEXT', 'the text is empty', describe(here) ?? 'Write something here or remove the field.');
      if (parentKey === 'language') return error('INVALID_LANGUAGE', `${JSON.stringify(value)} is not a BCP 47 language tag`, 'Use a tag such as en, hu, ro, sr-Latn, sr-Cyrl, mk or bg.');
      if (parentKey === 'id') return error('INVALID_ID', `${JSON.stringify(value)} is not a valid id`, 'Use lower-case letters, digits and single hyphens, e.g. edu-1-2.');
      if (parentKey === 'start' || parentKey === 'end') return error('INVALID_FORMAT', `${JSON.stringify(value)} is not a year or a quarter`, 'Write a year (2027) or a quarter (2027-Q3).');
      return error('INVALID_FORMAT', `${JSON.stringify(value)} has the wrong form`, describe(here));
    }
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum': {
      const limit = e.params['limit'] as number;
      const cmp = String(e.params['comparison']);
      return error('OUT_OF_RANGE', `${JSON.stringify(value)} must be ${cmp} ${limit}`, describe(here));
    }
    case 'minItems':
      return error('TOO_FEW', `needs at least ${String(e.params['limit'])} item${e.params['limit'] === 1 ? '' : 's'}`, describe(here));
    case 'uniqueItems':
      return error('DUPLICATE_ITEM', `lists the same value twice (items ${String(e.params['j'])} and ${String(e.params['i'])})`, 'Remove the repeated entry.');
    default:
      return error('SCHEMA', e.message ?? e.keyword, describe(here));
  }
}

function describe(node: SchemaNode | undefined): string | undefined {
  const d = node?.['description'];
  return typeof d === 'string' ? d.replace(/\.$/, '') + '.' : undefined;
}

function typeName(t: string): string {
  return ({ integer: 'a whole number', number: 'a number', string: 'text', boolean: 'true or false', object: 'a mapping (key: value lines)', array: 'a list (- items)', null: 'nothing' } as Record<string, string>)[t] ?? t;
}

function actualType(v: unknown): string {
  if (v === null || v === undefined) return 'nothing';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  if (typeof v === 'string') return `text ${JSON.stringify(v.length > 40 ? v.slice(0, 37) + '...' : v)}`;
  if (typeof v === 'number') return Number.isInteger(v) ? `the number ${v}` : `the number ${v}`;
  return String(v);
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
