import { fillColor, num, strokeColor } from './operators.js';
import type { FontName, TextStyle } from './styles.js';
import type { TextWriter } from './text-writer.js';
import { hyphenationFor, type Hyphenate } from './hyphenate.js';
import { StructTree, type ElementOptions, type StructElement, type StructTag } from './structure.js';
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
 *
 * The document is tagged: every line drawn belongs to the structure element opened last (`begin`
 * … `end`), in a marked-content sequence (`/P <</MCID n>> BDC … EMC`) that stays open while the
 * element's lines follow each other on one page. A line drawn with no element open is a paragraph
 * of its own. What `artifact` draws (running header, footer, rules and fills) is outside the
 * structure. An untagged pen (`tagged` false) draws the same page content without any of this.
 */
export class Pen {
  /** The structure tree, written when the document is finished (see `finishStructure`); none when untagged. */
  private readonly tree: StructTree | undefined;
  /** The elements opened and not yet ended; `undefined` for one opened inside an artifact. */
  private readonly open: (StructElement | undefined)[] = [];
  /** The element whose marked-content sequence is open on the current page, if any. */
  private marked: StructElement | undefined;
  private inArtifact = false;

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
    tagged = true,
  ) {
    this.hyphenate = hyphenationFor(language);
    this.tree = tagged ? new StructTree(doc) : undefined;
  }

  /** Opens a structure element below the one open (or the document); lines drawn next belong to it. */
  begin(tag: StructTag, options: ElementOptions = {}): StructElement | undefined {
    // Inside an artifact (a repeated table header) nothing is in the structure.
    let element: StructElement | undefined;
    if (this.tree !== undefined && !this.inArtifact) {
      this.closeMarked();
      element = this.tree.add(this.open.findLast((e) => e !== undefined) ?? this.tree.root, tag, options);
    }
    this.open.push(element);
    return element;
  }

  /** Closes the element opened last. */
  end(): void {
    if (this.open.pop() !== undefined) this.closeMarked();
  }

  /** Draws into an element opened and ended earlier (a contents entry's page number, a table cell split across pages). */
  resume(element: StructElement | undefined, draw: () => void): void {
    this.closeMarked();
    this.open.push(element);
    draw();
    this.end();
  }

  /** A link annotation to the named destination, over the rectangle, as part of `element` (a contents entry's Link). */
  goTo(element: StructElement | undefined, x: number, y: number, w: number, h: number, name: string): void {
    if (element === undefined || this.tree === undefined) {
      this.doc.goTo(x, y, w, h, name);
      return;
    }
    // pdfkit hands the annotation to `structParent.add` before it writes it, so that its StructParent key goes in.
    const structParent = { add: (child: { annotationRef: { id: number; data: Record<string, unknown> } }) => this.tree!.link(element, child.annotationRef) };
    this.doc.goTo(x, y, w, h, name, { structParent: structParent as unknown as PDFKit.PDFStructureElement });
  }

  /** Draws what is not content (running header and footer, rules, fills) outside the structure. */
  artifact(draw: () => void, type: 'Pagination' | 'Layout' = 'Layout'): void {
    if (this.inArtifact || this.tree === undefined) return draw();
    this.closeMarked();
    this.doc.addContent(type === 'Layout' ? '/Artifact <</Type /Layout>> BDC' : '/Artifact <</Type /Pagination>> BDC');
    this.inArtifact = true;
    try {
      draw();
    } finally {
      this.inArtifact = false;
      this.doc.addContent('EMC');
    }
  }

  /** Writes the structure tree into the file; call it once, when every page is drawn, before the document ends. */
  finishStructure(): void {
    this.closeMarked();
    this.tree?.write();
  }

  /** Ends the open marked-content sequence: before a page changes, an element ends or an artifact. */
  protected closeMarked(): void {
    if (this.marked === undefined) return;
    this.doc.addContent('EMC');
    this.marked = undefined;
  }

  /** Starts the marked-content sequence of the open element now, before anything is drawn (a figure's shapes). */
  protected markOpen(): void {
    this.markFor();
  }

  private markFor(): void {
    const element = this.open[this.open.length - 1];
    if (element === undefined || element === this.marked) return;
    this.closeMarked();
    this.doc.addContent(`/${element.tag} <</MCID ${this.tree!.mark(element)}>> BDC`);
    this.marked = element;
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
    this.closeMarked();
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
    if (this.inArtifact) {
      this.use(style).text.draw(text, x, y, style.font, style.size);
    } else if (this.open.length === 0 || this.open[this.open.length - 1] === undefined) {
      this.begin('P');
      this.markFor();
      this.use(style).text.draw(text, x, y, style.font, style.size);
      this.end();
    } else {
      this.markFor();
      this.use(style).text.draw(text, x, y, style.font, style.size);
    }
  }

  /** A new page starts with the default graphics state. */
  protected pageChanged(): void {
    this.marked = undefined;
    this.color = undefined;
    this.linesOnPage = 0;
    this.lastLineY = undefined;
  }
}
