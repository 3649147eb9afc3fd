import type { Workbook } from 'exceljs';
import type { View } from '../../view/types.js';
import { buildSheets, type Cell, type Sheet } from './sheets.js';
import { setZipDates } from '../zip-dates.js';

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
  // exceljs is large: load it only when a workbook is asked for.
  const { default: ExcelJS } = await import('exceljs');
  const date = new Date(`${options.date ?? view.meta.date}T00:00:00Z`);
  const wb = new ExcelJS.Workbook();
  wb.creator = view.meta.author;
  wb.lastModifiedBy = view.meta.author;
  wb.title = view.meta.title;
  wb.subject = view.meta.subject;
  wb.keywords = view.meta.keywords.join(', ');
  wb.created = date;
  wb.modified = date;
  const used = new Set<string>();
  for (const sheet of buildSheets(view)) addSheet(wb, sheet, sheetName(sheet.name, used));
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  return setZipDates(bytes, date);
}


function addSheet(wb: Workbook, sheet: Sheet, name: string): void {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  const whole = sheet.rows.every((r) => r.every((c, i) => sheet.columns[i]?.kind !== 'money' || typeof c !== 'number' || Number.isInteger(c)));
  ws.columns = sheet.columns.map((c) => ({
    header: c.header,
    width: c.width,
    style: {
      alignment: { vertical: 'top', wrapText: c.kind === undefined },
      ...(c.kind === 'money' ? { numFmt: whole ? '#,##0' : '#,##0.00' } : c.kind === 'count' ? { numFmt: '#,##0.##' } : c.kind === 'date' ? { numFmt: 'yyyy-mm-dd' } : {}),
    },
  }));
  ws.getRow(1).font = { bold: true };
  ws.getRow(1).alignment = { vertical: 'top', wrapText: true };
  for (const row of sheet.rows) ws.addRow(row.map(cellValue));
  for (const i of sheet.totalRows ?? []) ws.getRow(i + 2).font = { bold: true };
  // The filter covers the data rows, not the totals below them.
  const last = sheet.rows.length + 1 - (sheet.totalRows?.length ?? 0);
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, last), column: sheet.columns.length } };
}

function cellValue(cell: Cell): string | number | Date | null {
  if (cell !== null && typeof cell === 'object') return new Date(`${cell.date}T00:00:00Z`);
  return cell;
}

/** Excel's rules for sheet names: at most 31 characters, none of []:*?/\, unique. */
function sheetName(wanted: string, used: Set<string>): string {
  const base = wanted.replace(/[[\]:*?/\\]/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 31).trim() || 'Sheet';
  let name = base;
  for (let n = 2; used.has(name.toLowerCase()); n++) name = `${base.slice(0, 28)} ${n}`;
  used.add(name.toLowerCase());
  return name;
}
