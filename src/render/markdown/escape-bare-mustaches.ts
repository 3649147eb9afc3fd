import { HELPER_NAMES } from './helpers.js';

type Node = hbs.AST.Node & { body?: Node[]; program?: Node; inverse?: Node };

/**
 * Rewrites every bare `{{field}}` of a template into `{{md field}}`. Templates compile without
 * Handlebars' HTML escaping (the output is Markdown), so a bare mustache would put a plan's text
 * into the document raw: a `|` breaking a table, a `#` making a heading. With this rewrite, user
 * text goes through the Markdown escaping whatever the template writes, as templates/README.md
 * promises; `{{{field}}}` stays the explicit way to insert text unescaped.
 */
export function escapeBareMustaches(ast: hbs.AST.Program): hbs.AST.Program {
  const stack: Node[] = [ast as Node];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'MustacheStatement') rewrite(node as hbs.AST.MustacheStatement);
    if (node.body) stack.push(...node.body);
    if (node.program) stack.push(node.program);
    if (node.inverse) stack.push(node.inverse);
  }
  return ast;
}

const helpers = new Set<string>(HELPER_NAMES);

function rewrite(m: hbs.AST.MustacheStatement): void {
  if (!m.escaped || m.params.length > 0 || (m.hash?.pairs.length ?? 0) > 0) return;
  if (m.path.type !== 'PathExpression') return;
  const path = m.path as hbs.AST.PathExpression;
  if (path.parts.length === 1 && !path.data && helpers.has(path.original)) return;
  const md: hbs.AST.PathExpression = { type: 'PathExpression', data: false, depth: 0, parts: ['md'], original: 'md', loc: path.loc };
  m.params = [path];
  m.path = md;
}

