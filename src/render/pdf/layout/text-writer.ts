import { num } from './operators.js';
import type { FontName } from './styles.js';
import { charactersOf, type GlyphRun, type Shaper } from './glyph-runs.js';

/**
 * The parts of a pdfkit 0.20 embedded font (its `EmbeddedFont`) that drawing text needs. pdfkit
 * writes the font at the end from these: the subset of the glyphs used, their widths and the
 * characters they stand for.
 */
export interface EmbeddedFace {
  /** The font's resource name on the page, e.g. F1. */
  readonly id: string;
  /** In thousandths of an em. */
  readonly ascender: number;
  readonly descender: number;
  readonly lineGap: number;
  readonly subset: { includeGlyph(glyphId: number): number };
  readonly widths: (number | undefined)[];
  readonly unicode: (readonly number[] | undefined)[];
  ref(): unknown;
}

interface Face {
  embedded: EmbeddedFace;
  shaper: Shaper;
  /** Font glyph id to its 2-byte code in this document's subset, written for a PDF literal string. */
  codes: (string | undefined)[];
  /** The TJ operator of each line drawn so far in this document. */
  shown: Map<GlyphRun, string>;
}

function textMatrix(x: number, y: number): string {
  return `1 0 0 -1 ${num(x)} ${num(y)} Tm\n`;
}

/**
 * Writes lines of text straight into the page's content stream from cached glyph runs. pdfkit's
 * `text()` lays every line out again (splitting, shaping lookups, measuring it twice) and wraps it
 * in a graphics-state save and a flip; here a line is one BT…ET block whose text matrix does the
 * flip. What is drawn is what pdfkit draws: the same glyphs, kerning and mark positions.
 */
export class TextWriter {
  private readonly faces: Record<FontName, Face>;

  constructor(
    private readonly doc: PDFKit.PDFDocument,
    embedded: Readonly<Record<FontName, EmbeddedFace>>,
    shapers: Readonly<Record<FontName, Shaper>>,
  ) {
    const face = (name: FontName): Face => ({ embedded: embedded[name], shaper: shapers[name], codes: [], shown: new Map() });
    this.faces = { regular: face('regular'), bold: face('bold') };
  }

  /** Width of `text` at 1 pt. */
  width(font: FontName, text: string): number {
    return this.faces[font].shaper.width(text);
  }

  /** pdfkit's line height: ascender, descender and the font's line gap. */
  lineHeight(font: FontName, size: number): number {
    const f = this.faces[font].embedded;
    return ((f.ascender + f.lineGap - f.descender) / 1000) * size;
  }

  /** Draws `text` on one line with its top at y, in the current fill colour. */
  draw(text: string, x: number, y: number, font: FontName, size: number): void {
    const face = this.faces[font];
    const f = face.embedded;
    const page = this.doc.page as unknown as { fonts: Record<string, unknown> };
    page.fonts[f.id] ??= f.ref();
    const scale = size / 1000;
    const baseline = y + f.ascender * scale;
    const run = face.shaper.line(text);
    // The page's coordinates run top down; the text matrix turns the glyphs upright again.
    const start = `BT\n/${f.id} ${num(size)} Tf\n${textMatrix(x, baseline)}`;
    // Labels, table headings and the running header come back on many pages: a line's glyph
    // codes are worked out once per document. (A line with marks placed off it is written with
    // positions, so it is not kept.)
    let shown = face.shown.get(run);
    if (shown === undefined) {
      shown = this.show(face, run, text, x, baseline, scale);
      if (run.offsets === undefined) face.shown.set(run, shown);
    }
    this.doc.addContent(`${start}${shown}ET`);
  }

  /**
   * `[(codes) kerning (codes) …] TJ`: the glyphs of a run in this document's subset codes. A mark
   * placed off the line (a combining accent) gets a text matrix of its own, as pdfkit does.
   */
  private show(face: Face, run: GlyphRun, text: string, x: number, baseline: number, scale: number): string {
    let chars = run.codePoints;
    let out = '';
    let tj = '';
    let codes = '';
    const endString = (adjust: number): void => {
      if (codes !== '') tj += adjust === 0 ? `(${codes})` : `(${codes}) ${num(-adjust)} `;
      codes = '';
    };
    const flush = (): void => {
      endString(0);
      if (tj !== '') out += `[${tj}] TJ\n`;
      tj = '';
    };
    let pen = x;
    let moved = false;
    for (let i = 0; i < run.glyphs.length; i += 1) {
      const glyph = run.glyphs[i]!;
      const code = face.codes[glyph] ?? this.include(face, glyph, (chars ??= charactersOf(text))[i] ?? []);
      const adjust = run.adjusts[i]!;
      const dx = run.offsets?.x[i] ?? 0;
      const dy = run.offsets?.y[i] ?? 0;
      if (dx !== 0 || dy !== 0) {
        flush();
        out += textMatrix(pen + dx * scale, baseline - dy * scale);
        codes = code;
        endString(adjust);
        flush();
        moved = true;
      } else {
        if (moved) {
          flush();
          out += textMatrix(pen, baseline);
          moved = false;
        }
        codes += code;
        if (adjust !== 0) endString(adjust);
      }
      if (run.offsets !== undefined) pen += (face.shaper.glyphWidth(glyph) + adjust) * scale;
    }
    flush();
    return out;
  }

  /** Adds the glyph, with its width and characters, to this document's subset; returns its code. */
  private include(face: Face, glyph: number, characters: readonly number[]): string {
    const f = face.embedded;
    const id = f.subset.includeGlyph(glyph);
    f.widths[id] ??= face.shaper.glyphWidth(glyph);
    f.unicode[id] ??= characters;
    const code = literalByte(id >> 8) + literalByte(id & 0xff);
    face.codes[glyph] = code;
    return code;
  }
}

/** One byte inside a PDF literal string: the delimiters, the escape and a carriage return are escaped. */
function literalByte(byte: number): string {
  switch (byte) {
    case 0x28:
      return '\\(';
    case 0x29:
      return '\\)';
    case 0x5c:
      return '\\\\';
    case 0x0d:
      return '\\r';
    default:
      return String.fromCharCode(byte);
  }
}
