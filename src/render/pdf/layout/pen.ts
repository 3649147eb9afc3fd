import type { FontName, TextStyle } from './styles.js';
import { wrapText } from './wrap.js';

/**
 * Widths at 1 pt of the words measured so far, per face, shared by every document of the process:
 * measuring is most of line breaking, and plans in a batch share most of their words.
 */
const WIDTHS: Record<FontName, Map<string, number>> = { regular: new Map(), bold: new Map() };
const MAX_CACHED_WIDTHS = 100_000;

/**
 * Draws and measures text on the pdfkit document, and writes a font, size or colour change only
 * when the style actually changes.
 */
export class Pen {
  private readonly lineHeights = new Map<TextStyle, number>();
  private font: FontName | undefined;
  private size = 0;
  /** The fill colour last set on the current page, so that it is written only when it changes. */
  private color: string | undefined;

  constructor(
    readonly doc: PDFKit.PDFDocument,
    /** The PostScript names under which the document has the faces. */
    private readonly fontNames: Readonly<Record<FontName, string>>,
  ) {}

  /** Selects the style for drawing. */
  use(style: TextStyle): this {
    this.setFont(style);
    if (style.color !== this.color) {
      this.doc.fillColor(style.color);
      this.color = style.color;
    }
    return this;
  }

  /** A filled rectangle. Shapes go through here so that the text colour is set again after them. */
  fillRect(x: number, y: number, w: number, h: number, color: string): void {
    this.doc.rect(x, y, w, h).fill(color);
    this.color = undefined;
  }

  /** Goes back to an earlier page (contents, running header); each page starts with black text. */
  switchToPage(index: number): void {
    this.doc.switchToPage(index);
    this.pageChanged();
  }

  /**
   * Selects face and size only. Measuring must not write to the page (a colour operator would), or a
   * document rendered while the caches are cold would differ from the same document rendered warm.
   */
  private setFont(style: Pick<TextStyle, 'font' | 'size'>): void {
    if (style.font !== this.font) {
      this.doc.font(this.fontNames[style.font]);
      this.font = style.font;
    }
    if (style.size !== this.size) {
      this.doc.fontSize(style.size);
      this.size = style.size;
    }
  }

  lineHeight(style: TextStyle): number {
    let h = this.lineHeights.get(style);
    if (h === undefined) {
      this.setFont(style);
      h = this.doc.currentLineHeight(true) + style.gap;
      this.lineHeights.set(style, h);
    }
    return h;
  }

  measure(text: string, style: TextStyle): number {
    const widths = WIDTHS[style.font];
    let w = widths.get(text);
    if (w === undefined) {
      if (widths.size > MAX_CACHED_WIDTHS) widths.clear();
      this.setFont({ font: style.font, size: 1 });
      w = this.doc.widthOfString(text);
      widths.set(text, w);
    }
    return w * style.size;
  }

  wrap(text: string, style: TextStyle, width: number): string[] {
    return wrapText(text, width, (s) => this.measure(s, style));
  }

  /** Draws one line with its top at y; never wraps and never adds a page. */
  line(text: string, x: number, y: number, style: TextStyle, options: PDFKit.Mixins.TextOptions = {}): void {
    if (text === '') return;
    this.use(style).doc.text(text, x, y, { ...options, lineBreak: false });
  }

  /** A new page starts with the default graphics state. */
  protected pageChanged(): void {
    this.color = undefined;
  }
}
