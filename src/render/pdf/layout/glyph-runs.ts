import type { Font } from 'fontkit';

/**
 * Shaped text, in thousandths of an em, cached for the whole process. Shaping a word with fontkit
 * (cmap, substitutions, kerning) costs far more than drawing it, and the plans of a batch share
 * most of their words. Glyph ids are the font's own; each document maps them into its own subset.
 * A batch caches tens of thousands of runs, so each keeps only what drawing needs, in plain arrays
 * of small integers and of doubles (which V8 stores unboxed, and allocates far more cheaply than
 * typed arrays of this size).
 */
export interface GlyphRun {
  /** Glyph ids in the font. */
  readonly glyphs: readonly number[];
  /** The kerning after each glyph: its advance as laid out minus its own width. */
  readonly adjusts: readonly number[];
  /** Offsets of positioned glyphs (combining marks); undefined when no glyph moves off the line. */
  readonly offsets: { readonly x: readonly number[]; readonly y: readonly number[] } | undefined;
  /**
   * The characters each glyph stands for, for the PDF's ToUnicode map (copy, search, screen
   * readers); undefined when glyph i is simply the i-th character of the text.
   */
  readonly codePoints: readonly (readonly number[])[] | undefined;
  /** The advance of the whole run. */
  readonly width: number;
}

interface ShapedGlyph {
  id: number;
  codePoints: number[];
  advanceWidth: number;
}

interface ShapedRun {
  direction: 'ltr' | 'rtl';
  glyphs: ShapedGlyph[];
  positions: { xAdvance: number; xOffset: number; yOffset: number }[];
}

/** Words and lines cached per face before the cache starts over, so that a long batch does not grow without bound. */
const MAX_WORDS = 50_000;
const MAX_LINES = 20_000;

/**
 * The shaping cache of one face. Text is cut into words the way pdfkit cuts it (a space or tab
 * stays with the word before it), so measuring and drawing agree with pdfkit's own layout.
 */
export class Shaper {
  private readonly runs = new Map<string, GlyphRun>();
  private readonly lines = new Map<string, GlyphRun>();
  /** Each glyph's own advance width, for the PDF's width table. */
  private readonly widths = new Map<number, number>();
  private readonly cmap = new Map<number, number>();
  private readonly scale: number;

  constructor(private readonly font: Font) {
    this.scale = 1000 / font.unitsPerEm;
  }

  /** The glyphs of a whole line: its words' runs joined. */
  line(text: string): GlyphRun {
    let run = this.lines.get(text);
    if (run === undefined) {
      if (this.lines.size >= MAX_LINES) this.lines.clear();
      const words = splitWords(text);
      run = join(words, words.map((w) => this.word(w)));
      this.lines.set(text, run);
    }
    return run;
  }

  /** Width of `text` at 1 pt. */
  width(text: string): number {
    let w = 0;
    for (const word of splitWords(text)) w += this.word(word).width;
    return w / 1000;
  }

  /** A glyph's own advance width (known for every glyph of a run this shaper made). */
  glyphWidth(glyph: number): number {
    return this.widths.get(glyph) ?? 0;
  }

  /**
   * The characters of each glyph: see alignCharacters. Right-to-left runs (Arabic, Hebrew) come
   * back from fontkit in visual order, which that alignment cannot follow; they keep fontkit's.
   */
  private characters(word: string, shaped: ShapedRun): (readonly number[])[] | undefined {
    if (shaped.direction === 'rtl') return shaped.glyphs.map((g) => [...g.codePoints]);
    return alignCharacters(
      word,
      shaped.glyphs.map((g) => g.id),
      (cp) => this.glyphFor(cp),
    );
  }

  private glyphFor(codePoint: number): number {
    let id = this.cmap.get(codePoint);
    if (id === undefined) {
      id = (this.font.glyphForCodePoint(codePoint) as { id: number }).id;
      this.cmap.set(codePoint, id);
    }
    return id;
  }

  private word(word: string): GlyphRun {
    let run = this.runs.get(word);
    if (run === undefined) {
      if (this.runs.size >= MAX_WORDS) this.runs.clear();
      run = this.shape(word);
      this.runs.set(word, run);
    }
    return run;
  }

  private shape(word: string): GlyphRun {
    const shaped = this.font.layout(word) as ShapedRun;
    const glyphs: number[] = [];
    const adjusts: number[] = [];
    const x: number[] = [];
    const y: number[] = [];
    let moved = false;
    let width = 0;
    shaped.glyphs.forEach((g, i) => {
      const p = shaped.positions[i]!;
      const own = g.advanceWidth * this.scale;
      glyphs.push(g.id);
      this.widths.set(g.id, own);
      adjusts.push(p.xAdvance * this.scale - own);
      x.push(p.xOffset * this.scale);
      y.push(p.yOffset * this.scale);
      moved ||= p.xOffset !== 0 || p.yOffset !== 0;
      width += p.xAdvance * this.scale;
    });
    const codePoints = this.characters(word, shaped);
    return { glyphs, adjusts, offsets: moved ? { x, y } : undefined, codePoints, width };
  }
}

/** Cuts text after every space or tab, as pdfkit does before shaping. */
function splitWords(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9) {
      out.push(text.slice(start, i + 1));
      start = i + 1;
    }
  }
  if (start < text.length) out.push(text.slice(start));
  return out;
}

/** The characters of text, one array per character, as the ToUnicode map takes them. */
export function charactersOf(text: string): number[][] {
  return Array.from(text, (c) => [c.codePointAt(0)!]);
}

/** Which glyph ids stand for single characters in the face (a cmap lookup, cached). */
type Expect = (codePoint: number) => number;

/**
 * The characters each glyph of a left-to-right run stands for, worked out from the word and the
 * glyph ids alone: a glyph that is the face's own glyph for the next character stands for it; any
 * other (a ligature such as "fi", a substitute) stands for the characters up to the one the next
 * glyph is for. fontkit's glyph objects carry characters too, but they are cached per face with
 * the characters of their first use (the "fi" ligature made from "ﬁ" would say "ﬁ" for every
 * later "fi"), so the same document could get other copy-and-search text depending on what the
 * process drew before. Undefined when glyph i is simply the i-th character.
 */
export function alignCharacters(word: string, glyphs: readonly number[], expect: Expect): number[][] | undefined {
  const chars = Array.from(word, (c) => c.codePointAt(0)!);
  const out: number[][] = [];
  let simple = glyphs.length === chars.length;
  let j = 0;
  for (let i = 0; i < glyphs.length; i += 1) {
    if (j >= chars.length) {
      out.push([]);
      simple = false;
    } else if (glyphs[i] === expect(chars[j]!)) {
      out.push([chars[j]!]);
      j += 1;
    } else {
      const start = j;
      j += 1;
      const next = glyphs[i + 1];
      if (next === undefined) j = chars.length;
      else while (j < chars.length && expect(chars[j]!) !== next) j += 1;
      out.push(chars.slice(start, j));
      simple &&= j - start === 1;
    }
  }
  if (j < chars.length && out.length > 0) {
    out[out.length - 1]!.push(...chars.slice(j));
    simple = false;
  }
  return simple ? undefined : out;
}

function join(words: readonly string[], runs: readonly GlyphRun[]): GlyphRun {
  if (runs.length === 1) return runs[0]!;
  const glyphs: number[] = [];
  const adjusts: number[] = [];
  const moved = runs.some((r) => r.offsets !== undefined);
  const x: number[] = [];
  const y: number[] = [];
  const mapped = runs.some((r) => r.codePoints !== undefined);
  const codePoints: (readonly number[])[] = [];
  let width = 0;
  runs.forEach((r, k) => {
    for (let i = 0; i < r.glyphs.length; i += 1) {
      glyphs.push(r.glyphs[i]!);
      adjusts.push(r.adjusts[i]!);
      if (moved) {
        x.push(r.offsets?.x[i] ?? 0);
        y.push(r.offsets?.y[i] ?? 0);
      }
    }
    if (mapped) codePoints.push(...(r.codePoints ?? charactersOf(words[k]!)));
    width += r.width;
  });
  return { glyphs, adjusts, offsets: moved ? { x, y } : undefined, codePoints: mapped ? codePoints : undefined, width };
}

const shapers = new WeakMap<Font, Shaper>();

/** The process's shaping cache for a parsed face. */
export function shaperFor(font: Font): Shaper {
  let shaper = shapers.get(font);
  if (shaper === undefined) {
    shaper = new Shaper(font);
    shapers.set(font, shaper);
  }
  return shaper;
}
