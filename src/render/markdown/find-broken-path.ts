/**
 * Finds the template expression behind a "Cannot read properties of undefined" error. Handlebars'
 * strict mode checks `{{a.b}}` but not helper arguments such as `{{md meta.perod.text}}`, where a
 * misspelt middle name surfaces as a bare TypeError without a position. The culprit is the first
 * path whose non-final name is not a field anywhere in the document data.
 */
export function findBrokenPath(ast: hbs.AST.Program, data: unknown): { line: number; column: number; path: string; name: string } | undefined {
  const keys = new Set<string>();
  collectKeys(data, keys, new Set());
  let found: { line: number; column: number; path: string; name: string } | undefined;
  const visit = (node: unknown): void => {
    if (found || node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      node.forEach(visit);
      return;
    }
    const n = node as { type?: string } & Record<string, unknown>;
    if (n.type === 'PathExpression') {
      const p = n as unknown as hbs.AST.PathExpression;
      const name = p.data ? undefined : p.parts.slice(0, -1).find((part) => !keys.has(part));
      if (name !== undefined) found = { line: p.loc.start.line, column: p.loc.start.column + 1, path: p.original, name };
      return;
    }
    for (const [key, value] of Object.entries(n)) if (key !== 'loc') visit(value);
  };
  visit(ast);
  return found;
}

function collectKeys(value: unknown, keys: Set<string>, seen: Set<object>): void {
  if (value === null || typeof value !== 'object' || seen.has(value)) return;
  seen.add(value);
  if (Array.isArray(value)) {
    for (const item of value) collectKeys(item, keys, seen);
    return;
  }
  for (const [key, item] of Object.entries(value)) {
    keys.add(key);
    collectKeys(item, keys, seen);
  }
}
