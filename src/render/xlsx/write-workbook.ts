import type { Workbook } from 'exceljs';
import type { Cell, Sheet, WorkbookMeta } from '../../document/sheets.js';
import { setZipDates } from '../zip-dates.js';

/**
 * Writes sheets as an Excel workbook: numbers as numbers (amounts with a thousands separator,
 * shares as percentages), dates as dates, a frozen and bold header row, a filter over the data
 * rows and column widths on every sheet. The same sheets and date give the same bytes.
 */
export async function writeWorkbook(sheets: readonly Sheet[], meta: WorkbookMeta): Promise<Uint8Array> {
  // exceljs is large: load it only when a workbook is asked for.
  const { default: ExcelJS } = await import('exceljs');
  const date = new Date(`${meta.date}T00:00:00Z`);
  const wb = new ExcelJS.Workbook();
  wb.creator = meta.author;
  wb.lastModifiedBy = meta.author;
  wb.title = meta.title;
  wb.subject = meta.subject;
  wb.keywords = meta.keywords.join(', ');
  wb.created = date;
  wb.modified = date;
  const used = new Set<string>();
  for (const sheet of sheets) addSheet(wb, sheet, sheetName(sheet.name, used));
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  return setZipDates(bytes, date);
}

const NUMBER_FORMATS = { count: '#,##0.##', share: '0%', date: 'yyyy-mm-dd' } as const;

function addSheet(wb: Workbook, sheet: Sheet, name: string): void {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  const whole = sheet.rows.every((r) => r.every((c, i) => sheet.columns[i]?.kind !== 'money' || typeof c !== 'number' || Number.isInteger(c)));
  ws.columns = sheet.columns.map((c) => ({
    header: c.header,
    width: c.width,
    style: {
      alignment: { vertical: 'top', wrapText: c.kind === undefined },
      ...(c.kind === 'money' ? { numFmt: whole ? '#,##0' : '#,##0.00' } : c.kind !== undefined ? { numFmt: NUMBER_FORMATS[c.kind] } : {}),
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
