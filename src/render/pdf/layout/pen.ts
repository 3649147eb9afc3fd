import { fillColor, num, strokeColor } from './operators.js';
import type { FontName, TextStyle } from './styles.js';
import type { TextWriter } from './text-writer.js';
import { hyphenationFor, type Hyphenate } from './hyphenate.js';
import { wrapText } from './wrap.js';

/**
 * Widths at 1 pt of the texts measured so far, per face, shared by every document of the process:
 * measuring is most of line breaking, and plans in a batch share most of their words.
 */
const WIDTHS: Record<FontName, Map<string, number>> = { regular: new Map(), bold: new Map() };
const MAX_CACHED_WIDTHS = 100_000;

/**
 * Line breaks of the texts wrapped so far, per face, language, size and width. Labels, headings and the
 * catalogue's texts come back in every plan of a language, each in the same few column widths.
 */
const BREAKS: Record<FontName, Map<string, Map<string, readonly string[]>>> = { regular: new Map(), bold: new Map() };
const MAX_CACHED_BREAKS = 20_000;
let cachedBreaks = 0;

/**
 * Draws and measures text on the pdfkit document, and writes a colour change only when the colour
 * actually changes.
 */
export class Pen {
  private readonly lineHeights = new Map<TextStyle, number>();
  /** The fill colour last set on the current page, so that it is written only when it changes. */
  private color: string | undefined;
  /** Lines of text on the current page (cells side by side count once), to find near-empty pages. */
  linesOnPage = 0;
  private lastLineY: number | undefined;
  private readonly hyphenate: Hyphenate;

  /** `language` is the document's BCP 47 tag: words are hyphenated by its patterns. */
  constructor(
    readonly doc: PDFKit.PDFDocument,
    private readonly text: TextWriter,
    private readonly language: string,
  ) {
    this.hyphenate = hyphenationFor(language);
  }

  /** Selects the colour of the style for drawing. */
  use(style: TextStyle): this {
    if (style.color !== this.color) {
      this.doc.addContent(fillColor(style.color));
      this.color = style.color;
    }
    return this;
  }

  /** A filled rectangle. Shapes go through here so that the text colour is set again after them. */
  fillRect(x: number, y: number, w: number, h: number, color: string): void {
    this.doc.addContent(`${fillColor(color)}\n${num(x)} ${num(y)} ${num(w)} ${num(h)} re\nf`);
    this.color = color;
  }

  /** A filled polygon (a milestone's diamond), through here for the same reason as fillRect. */
  fillPolygon(points: readonly (readonly [number, number])[], color: string): void {
    const path = points.map(([x, y], i) => `${num(x)} ${num(y)} ${i === 0 ? 'm' : 'l'}`).join('\n');
    this.doc.addContent(`${fillColor(color)}\n${path}\nh\nf`);
    this.color = color;
  }

  /** Sets the width and colour of the lines stroked next (pdfkit's moveTo, lineTo and stroke); every rule and chart line goes through here. */
  strokeStyle(width: number, color: string): void {
    this.doc.addContent(`${num(width)} w\n${strokeColor(color)}`);
  }

  /** Goes back to an earlier page (contents, running header); each page starts with black text. */
  switchToPage(index: number): void {
    this.doc.switchToPage(index);
    this.pageChanged();
  }

  lineHeight(style: TextStyle): number {
    let h = this.lineHeights.get(style);
    if (h === undefined) {
      h = this.text.lineHeight(style.font, style.size) + style.gap;
      this.lineHeights.set(style, h);
    }
    return h;
  }

  measure(text: string, style: TextStyle): number {
    const widths = WIDTHS[style.font];
    let w = widths.get(text);
    if (w === undefined) {
      if (widths.size > MAX_CACHED_WIDTHS) widths.clear();
      w = this.text.width(style.font, text);
      widths.set(text, w);
    }
    return w * style.size;
  }

  /** The lines of `text` wrapped to `width`; the returned array is shared and must not be changed. */
  wrap(text: string, style: TextStyle, width: number): readonly string[] {
    // Keyed by the text itself in a map per face, size and width: a key that included the text
    // would be a new long string to hash on every call.
    const format = `${this.language} ${style.size} ${width}`;
    const byFormat = BREAKS[style.font];
    let known = byFormat.get(format);
    if (known === undefined) byFormat.set(format, (known = new Map()));
    let lines = known.get(text);
    if (lines === undefined) {
      if (cachedBreaks >= MAX_CACHED_BREAKS) {
        BREAKS.regular.clear();
        BREAKS.bold.clear();
        cachedBreaks = 0;
      }
      lines = wrapText(text, width, (s) => this.measure(s, style), this.hyphenate);
      known.set(text, lines);
      cachedBreaks += 1;
    }
    return lines;
  }

  /** Draws one line with its top at y; never wraps and never adds a page. */
  line(text: string, x: number, y: number, style: TextStyle): void {
    if (text === '') return;
    if (y !== this.lastLineY) {
      this.linesOnPage += 1;
      this.lastLineY = y;
    }
    this.use(style).text.draw(text, x, y, style.font, style.size);
  }

  /** A new page starts with the default graphics state. */
  protected pageChanged(): void {
    this.color = undefined;
    this.linesOnPage = 0;
    this.lastLineY = undefined;
  }
}
