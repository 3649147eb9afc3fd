import { readFileSync } from 'node:fs';
import { packagePath } from '../io/package-paths.js';

export type SchemaNode = Record<string, unknown>;

let cached: SchemaNode | undefined;

/** The published plan schema (schemas/plan.schema.json), read once. */
export function planSchema(): SchemaNode {
  cached ??= JSON.parse(readFileSync(packagePath('schemas', 'plan.schema.json'), 'utf8')) as SchemaNode;
  return cached;
}

/** The schema node at a JSON pointer such as `#/$defs/measure/properties/goals`. */
export function schemaAt(pointer: string, root: SchemaNode = planSchema()): SchemaNode | undefined {
  let node: unknown = root;
  for (const raw of pointer.replace(/^#\/?/, '').split('/')) {
    if (raw === '') continue;
    const seg = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as SchemaNode)[seg];
  }
  return node !== null && typeof node === 'object' ? (node as SchemaNode) : undefined;
}

/** Follows a `$ref` (local refs only, which is all this schema uses). */
export function deref(node: SchemaNode | undefined, root: SchemaNode = planSchema()): SchemaNode | undefined {
  const ref = node?.['$ref'];
  return typeof ref === 'string' ? schemaAt(ref, root) : node;
}

/**
 * The schema that applies to the value at `segments` in a plan, or in another document of the
 * project when `root` is its schema (these schemas have no combinators).
 */
export function schemaForPath(segments: readonly (string | number)[], root: SchemaNode = planSchema()): SchemaNode | undefined {
  let node = deref(root, root);
  for (const seg of segments) {
    if (!node) return undefined;
    const props = node['properties'] as Record<string, SchemaNode> | undefined;
    if (typeof seg === 'string' && props?.[seg]) node = deref(props[seg], root);
    else if (typeof seg === 'number' && node['items']) node = deref(node['items'] as SchemaNode, root);
    else return undefined;
  }
  return node;
}
