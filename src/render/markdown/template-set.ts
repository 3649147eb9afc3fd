import { readFileSync, statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import Handlebars from 'handlebars';
import { RomaPlanError } from '../../errors.js';
import { packageRoot } from '../../io/package-paths.js';
import type { View } from '../../view/types.js';
import { escapeBareMustaches } from './escape-bare-mustaches.js';
import { findBrokenPath } from './find-broken-path.js';
import { registerHelpers, TemplateValueError } from './helpers.js';
import { partialName, resolveTemplates, type TemplateInfo } from './templates.js';

type TemplateFile = Omit<TemplateInfo, 'description'>;

/** Compiled templates of one folder: `render(view)` gives the raw Markdown. */
export interface TemplateSet {
  render(view: View): string;
}

const cache = new Map<string, { stamp: string; set: TemplateSet }>();

/**
 * The compiled templates for a `--template` folder (or the built-in ones), compiled once and kept
 * for the life of the process: a batch run renders hundreds of plans with one compilation. A
 * folder's cache entry is dropped when one of its files changes.
 */
export function templateSet(templateDir?: string): TemplateSet {
  const key = templateDir === undefined ? '' : resolve(templateDir);
  const builtIn = cache.get('');
  // The built-in templates ship with the package and do not change while it runs.
  if (key === '' && builtIn) return builtIn.set;
  const files = resolveTemplates(templateDir);
  const stamp = files.map((t) => `${t.path}:${mtime(t.path)}`).join('|');
  const hit = cache.get(key);
  if (hit && hit.stamp === stamp) return hit.set;
  const set = compile(files);
  cache.set(key, { stamp, set });
  return set;
}

function compile(infos: readonly TemplateFile[]): TemplateSet {
  // An isolated instance: helpers and partials registered here never leak into (or from) other
  // users of Handlebars in the same process.
  const hbs = Handlebars.create();
  // The source lines of the templates being rendered, innermost partial last.
  const running: string[][] = [];
  const counter = { calls: 0 };
  registerHelpers(hbs, (options) => startsLine(running[running.length - 1], options));
  let main: Handlebars.TemplateDelegate<View> | undefined;
  for (const info of infos) {
    const { ast, fn: compiled, lines } = compileFile(hbs, info);
    const fn = located(info, ast, tracked(running, lines, compiled, counter));
    if (info.kind === 'main') main = fn;
    else hbs.registerPartial(partialName(info.name), fn);
  }
  const render = main!;
  return { render: (view) => render(view) };
}

function compileFile(hbs: typeof Handlebars, info: TemplateFile): { ast: hbs.AST.Program; fn: Handlebars.TemplateDelegate; lines: string[] } {
  const source = readFileSync(info.path, 'utf8');
  let ast: hbs.AST.Program;
  try {
    ast = escapeBareMustaches(hbs.parse(source));
  } catch (err) {
    throw templateError(info, err);
  }
  // noEscape: the output is Markdown, not HTML; user text is escaped by the helpers instead (bare
  // mustaches were turned into {{md ...}} above).
  return { ast, fn: hbs.compile(ast, { strict: true, noEscape: true }), lines: source.split(/\r\n|\r|\n/) };
}

/**
 * Partials within partials, at most this deep: a partial that includes itself (directly or not)
 * would otherwise recurse until the stack overflows.
 */
const MAX_PARTIAL_DEPTH = 64;
/**
 * Partial calls per document, at most: a plan with thousands of measures needs tens of thousands;
 * a chain of partials each including the next twice doubles at every step and would run for ever.
 */
const MAX_PARTIAL_CALLS = 2_000_000;

function tracked(running: string[][], lines: string[], fn: Handlebars.TemplateDelegate, counter: { calls: number }): Handlebars.TemplateDelegate {
  return (context, options) => {
    if (running.length === 0) counter.calls = 0;
    if (++counter.calls > MAX_PARTIAL_CALLS || running.length >= MAX_PARTIAL_DEPTH) {
      throw new RomaPlanError('TEMPLATE_TOO_COMPLEX', running.length >= MAX_PARTIAL_DEPTH ? `the templates include partials more than ${MAX_PARTIAL_DEPTH} levels deep (a partial that includes itself?)` : `the templates call partials more than ${MAX_PARTIAL_CALLS.toLocaleString('en')} times for one document (partials that each include the next more than once?)`, {
        hint: 'Check the {{> name}} includes of your --template folder: a partial must not include itself, and a chain of partials must not multiply.',
        params: running.length >= MAX_PARTIAL_DEPTH ? { kind: 'depth', limit: MAX_PARTIAL_DEPTH } : { kind: 'calls', limit: MAX_PARTIAL_CALLS },
      });
    }
    running.push(lines);
    try {
      return fn(context, options);
    } finally {
      running.pop();
    }
  };
}

/**
 * Whether a helper call begins a line of output: what precedes it on its template line is only
 * indentation, list or quote markers, and other `{{...}}` (which may output nothing). Errs towards
 * "yes", where escaping is merely unneeded, never towards "no", where a `1.` would become a list.
 */
function startsLine(lines: string[] | undefined, options: Handlebars.HelperOptions): boolean | undefined {
  const start = (options as { loc?: { start?: { line: number; column: number } } }).loc?.start;
  const line = start === undefined ? undefined : lines?.[start.line - 1];
  if (start === undefined || line === undefined || lines === undefined) return undefined;
  let known = lineStarts.get(lines);
  if (!known) lineStarts.set(lines, (known = new Map()));
  const key = start.line * 100_000 + start.column;
  let answer = known.get(key);
  if (answer === undefined) {
    const before = line.slice(0, start.column).replace(/\{\{[^}]*\}\}/g, '');
    answer = /^(\s*([-+*>]|\d{1,9}[.)])(?=\s))*\s*$/.test(before);
    known.set(key, answer);
  }
  return answer;
}

/** startsLine's answers per template and position: the same helper call runs once per row. */
const lineStarts = new WeakMap<string[], Map<number, boolean>>();

/** Runs a template so that any error names the template file (the innermost one, for partials). */
function located(info: TemplateFile, ast: hbs.AST.Program, fn: Handlebars.TemplateDelegate): Handlebars.TemplateDelegate {
  return (context, options) => {
    try {
      return fn(context, options);
    } catch (err) {
      if (err instanceof RomaPlanError) throw err;
      const broken = err instanceof TypeError ? findBrokenPath(ast, (options?.data as { root?: unknown } | undefined)?.root ?? context) : undefined;
      throw templateError(info, err, broken);
    }
  };
}

function templateError(info: TemplateFile, err: unknown, broken?: ReturnType<typeof findBrokenPath>): RomaPlanError {
  const file = info.overridden ? info.path : relative(packageRoot, info.path).split('\\').join('/');
  const raw = err instanceof Error ? err.message : String(err);
  let line: number | undefined;
  let column: number | undefined;
  let message = raw;
  if (broken) {
    line = broken.line;
    column = broken.column;
    message = `"${broken.name}" in ${broken.path} is not a field of the document data (a misspelt name?)`;
  } else if (err instanceof TemplateValueError) {
    line = err.line;
    column = err.column;
  } else if (/^Parse error on line (\d+):/.test(raw)) {
    line = Number(/^Parse error on line (\d+):/.exec(raw)![1]);
    const expecting = raw.split('\n').slice(-1)[0] ?? '';
    message = `syntax error: ${expecting.replace(/^Expecting /, 'expected ')}`;
  } else {
    const handlebars = err as { lineNumber?: number; column?: number };
    line = handlebars.lineNumber;
    column = handlebars.column === undefined ? undefined : handlebars.column + 1;
    message = raw.replace(/ - \d+:\d+$/, '');
    const missing = /^"(.+)" not defined in /.exec(message);
    if (missing) message = `"${missing[1]}" is neither a field of the document data here nor a helper (a misspelt name?)`;
    else if (/doesn't match/.test(message)) message = `syntax error: ${message} (a block is closed with the wrong name)`;
    else if (err instanceof TypeError) message = `a field path runs through a missing value (${message})`;
  }
  return new RomaPlanError('TEMPLATE_ERROR', `template ${info.name}: ${message}`, {
    file,
    ...(line !== undefined ? { line } : {}),
    ...(column !== undefined ? { column } : {}),
    hint: info.overridden
      ? `Fix ${info.name}, or remove it from the template folder to use the built-in one (\`roma-plan templates\` shows where the built-ins are).`
      : 'A built-in template failed: this is a bug in roma-plan. Please report it with the plan file.',
    cause: err,
  });
}

function mtime(path: string): number {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return 0;
  }
}
