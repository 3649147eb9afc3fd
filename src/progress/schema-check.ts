import { readFileSync } from 'node:fs';
import { packagePath } from '../io/package-paths.js';
import type { Issue, PathSegments } from '../plan/issue.js';
import type { Locator } from '../plan/parse.js';
import { checkSchemaWith, type AjvValidate } from '../plan/schema-check.js';
import { schemaForPath, type SchemaNode } from '../plan/schema.js';
import { validateProgressSchema } from './schema-validator.generated.js';

let cached: SchemaNode | undefined;

/** The published progress schema (schemas/progress.schema.json), read once, for the hints. */
export function progressSchema(): SchemaNode {
  cached ??= JSON.parse(readFileSync(packagePath('schemas', 'progress.schema.json'), 'utf8')) as SchemaNode;
  return cached;
}

/** Checks data against schemas/progress.schema.json, with the same plain-language issues as the plan's check. */
export function checkProgressSchema(data: unknown, locate?: Locator): Issue[] {
  return checkSchemaWith(validateProgressSchema as AjvValidate, (segments: PathSegments) => schemaForPath(segments, progressSchema()), data, locate);
}
