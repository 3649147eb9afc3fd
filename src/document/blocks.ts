/**
 * A format-neutral document: the documents that follow a plan (the yearly progress report, the
 * amendment list) are arranged as these blocks once, from their views, and every format renders
 * the blocks. All text is final (labelled, formatted, in the document's language): a renderer
 * only lays it out.
 */
export interface DocumentModel {
  meta: {
    title: string;
    author: string;
    subject: string;
    keywords: string[];
    /** BCP 47 tag of the text. */
    language: string;
    /** YYYY-MM-DD, for PDF metadata. */
    date: string;
  };
  /** The running header of printed pages. */
  runningHeader: string;
  /** "Page {page} of {pages}" in the document's language. */
  pageOf: string;
  /**
   * The title of a list of contents after the cover facts, in the document's language, for the
   * formats that make one (Word's contents field); a document without it has none.
   */
  contents?: string;
  blocks: Block[];
}

export type Block = HeadingBlock | ParagraphBlock | ListBlock | DefinitionsBlock | TableBlock | BarsBlock;

export interface HeadingBlock {
  kind: 'heading';
  /** 1: the document title; 2: a chapter; 3: a section or item. */
  level: 1 | 2 | 3;
  text: string;
  /** Stable anchor, e.g. 'budget-by-area'. */
  id: string;
}

export interface ParagraphBlock {
  kind: 'paragraph';
  text: string;
  /** 'note' is set smaller (a method note, a source). */
  tone?: 'normal' | 'note' | 'strong';
}

export interface ListBlock {
  kind: 'list';
  items: string[];
  numbered?: boolean;
}

export interface DefinitionsBlock {
  kind: 'definitions';
  pairs: [string, string][];
}

export interface TableColumn {
  header: string;
  /** Relative width in print. */
  weight: number;
  align?: 'left' | 'right';
}

export interface TableBlock {
  kind: 'table';
  columns: TableColumn[];
  rows: string[][];
  /** Rows (by index) that are totals, set in bold. */
  totalRows?: number[];
}

/**
 * A horizontal bar chart: per row one bar per series, lengths as shares of `max`. The same
 * figures are always in a table of the document too, so a format without drawings may skip it.
 */
export interface BarsBlock {
  kind: 'bars';
  caption: string;
  /** 'plan' for what was planned, 'actual' for what was done: print styles tell them apart. */
  series: { label: string; key: 'plan' | 'actual' }[];
  rows: { label: string; values: number[]; texts: string[] }[];
  max: number;
  /** What the chart shows, for readers who do not see it (a tagged PDF's Figure): see `barsWithAlt`. */
  alt: string;
}

/** A bars block with its alternative text: the caption, then every row's label and figures with the series' labels. */
export function barsWithAlt(block: Omit<BarsBlock, 'alt'>): BarsBlock {
  const rows = block.rows.map((r) => `${r.label}: ${block.series.map((s, i) => `${s.label} ${r.texts[i] ?? ''}`).join(', ')}`);
  return { ...block, alt: rows.length === 0 ? block.caption : `${block.caption}. ${rows.join('; ')}.` };
}
