import type Handlebars from 'handlebars';
import type { HelperOptions } from 'handlebars';
import type { ChapterRef, View } from '../../view/types.js';
import { mdBlock, mdCell, mdCode, mdInline } from './escape.js';

type Hbs = typeof Handlebars;

/** A helper found a value the view does not have; `loc` is where in the template. */
export class TemplateValueError extends Error {
  readonly line: number | undefined;
  readonly column: number | undefined;
  constructor(message: string, options: HelperOptions | undefined) {
    super(message);
    this.name = 'TemplateValueError';
    const loc = (options as { loc?: { start?: { line: number; column: number } } } | undefined)?.loc?.start;
    this.line = loc?.line;
    // Handlebars columns are 0-based; editors count from 1.
    this.column = loc === undefined ? undefined : loc.column + 1;
  }
}

/**
 * The helpers every template may use. All text reaches the document through one of them, so user
 * text is always escaped; and each throws on a missing value, because Handlebars' strict mode does
 * not check helper arguments and a misspelt field would otherwise vanish silently.
 *
 *   {{md x}}        inline text (headings, list items); arrays joined with `sep` (default ", ")
 *   {{cell x}}      a table cell; arrays one item per line unless `sep` is given
 *   {{para x}}      paragraphs of free text
 *   {{t 'key'}}     a document label of the view's language
 *   {{heading 'area-' id}}  the heading of a chapter or section of `chapters`, with its anchor
 *   {{toc chapter}} a contents entry linking to a chapter
 *   {{code x}}      text inside a fenced code block
 */
export const HELPER_NAMES = ['md', 'cell', 'para', 't', 'heading', 'toc', 'code'] as const;

/**
 * Tells whether a helper's output starts a line of the document, judged from the template line it
 * sits on (`undefined` when that is not known). Only there can text such as `1. ` or `- ` turn
 * into a list, so only there is it escaped.
 */
export type LineStartProbe = (options: HelperOptions) => boolean | undefined;

export function registerHelpers(hbs: Hbs, atLineStart: LineStartProbe = () => undefined): void {
  const inline = (value: string, options: HelperOptions) => mdInline(value, { lineStart: atLineStart(options) ?? true });
  hbs.registerHelper('md', (value: unknown, options: HelperOptions) => inline(text('md', value, options, separator(options, ', ')), options));
  hbs.registerHelper('cell', (value: unknown, options: HelperOptions) => mdCell(text('cell', value, options, separator(options, '\n'))));
  hbs.registerHelper('para', (value: unknown, options: HelperOptions) => mdBlock(text('para', value, options, '\n\n')));
  hbs.registerHelper('code', (value: unknown, options: HelperOptions) => mdCode(text('code', value, options, '\n')));
  hbs.registerHelper('t', (key: unknown, options: HelperOptions) => {
    const labels = root(options).labels;
    if (typeof key !== 'string' || !Object.hasOwn(labels, key)) {
      throw new TemplateValueError(`t: there is no document label "${String(key)}" (see the keys of "labels" in the document data)`, options);
    }
    return inline(labels[key]!, options);
  });
  hbs.registerHelper('heading', (...args: unknown[]) => {
    const options = args.pop() as HelperOptions;
    const ref = chapter(options, args.map(String).join(''));
    return `${'#'.repeat(ref.level + 1)} <a id="${ref.id}"></a>${numbered(ref)}${mdInline(ref.title, { lineStart: false })}`;
  });
  hbs.registerHelper('toc', (ref: ChapterRef | undefined, options: HelperOptions) => {
    if (ref === undefined || typeof ref.id !== 'string') throw new TemplateValueError('toc: expects an entry of `chapters`', options);
    return `${'  '.repeat(ref.level - 1)}- [${numbered(ref)}${mdInline(ref.title, { lineStart: false })}](#${ref.id})`;
  });

  // Block helpers that silently render nothing for a missing list or object are made strict too:
  // `{{#each measurs}}` is a typo to report, not an empty table. `{{#if}}` stays lenient, it is how
  // templates test optional fields.
  for (const name of ['each', 'with'] as const) {
    const builtIn = hbs.helpers[name]!;
    hbs.registerHelper(name, function (this: unknown, context: unknown, options: HelperOptions) {
      if (context === undefined) throw new TemplateValueError(`#${name}: the value is missing (a misspelt field?)`, options);
      return builtIn.call(this, context, options);
    });
  }
}

function text(helper: string, value: unknown, options: HelperOptions, sep: string): string {
  if (value === undefined || value === null) {
    throw new TemplateValueError(`${helper}: the value is missing (a misspelt field, or an optional field used without {{#if}})`, options);
  }
  if (Array.isArray(value)) return value.map((v) => text(helper, v, options, sep)).join(sep);
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  throw new TemplateValueError(`${helper}: expects text or a number, got ${typeof value} (a field of it, perhaps?)`, options);
}

function separator(options: HelperOptions, fallback: string): string {
  const sep: unknown = options.hash['sep'];
  return typeof sep === 'string' ? sep : fallback;
}

function root(options: HelperOptions): View {
  return (options.data as { root: View }).root;
}

function chapter(options: HelperOptions, id: string): ChapterRef {
  const ref = root(options).chapters.find((c) => c.id === id);
  if (!ref) throw new TemplateValueError(`heading: no chapter "${id}" in the view's chapters`, options);
  return ref;
}

/** '5' -> '5. ', '5.1' -> '5.1 ', '' -> ''. */
function numbered(ref: ChapterRef): string {
  if (ref.number === '') return '';
  return ref.number.includes('.') ? `${ref.number} ` : `${ref.number}. `;
}
