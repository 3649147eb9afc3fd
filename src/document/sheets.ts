/**
 * A format-neutral workbook: the tables a document offers to spreadsheets and databases, arranged
 * once from its view (the plan's in render/xlsx/sheets.ts, the progress report's in
 * report/report-sheets.ts). The XLSX and CSV renderers only lay them out.
 */

/** A cell: text, a number, or a calendar date (YYYY-MM-DD). */
export type Cell = string | number | { date: string } | null;

export interface SheetColumn {
  header: string;
  /** Width in characters. */
  width: number;
  /** 'money' and 'count' are numbers; 'share' a fraction shown as a percentage; 'date' a calendar date. */
  kind?: 'money' | 'count' | 'share' | 'date';
}

export interface Sheet {
  name: string;
  columns: SheetColumn[];
  rows: Cell[][];
  /** Rows (by index) that are totals, set in bold; they come last, after the filtered rows. */
  totalRows?: number[];
}

/** The workbook's properties (File > Properties). */
export interface WorkbookMeta {
  title: string;
  subject: string;
  author: string;
  keywords: readonly string[];
  /** YYYY-MM-DD: the workbook's creation and modification dates. */
  date: string;
}
