import type { View } from '../../view/types.js';
import { buildSheets } from './sheets.js';
import { writeWorkbook } from './write-workbook.js';

export interface RenderXlsxOptions {
  /** Document date, YYYY-MM-DD, for the workbook's creation and modification dates; defaults to view.meta.date. */
  date?: string;
}

/**
 * Renders the view as an Excel workbook for databases and donors: the measures (one row each,
 * with the cost by funding source), the indicators, the budget by area and by year, and the
 * consultations. Numbers are numbers and dates are dates; every sheet has a frozen header row, a
 * filter and column widths. The same view and date give the same bytes.
 */
export async function renderXlsx(view: View, options: RenderXlsxOptions = {}): Promise<Uint8Array> {
  const m = view.meta;
  return writeWorkbook(buildSheets(view), { title: m.title, subject: m.subject, author: m.author, keywords: m.keywords, date: options.date ?? m.date });
}
