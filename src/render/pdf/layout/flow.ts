import type { ChapterRef } from '../../../view/types.js';
import type { Outline } from '../outline.js';
import { CONTENT_WIDTH, MARGIN, PAGE, STYLES, type TextStyle } from './styles.js';
import { Pen } from './pen.js';
import type { TextWriter } from './text-writer.js';

interface PendingHeading {
  lines: readonly string[];
  style: TextStyle;
  before: number;
  after: number;
  ref: ChapterRef | undefined;
}

/**
 * The text cursor of the document: places lines top to bottom, starts pages, and keeps headings
 * with what follows. Every block asks `ensure(height of its first piece)` before it draws, and the
 * headings waiting to be drawn are counted in, so a heading never ends up alone at a page bottom.
 */
export class Flow extends Pen {
  readonly left = MARGIN.left;
  readonly width = CONTENT_WIDTH;
  readonly top = MARGIN.top;
  readonly bottom = PAGE.height - MARGIN.bottom;
  y: number = MARGIN.top;
  private pending: PendingHeading[] = [];

  constructor(
    doc: PDFKit.PDFDocument,
    private readonly outline: Outline,
    text: TextWriter,
    language: string,
    tagged = true,
  ) {
    super(doc, text, language, tagged);
  }

  get atTop(): boolean {
    return this.y <= this.top + 0.01;
  }

  /** The current page, counted from 0 (the cover). */
  page = 0;

  newPage(): void {
    this.closeMarked();
    this.page += 1;
    this.doc.addPage();
    this.pageChanged();
    this.y = this.top;
    // A chart continued on the next page: its shapes there belong to the figure too.
    if (this.figureOpen) this.markOpen();
  }

  /**
   * Makes room for a block whose first piece is `height` tall, together with any headings still
   * waiting, starting a page when they do not fit; then draws those headings.
   */
  ensure(height: number): void {
    const headings = this.pending.reduce((sum, h, i) => sum + this.headingHeight(h, i === 0 && this.atTop), 0);
    if (this.y + headings + height > this.bottom && !this.atTop) this.newPage();
    this.flushHeadings();
    if (this.figureAlt !== undefined) {
      this.begin('Figure', { alt: this.figureAlt });
      this.figureAlt = undefined;
      this.figureOpen = true;
      this.markOpen();
    }
  }

  private figureAlt: string | undefined;
  private figureOpen = false;

  /**
   * A chart: what `draw` draws after its first `ensure` (so after the headings waiting) is one
   * Figure whose alternative text is `alt`, its shapes and labels included.
   */
  figure(alt: string, draw: () => void): void {
    this.figureAlt = alt;
    draw();
    this.figureAlt = undefined;
    if (this.figureOpen) {
      this.figureOpen = false;
      this.end();
    }
  }

  /** Queues a heading; it is drawn with the first block after it (see `ensure`). */
  heading(text: string, style: TextStyle, spacing: { before: number; after: number }, ref?: ChapterRef): void {
    this.pending.push({ lines: this.wrap(text, style, this.width), style, before: spacing.before, after: spacing.after, ref });
  }

  /** Draws headings that nothing followed (an empty section), so their bookmarks exist too. */
  flushHeadings(): void {
    const pending = this.pending;
    this.pending = [];
    for (const h of pending) {
      if (!this.atTop) this.y += h.before;
      const lh = this.lineHeight(h.style);
      if (this.y + lh * h.lines.length > this.bottom) this.newPage();
      if (h.ref) this.outline.add(h.ref, this.y);
      this.begin(h.ref ? (h.ref.level === 1 ? 'H1' : 'H2') : h.style === STYLES.h1 ? 'H1' : h.style === STYLES.h2 ? 'H2' : 'H3');
      for (const l of h.lines) {
        this.line(l, this.left, this.y, h.style);
        this.y += lh;
      }
      this.end();
      this.y += h.after;
    }
  }

  private headingHeight(h: PendingHeading, atTop: boolean): number {
    return (atTop ? 0 : h.before) + this.lineHeight(h.style) * h.lines.length + h.after;
  }

  space(points: number): void {
    if (!this.atTop) this.y = Math.min(this.y + points, this.bottom);
  }

  /**
   * A wrapped paragraph that may continue on the next page; it never leaves a single first line at
   * a page bottom or a single last line at the top of the next.
   */
  paragraph(text: string, style: TextStyle = STYLES.body, options: { indent?: number; after?: number; width?: number } = {}): void {
    const indent = options.indent ?? 0;
    const lines = this.wrap(text, style, (options.width ?? this.width) - indent);
    const lh = this.lineHeight(style);
    this.ensure(lh * Math.min(2, lines.length));
    this.begin('P');
    lines.forEach((l, i) => {
      const widowed = lines.length >= 3 && i === lines.length - 2 && this.y + 2 * lh > this.bottom;
      if (this.y + lh > this.bottom || widowed) this.newPage();
      this.line(l, this.left + indent, this.y, style);
      this.y += lh;
    });
    this.end();
    this.y += options.after ?? 5;
  }

  /** Paragraphs separated by blank lines in the plan's text become separate paragraphs here. */
  prose(text: string | undefined, style: TextStyle = STYLES.body): void {
    if (text === undefined) return;
    for (const p of text.split(/\n\s*\n/)) if (p.trim() !== '') this.paragraph(p.trim(), style);
  }

  /** A bulleted list, or a numbered one (1., 2., …) when the order matters, as for ranked needs. */
  bullets(items: readonly string[], style: TextStyle = STYLES.body, options: { numbered?: boolean } = {}): void {
    const marker = (i: number): string => (options.numbered ? `${i + 1}.` : '•');
    const indent = options.numbered ? this.measure(marker(items.length - 1), style) + 6 : 12;
    items.forEach((item, i) => {
      const lines = this.wrap(item, style, this.width - indent);
      const lh = this.lineHeight(style);
      this.ensure(lh * Math.min(2, lines.length));
      if (i === 0) this.begin('L', { listNumbering: options.numbered ? 'Decimal' : 'Disc' });
      this.begin('LI');
      // An item's number is its rank, a label to read; a bullet is decoration (the list says it is bulleted).
      if (options.numbered) {
        this.begin('Lbl');
        this.line(marker(i), this.left, this.y, style);
        this.end();
      } else {
        this.artifact(() => this.line(marker(i), this.left + 2, this.y, style));
      }
      this.begin('LBody');
      for (const l of lines) {
        if (this.y + lh > this.bottom) this.newPage();
        this.line(l, this.left + indent, this.y, style);
        this.y += lh;
      }
      this.end();
      this.end();
      this.y += i === items.length - 1 ? 5 : 1.5;
    });
    if (items.length > 0) this.end();
  }
}
