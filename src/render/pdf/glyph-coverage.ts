/*
 * Characters the embedded font cannot draw. DejaVu Sans covers every plan language, but plan text
 * may still hold an emoji or a word in another script, and pdfkit draws a character the font lacks
 * as an empty box without a word. Instead the PDF shows a visible marker, `[U+1F680]`, and the
 * check below reports each field that needs one, so that nobody finds the boxes in print.
 */
import { formatPath, type Issue } from '../../plan/issue.js';
import type { Plan } from '../../plan/types.js';
import { cleanText, mapStrings } from '../../view/clean-text.js';
import type { PdfFonts } from './fonts.js';

/** True when both faces have a glyph for the code point. */
type Covers = (codePoint: number) => boolean;

interface Coverage {
  covers: Covers;
  /** Both faces draw all of printable ASCII (checked, not assumed), so those characters can be skipped. */
  ascii: boolean;
}

/**
 * Per code point, per set of faces: 0 not looked up yet, 1 drawn by both faces, 2 missing from one.
 * fontkit's lookup walks the cmap each time; a batch asks about the same few hundred characters for
 * every plan. One byte per code point of Unicode is 1.1 MB, allocated once per process.
 */
const caches = new WeakMap<PdfFonts, Coverage>();

function coverageOf(fonts: PdfFonts): Coverage {
  const cached = caches.get(fonts);
  if (cached !== undefined) return cached;
  const known = new Uint8Array(0x110000);
  const covers: Covers = (cp) => {
    let state = known[cp];
    if (state === 0) {
      // Text is drawn in both faces (a title in bold, the same words in a table in regular).
      state = fonts.regular.hasGlyphForCodePoint(cp) && fonts.bold.hasGlyphForCodePoint(cp) ? 1 : 2;
      known[cp] = state;
    }
    return state === 1;
  };
  let ascii = true;
  for (let cp = 0x20; cp < 0x7f; cp++) ascii &&= covers(cp);
  const coverage = { covers, ascii };
  caches.set(fonts, coverage);
  return coverage;
}

/** `[U+1F680]`: what the PDF shows in place of a character the font lacks. */
export function glyphMarker(codePoint: number): string {
  return `[${codePointName(codePoint)}]`;
}

function codePointName(codePoint: number): string {
  return `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * Calls `found` with each character of `text` the fonts lack and the index where it starts. Line
 * breaks and tabs are not drawn (they move the pen), so they need no glyph.
 */
function eachMissing(text: string, { covers, ascii }: Coverage, found: (codePoint: number, index: number) => void): void {
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x20 || (ascii && unit < 0x7f)) continue;
    const cp = text.codePointAt(i)!;
    const start = i;
    if (cp > 0xffff) i++;
    if (!covers(cp)) found(cp, start);
  }
}

function markText(text: string, coverage: Coverage): string {
  let out: string | undefined;
  let last = 0;
  eachMissing(text, coverage, (cp, start) => {
    out = (out ?? '') + text.slice(last, start) + glyphMarker(cp);
    last = start + (cp > 0xffff ? 2 : 1);
  });
  return out === undefined ? text : out + text.slice(last);
}

/** The code points of `text` the font lacks, each once, in order of appearance. */
function missingIn(text: string, coverage: Coverage): number[] {
  const missing: number[] = [];
  eachMissing(text, coverage, (cp) => {
    if (!missing.includes(cp)) missing.push(cp);
  });
  return missing;
}

/**
 * A copy of `value` (the view, or any part of it) in which every character the fonts lack is
 * replaced by its marker, e.g. `[U+1F680]`. Parts without such characters are returned as they are.
 */
export function markMissingGlyphs<T>(value: T, fonts: PdfFonts): T {
  const coverage = coverageOf(fonts);
  // Almost every plan has nothing to mark: a walk that allocates nothing says so first.
  if (!anyMissing(value, coverage)) return value;
  return mapStrings(value, (text) => markText(text, coverage));
}

function anyMissing(value: unknown, coverage: Coverage): boolean {
  if (typeof value === 'string') {
    let found = false;
    eachMissing(value, coverage, () => {
      found = true;
    });
    return found;
  }
  if (Array.isArray(value)) {
    for (const item of value) if (anyMissing(item, coverage)) return true;
    return false;
  }
  if (value !== null && typeof value === 'object') {
    for (const key in value) if (anyMissing((value as Record<string, unknown>)[key], coverage)) return true;
  }
  return false;
}

/** How many characters one warning names before it says "and n more". */
const NAMED = 8;

/**
 * One warning (code MISSING_GLYPH) for each text of the plan that holds characters the PDF font
 * cannot draw, with the text's path, e.g. `areas.health.objectives[0].measures[1].title`. The
 * text is looked at as the renderers get it (see cleanText). The Markdown is not affected: it
 * keeps every character and leaves drawing them to the reader's fonts.
 */
export async function checkGlyphCoverage(plan: Plan): Promise<Issue[]> {
  // fontkit and the font files load only when a PDF is wanted, not with the library.
  const { loadFonts } = await import('./fonts.js');
  const coverage = coverageOf(await loadFonts());
  // Cleaning only removes characters or puts U+FFFD (which the font has) for broken ones, so raw
  // text without a missing glyph has none once cleaned either.
  if (!anyMissing(plan, coverage)) return [];
  const issues: Issue[] = [];
  const path: (string | number)[] = [];
  const visit = (value: unknown): void => {
    if (typeof value === 'string') {
      const missing = missingIn(cleanText(value), coverage);
      if (missing.length > 0) issues.push(missingGlyphIssue(formatPath(path), missing));
    } else if (Array.isArray(value)) {
      value.forEach((item: unknown, i) => {
        path.push(i);
        visit(item);
        path.pop();
      });
    } else if (value !== null && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) {
        path.push(key);
        visit(item);
        path.pop();
      }
    }
  };
  visit(plan);
  return issues;
}

function missingGlyphIssue(path: string, missing: readonly number[]): Issue {
  const named = missing.slice(0, NAMED).map((cp) => `${codePointName(cp)} (${String.fromCodePoint(cp)})`);
  const more = missing.length > NAMED ? ` and ${missing.length - NAMED} more` : '';
  const list = named.length === 1 ? named[0]! : `${named.slice(0, -1).join(', ')}${more ? `, ${named[named.length - 1]!}` : ` and ${named[named.length - 1]!}`}`;
  const first = missing[0]!;
  return {
    severity: 'warning',
    code: 'MISSING_GLYPH',
    path,
    message: `the PDF font has no ${missing.length === 1 ? 'glyph' : 'glyphs'} for ${list}${more}`,
    hint: `The PDF shows ${missing.length === 1 ? 'it' : 'each'} as a marker such as ${glyphMarker(first)}; the Markdown keeps the characters. Write ${missing.length === 1 ? 'it' : 'them'} in words if the PDF is what gets printed.`,
  };
}
