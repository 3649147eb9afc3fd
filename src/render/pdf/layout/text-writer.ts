import { num } from './operators.js';
import type { FontName } from './styles.js';
import { charactersOf, type Shaper } from './glyph-runs.js';

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
    const face = (name: FontName): Face => ({ embedded: embedded[name], shaper: shapers[name], codes: [] });
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
    // The page's coordinates run top down; the text matrix turns the glyphs upright again.
    const at = (px: number, py: number): string => `1 0 0 -1 ${num(px)} ${num(py)} Tm\n`;
    let out = `BT\n/${f.id} ${num(size)} Tf\n${at(x, baseline)}`;
    // The glyphs of a TJ array: strings of 2-byte codes, with kerning (in thousandths of an em) between them.
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
    const run = face.shaper.line(text);
    // The characters of the line, worked out only when a glyph is new to the document.
    let chars: readonly (readonly number[])[] | undefined = run.codePoints;
    const include = (i: number): string => this.include(face, run.glyphs[i]!, (chars ??= charactersOf(text))[i] ?? []);
    const offsets = run.offsets;
    if (offsets === undefined) {
      for (let i = 0; i < run.glyphs.length; i += 1) {
        codes += face.codes[run.glyphs[i]!] ?? include(i);
        const adjust = run.adjusts[i]!;
        if (adjust !== 0) endString(adjust);
      }
    } else {
      // Marks placed off the line (combining accents) get a text matrix of their own, as pdfkit does.
      let pen = x;
      let moved = false;
      for (let i = 0; i < run.glyphs.length; i += 1) {
        const glyph = run.glyphs[i]!;
        const code = face.codes[glyph] ?? include(i);
        const dx = offsets.x[i]!;
        const dy = offsets.y[i]!;
        if (dx !== 0 || dy !== 0) {
          flush();
          out += at(pen + dx * scale, baseline - dy * scale);
          codes = code;
          endString(run.adjusts[i]!);
          flush();
          moved = true;
        } else {
          if (moved) {
            flush();
            out += at(pen, baseline);
            moved = false;
          }
          codes += code;
          const adjust = run.adjusts[i]!;
          if (adjust !== 0) endString(adjust);
        }
        pen += (face.shaper.glyphWidth(glyph) + run.adjusts[i]!) * scale;
      }
    }
    flush();
    this.doc.addContent(`${out}ET`);
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
