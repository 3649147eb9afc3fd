import type { ChapterRef } from '../../view/types.js';
import { PAGE } from './layout/styles.js';

/**
 * Bookmarks and link targets for the chapters and sections of `view.chapters`: each heading, when
 * it lands on its page, becomes an outline entry (sections nested under their chapter) and a named
 * destination that the contents links to.
 */
export class Outline {
  /** Page index (0-based) of every placed chapter or section, by id, for the contents. */
  readonly pages = new Map<string, number>();
  private chapter: PDFKit.PDFOutline | undefined;

  constructor(private readonly doc: PDFKit.PDFDocument) {}

  add(ref: ChapterRef, y: number): void {
    const title = ref.number === '' ? ref.title : `${ref.number} ${ref.title}`;
    // pdfkit writes `left` as page width minus the option, so the page width puts the view at x = 0.
    const target = { top: y, left: PAGE.width };
    if (ref.level === 1 || this.chapter === undefined) {
      this.chapter = this.doc.outline.addItem(title, target);
    } else {
      this.chapter.addItem(title, target);
    }
    this.doc.addNamedDestination(ref.id, 'XYZ', 0, y, 0);
    this.pages.set(ref.id, this.currentPage());
  }

  private currentPage(): number {
    const range = this.doc.bufferedPageRange();
    return range.start + range.count - 1;
  }
}
