/** Page geometry and type styles of the PDF: one place, so every part of the document agrees. */

/** A4 in points. */
export const PAGE = { width: 595.28, height: 841.89 } as const;

/** The running header sits in the top margin and the footer in the bottom margin. */
export const MARGIN = { top: 70, bottom: 62, left: 56, right: 56 } as const;

export const CONTENT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;

export type FontName = 'regular' | 'bold';

export interface TextStyle {
  font: FontName;
  size: number;
  color: string;
  /** Extra space between lines, in points. */
  gap: number;
}

const ink = '#1a1a1a';
export const MUTED = '#5c5c5c';
export const RULE = '#9a9a9a';
export const HEAD_FILL = '#e4e9f0';
export const GROUP_FILL = '#f2f4f7';
export const ACCENT = '#1f4e79';
/** The status of a plan not yet adopted, on the cover and in every running header. */
export const DRAFT_MARK = '#b3261e';

export const STYLES = {
  body: { font: 'regular', size: 10, color: ink, gap: 2.5 },
  bodyBold: { font: 'bold', size: 10, color: ink, gap: 2.5 },
  small: { font: 'regular', size: 8.5, color: MUTED, gap: 1.5 },
  h1: { font: 'bold', size: 17, color: ACCENT, gap: 3 },
  h2: { font: 'bold', size: 12.5, color: ACCENT, gap: 2 },
  h3: { font: 'bold', size: 11, color: ACCENT, gap: 2 },
  /** A titled item inside a section: a measure, a consultation, a goal statement. */
  h4: { font: 'bold', size: 10, color: ink, gap: 2 },
  cell: { font: 'regular', size: 8, color: ink, gap: 1.2 },
  cellBold: { font: 'bold', size: 8, color: ink, gap: 1.2 },
  /** Secondary text in a cell (means of verification, sources): muted, but no smaller than the cell's. */
  cellSmall: { font: 'regular', size: 8, color: MUTED, gap: 1 },
  head: { font: 'bold', size: 8, color: ink, gap: 1 },
  runner: { font: 'regular', size: 7.5, color: MUTED, gap: 0 },
  chart: { font: 'regular', size: 7, color: ink, gap: 0 },
  chartBold: { font: 'bold', size: 7.5, color: ink, gap: 0 },
} as const satisfies Record<string, TextStyle>;
