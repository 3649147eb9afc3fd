import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import { describe, expect, it } from 'vitest';
import { RomaPlanError } from '../../src/errors.js';
import { HELPER_NAMES } from '../../src/render/markdown/helpers.js';
import { renderMarkdown } from '../../src/render/markdown/render-markdown.js';
import { builtInTemplateDir, listTemplates } from '../../src/render/markdown/templates.js';
import { buildView } from '../../src/view/build-view.js';
import { minimalPlan } from '../helpers/minimal-plan.js';

const BLOCK_HELPERS = new Set(['if', 'unless', 'each', 'with']);

/**
 * Every way a template can put text into the document that does not go through an escaping helper:
 * a bare `{{path}}`, a triple-stash `{{{x}}}`, an unknown helper, or an unknown block helper.
 */
function unescapedOutputs(source: string): string[] {
  const found: string[] = [];
  const visit = (node: hbs.AST.Node | undefined | null): void => {
    if (!node) return;
    if (node.type === 'Program') (node as hbs.AST.Program).body.forEach(visit);
    if (node.type === 'MustacheStatement') {
      const m = node as hbs.AST.MustacheStatement;
      const head = m.path.type === 'PathExpression' ? (m.path as hbs.AST.PathExpression).original : m.path.type;
      const isHelper = (HELPER_NAMES as readonly string[]).includes(head) && m.params.length > 0;
      const [open, close] = m.escaped ? ['{{', '}}'] : ['{{{', '}}}'];
      if (!m.escaped || !isHelper) found.push(`line ${m.loc.start.line}: ${open}${head}${m.params.length ? ' …' : ''}${close}`);
    }
    if (node.type === 'BlockStatement') {
      const b = node as hbs.AST.BlockStatement;
      const head = (b.path as hbs.AST.PathExpression).original;
      if (!BLOCK_HELPERS.has(head)) found.push(`line ${b.loc.start.line}: {{#${head}}}`);
      visit(b.program);
      visit(b.inverse);
    }
  };
  visit(Handlebars.parse(source));
  return found;
}

const templateFiles = (): { name: string; source: string }[] =>
  listTemplates().map((t) => ({ name: t.name, source: readFileSync(t.path, 'utf8') }));

describe('built-in templates', () => {
  it('send every value through an escaping helper (no bare {{x}} of user text)', () => {
    const problems = templateFiles().flatMap((t) => unescapedOutputs(t.source).map((p) => `${t.name} ${p}`));
    expect(problems).toEqual([]);
  });

  it('the check itself catches bare and triple-stash output', () => {
    expect(unescapedOutputs('# {{meta.title}}\n{{{raw}}} {{md ok}} {{#each xs}}{{this}}{{/each}} {{#raw}}x{{/raw}}')).toEqual([
      'line 1: {{meta.title}}',
      'line 2: {{{raw}}}',
      'line 2: {{this}}',
      'line 2: {{#raw}}',
    ]);
  });

  it('include only partials that exist, and every partial is used', () => {
    const names = new Set(listTemplates().filter((t) => t.kind === 'partial').map((t) => t.name.replace(/\.md\.hbs$/, '')));
    const used = new Set(templateFiles().flatMap((t) => [...t.source.matchAll(/\{\{>\s*([\w-]+)/g)].map((m) => m[1]!)));
    expect([...used].filter((u) => !names.has(u))).toEqual([]);
    expect([...names].filter((n) => !used.has(n))).toEqual([]);
  });

  it('are listed with the main template first and a description each', () => {
    const list = listTemplates();
    expect(list[0]).toMatchObject({ name: 'plan.md.hbs', kind: 'main', overridden: false });
    expect(list.map((t) => t.name)).toEqual(expect.arrayContaining(['cover.md.hbs', 'area.md.hbs', 'action-matrix.md.hbs', 'timeline.md.hbs', 'annex-decision.md.hbs']));
    for (const t of list) expect(t.description, t.name).toMatch(/^[A-Z].{20,}/);
    expect(readdirSync(join(builtInTemplateDir(), 'partials')).length).toBe(list.length - 1);
  });
});

function templateDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'roma-plan-templates-'));
  for (const [name, source] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), source);
  }
  return dir;
}

function templateError(files: Record<string, string>): RomaPlanError {
  const dir = templateDir(files);
  try {
    renderMarkdown(buildView(minimalPlan()), { templateDir: dir });
  } catch (err) {
    if (err instanceof RomaPlanError) return err;
    throw err;
  }
  throw new Error('expected a template error');
}

describe('--template overrides', () => {
  const view = buildView(minimalPlan());
  const builtIn = renderMarkdown(view);

  it('replaces one partial by file name and keeps the others', () => {
    const dir = templateDir({ 'cover.md.hbs': '# {{md meta.municipality}}: {{md meta.title}}\n\nOur own cover.\n' });
    const out = renderMarkdown(view, { templateDir: dir });
    expect(out.startsWith('# Example Town: Local Action Plan for Roma Inclusion 2026-2030\n\nOur own cover.\n\n## <a id="contents"></a>Contents')).toBe(true);
    expect(out.slice(out.indexOf('## <a id="contents">'))).toBe(builtIn.slice(builtIn.indexOf('## <a id="contents">')));
    expect(listTemplates(dir).find((t) => t.name === 'cover.md.hbs')).toMatchObject({ overridden: true, path: join(dir, 'cover.md.hbs') });
  });

  it('finds overrides in a partials/ folder too, and takes extra partials of the user', () => {
    const dir = templateDir({
      'plan.md.hbs': '{{> cover}}\n\n{{> signature}}\n',
      'partials/cover.md.hbs': '# {{md meta.title}}\n',
      'partials/signature.md.hbs': '{{t "coverDate"}}: {{md meta.dateText}}\n',
    });
    expect(renderMarkdown(view, { templateDir: dir })).toBe('# Local Action Plan for Roma Inclusion 2026-2030\n\nDate of this document: October 14, 2025\n');
  });

  it('notices a changed override file (compiled templates are cached per folder)', () => {
    const dir = templateDir({ 'plan.md.hbs': 'one {{md meta.municipality}}\n' });
    expect(renderMarkdown(view, { templateDir: dir })).toBe('one Example Town\n');
    writeFileSync(join(dir, 'plan.md.hbs'), 'two {{md meta.municipality}}\n');
    utimesSync(join(dir, 'plan.md.hbs'), new Date(), new Date(Date.now() + 5000));
    expect(renderMarkdown(view, { templateDir: dir })).toBe('two Example Town\n');
  });

  it('reports a misspelt field with the template file and line', () => {
    const err = templateError({ 'cover.md.hbs': '# {{md meta.title}}\n\n{{md meta.titel}}\n' });
    expect(err.code).toBe('TEMPLATE_ERROR');
    expect(err.file).toMatch(/cover\.md\.hbs$/);
    expect([err.line, err.column]).toEqual([3, 1]);
    expect(err.message).toContain('md: the value is missing');
  });

  it('reports a misspelt name in the middle of a path, which Handlebars itself cannot place', () => {
    const err = templateError({ 'partials/budget.md.hbs': '## Budget\n\nTotal: {{md budget.totl.text}}\n' });
    expect(err).toMatchObject({ line: 3, column: 13, message: expect.stringContaining('"totl" in budget.totl.text is not a field') });
    expect(err.file).toMatch(/partials\/budget\.md\.hbs$/);
  });

  it('reports a bare misspelt field, a missing list and an unknown label', () => {
    // A bare field is escaped through {{md}}, so it is reported as {{md nope}} would be.
    expect(templateError({ 'cover.md.hbs': 'x\n  {{nope}}\n' })).toMatchObject({ line: 2, column: 3, message: expect.stringContaining('the value is missing (a misspelt field') });
    expect(templateError({ 'goals.md.hbs': '{{#each goalz}}\n{{/each}}\n' })).toMatchObject({ line: 1, message: expect.stringContaining('#each: the value is missing') });
    expect(templateError({ 'cover.md.hbs': "{{t 'covrDate'}}\n" })).toMatchObject({ line: 1, message: expect.stringContaining('no document label "covrDate"') });
  });

  it('reports a syntax error with the file and line, naming the innermost partial', () => {
    const err = templateError({ 'partials/measure.md.hbs': '#### {{md number}}\n{{#if description}}\n{{para description}}\n{{/each}}\n' });
    expect(err.file).toMatch(/partials\/measure\.md\.hbs$/);
    expect(err.line).toBe(2);
    expect(err.message).toContain("if doesn't match each");
    const eof = templateError({ 'cover.md.hbs': '# title\n{{md meta.title\n' });
    expect(eof).toMatchObject({ line: 2, message: expect.stringContaining('syntax error') });
  });

  it('escapes a bare {{field}} like {{md field}}, and leaves {{{field}}} raw', () => {
    const plan = minimalPlan();
    plan.plan.title = 'Plan | # 1 *draft*';
    const v = buildView(plan);
    const dir = templateDir({ 'plan.md.hbs': '| {{meta.title}} |\n{{{meta.title}}}\n' });
    const [bare, raw] = renderMarkdown(v, { templateDir: dir }).split('\n');
    expect(bare).toBe(`| ${renderMarkdown(v, { templateDir: templateDir({ 'plan.md.hbs': '{{md meta.title}}\n' }) }).trim()} |`);
    expect(bare).not.toContain(' | # 1 *draft*');
    expect(raw).toBe('Plan | # 1 *draft*');
  });

  it('stops a chain of partials that multiplies, and a partial that includes itself', () => {
    // a includes b twice, b includes c twice...: 2^40 calls if nothing stopped it.
    const names = Array.from({ length: 40 }, (_, i) => `p${i}`);
    const files = Object.fromEntries(names.map((n, i) => [`${n}.md.hbs`, i === names.length - 1 ? 'x' : `{{> p${i + 1}}}{{> p${i + 1}}}`]));
    const chain = templateError({ ...files, 'plan.md.hbs': '{{> p0}}\n' });
    expect(chain).toMatchObject({ code: 'TEMPLATE_TOO_COMPLEX' });
    expect(templateError({ 'plan.md.hbs': '{{> loop}}\n', 'loop.md.hbs': '{{> loop}}' })).toMatchObject({ code: 'TEMPLATE_TOO_COMPLEX', message: expect.stringContaining('levels deep') });
  });

  it('follows a symbolic link to a template file', () => {
    const source = templateDir({ 'real-cover.md.hbs': '# Linked cover\n' });
    const dir = templateDir({ 'plan.md.hbs': '{{> cover}}\n' });
    rmSync(join(dir, 'plan.md.hbs'));
    symlinkSync(join(source, 'real-cover.md.hbs'), join(dir, 'cover.md.hbs'));
    expect(listTemplates(dir).find((t) => t.name === 'cover.md.hbs')).toMatchObject({ overridden: true });
    expect(renderMarkdown(view, { templateDir: dir }).startsWith('# Linked cover\n')).toBe(true);
  });

  it('refuses a missing or empty template folder', () => {
    expect(() => renderMarkdown(view, { templateDir: join(tmpdir(), 'roma-plan-no-such-folder') })).toThrow(expect.objectContaining({ code: 'TEMPLATE_DIR_NOT_FOUND' }));
    expect(() => renderMarkdown(view, { templateDir: templateDir({ 'notes.txt': 'x' }) })).toThrow(expect.objectContaining({ code: 'TEMPLATE_DIR_EMPTY' }));
  });
});
