import { fill } from '../../i18n/index.js';
import type { Flow } from './layout/flow.js';
import { DRAFT_MARK, MARGIN, PAGE, RULE, STYLES, type TextStyle } from './layout/styles.js';
import { fitLine } from './layout/wrap.js';

const MARK: TextStyle = { ...STYLES.runner, font: 'bold', color: DRAFT_MARK };

/**
 * Writes the running header (municipality and plan title) and the footer "page X of Y" on every
 * page but the cover, once the page count is known (the document buffers its pages for this).
 * A `mark` (the status of a plan not yet adopted) is set in bold at the right of every header.
 */
export function drawRunners(flow: Flow, header: string, pageOf: string, mark?: string): void {
  const doc = flow.doc;
  const range = doc.bufferedPageRange();
  const pages = range.count;
  const style = STYLES.runner;
  const lh = flow.lineHeight(style);
  for (let i = range.start + 1; i < range.start + pages; i += 1) {
    flow.switchToPage(i);
    // Text below the bottom margin would make pdfkit start a new page.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    // The running header and footer are page furniture, outside the document's structure.
    flow.artifact(() => {
      const headerY = MARGIN.top - 26;
      const markWidth = mark === undefined ? 0 : flow.measure(mark, MARK);
      if (mark !== undefined) flow.line(mark, flow.left + flow.width - markWidth, headerY, MARK);
      flow.line(fitLine(header, flow.width - (markWidth > 0 ? markWidth + 12 : 0), (s) => flow.measure(s, style)), flow.left, headerY, style);
      flow.strokeStyle(0.4, RULE);
      doc.moveTo(flow.left, headerY + lh + 2).lineTo(flow.left + flow.width, headerY + lh + 2).stroke();
      const footer = fill(pageOf, { page: i - range.start + 1, pages });
      const footerY = PAGE.height - MARGIN.bottom + 24;
      flow.line(footer, flow.left + flow.width - flow.measure(footer, style), footerY, style);
    }, 'Pagination');
    doc.page.margins.bottom = bottom;
  }
}
