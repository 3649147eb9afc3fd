import type { FontName } from './styles.js';
import type { Shaper } from './glyph-runs.js';

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
  /** Font glyph id to the 4-digit hex code of that glyph in this document's subset. */
  codes: Map<number, string>;
}

/** pdfkit's number format: at most six decimals, no exponent. */
function num(n: number): string {
  return String(Math.round(n * 1e6) / 1e6);
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
    const face = (name: FontName): Face => ({ embedded: embedded[name], shaper: shapers[name], codes: new Map() });
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
    let tj = '';
    let hex = '';
    let moved = false;
    const endSegment = (adjust: number): void => {
      if (hex !== '') tj += `${tj === '' ? '' : ' '}<${hex}>${adjust === 0 ? '' : ` ${num(-adjust)}`}`;
      hex = '';
    };
    const flush = (): void => {
      endSegment(0);
      if (tj !== '') out += `[${tj}] TJ\n`;
      tj = '';
    };
    let pen = x;
    for (const run of face.shaper.words(text)) {
      for (let i = 0; i < run.glyphs.length; i += 1) {
        const adjust = run.advances[i]! - run.widths[i]!;
        const dx = run.offsets?.x[i] ?? 0;
        const dy = run.offsets?.y[i] ?? 0;
        if (dx !== 0 || dy !== 0) {
          flush();
          out += at(pen + dx * scale, baseline - dy * scale);
          hex = this.code(face, run, i);
          endSegment(adjust);
          flush();
          moved = true;
        } else {
          if (moved) {
            flush();
            out += at(pen, baseline);
            moved = false;
          }
          hex += this.code(face, run, i);
          if (adjust !== 0) endSegment(adjust);
        }
        pen += run.advances[i]! * scale;
      }
    }
    flush();
    this.doc.addContent(Buffer.from(`${out}ET\n`, 'latin1'));
  }

  /** The glyph's code in this document's subset, adding it (with its width and characters) on first use. */
  private code(face: Face, run: { glyphs: readonly number[]; widths: readonly number[]; codePoints: readonly (readonly number[])[] }, i: number): string {
    const glyph = run.glyphs[i]!;
    let code = face.codes.get(glyph);
    if (code === undefined) {
      const f = face.embedded;
      const id = f.subset.includeGlyph(glyph);
      f.widths[id] ??= run.widths[i]!;
      f.unicode[id] ??= run.codePoints[i]!;
      code = id.toString(16).padStart(4, '0');
      face.codes.set(glyph, code);
    }
    return code;
  }
}
