import type { Font } from 'fontkit';

/**
 * Shaped words, in thousandths of an em, cached for the whole process. Shaping a word with fontkit
 * (cmap, substitutions, kerning) costs far more than drawing it, and the plans of a batch share
 * most of their words. Glyph ids are the font's own; each document maps them into its own subset.
 */
export interface GlyphRun {
  /** Glyph ids in the font. */
  readonly glyphs: readonly number[];
  /** The characters each glyph stands for, for the PDF's ToUnicode map (copy, search, screen readers). */
  readonly codePoints: readonly (readonly number[])[];
  /** Each glyph's own advance width, for the PDF's width table. */
  readonly widths: readonly number[];
  /** Each glyph's advance as laid out (its width plus kerning). */
  readonly advances: readonly number[];
  /** `advances` minus `widths`: the kerning after each glyph. */
  readonly adjusts: readonly number[];
  /** Offsets of positioned glyphs (combining marks); undefined when no glyph moves off the line. */
  readonly offsets: { readonly x: readonly number[]; readonly y: readonly number[] } | undefined;
  /** Sum of `advances`. */
  readonly width: number;
}

interface ShapedGlyph {
  id: number;
  codePoints: number[];
  advanceWidth: number;
}

interface ShapedRun {
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
  private readonly scale: number;

  constructor(private readonly font: Font) {
    this.scale = 1000 / font.unitsPerEm;
  }

  /** The runs of the words of `text`, in order. */
  words(text: string): GlyphRun[] {
    const out: GlyphRun[] = [];
    let start = 0;
    for (let i = 0; i < text.length; i += 1) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 9) {
        out.push(this.word(text.slice(start, i + 1)));
        start = i + 1;
      }
    }
    if (start < text.length) out.push(this.word(text.slice(start)));
    return out;
  }

  /** The glyphs of a whole line: its words' runs joined. */
  line(text: string): GlyphRun {
    let run = this.lines.get(text);
    if (run === undefined) {
      if (this.lines.size >= MAX_LINES) this.lines.clear();
      run = join(this.words(text));
      this.lines.set(text, run);
    }
    return run;
  }

  /** Width of `text` at 1 pt. */
  width(text: string): number {
    let w = 0;
    for (const run of this.words(text)) w += run.width;
    return w / 1000;
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
    const chars = [...word].map((c) => [c.codePointAt(0)!]);
    // One glyph per character (no ligature, no decomposition): the characters are the word's own.
    // fontkit's glyph objects are cached per font and may have been made without their characters.
    const oneToOne = shaped.glyphs.length === chars.length;
    const glyphs: number[] = [];
    const codePoints: number[][] = [];
    const widths: number[] = [];
    const advances: number[] = [];
    const adjusts: number[] = [];
    const x: number[] = [];
    const y: number[] = [];
    let moved = false;
    let width = 0;
    shaped.glyphs.forEach((g, i) => {
      const p = shaped.positions[i]!;
      glyphs.push(g.id);
      codePoints.push(oneToOne ? chars[i]! : [...g.codePoints]);
      widths.push(g.advanceWidth * this.scale);
      advances.push(p.xAdvance * this.scale);
      adjusts.push(p.xAdvance * this.scale - g.advanceWidth * this.scale);
      x.push(p.xOffset * this.scale);
      y.push(p.yOffset * this.scale);
      moved ||= p.xOffset !== 0 || p.yOffset !== 0;
      width += p.xAdvance * this.scale;
    });
    return { glyphs, codePoints, widths, advances, adjusts, offsets: moved ? { x, y } : undefined, width };
  }
}

function join(runs: readonly GlyphRun[]): GlyphRun {
  if (runs.length === 1) return runs[0]!;
  const glyphs: number[] = [];
  const codePoints: (readonly number[])[] = [];
  const widths: number[] = [];
  const advances: number[] = [];
  const adjusts: number[] = [];
  const x: number[] = [];
  const y: number[] = [];
  let moved = false;
  let width = 0;
  for (const r of runs) {
    for (let i = 0; i < r.glyphs.length; i += 1) {
      glyphs.push(r.glyphs[i]!);
      codePoints.push(r.codePoints[i]!);
      widths.push(r.widths[i]!);
      advances.push(r.advances[i]!);
      adjusts.push(r.adjusts[i]!);
      x.push(r.offsets?.x[i] ?? 0);
      y.push(r.offsets?.y[i] ?? 0);
    }
    moved ||= r.offsets !== undefined;
    width += r.width;
  }
  return { glyphs, codePoints, widths, advances, adjusts, offsets: moved ? { x, y } : undefined, width };
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
