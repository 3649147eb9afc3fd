import type { Cell, Sheet } from '../../document/sheets.js';
import type { View } from '../../view/types.js';
import { buildSheets } from './sheets.js';

/**
 * Renders the measures sheet as CSV for systems that take CSV: RFC 4180 (comma separated, CRLF
 * line ends, fields with a comma, quote or line break quoted), UTF-8 with a byte order mark so that
 * Excel reads the letters of every plan language. Amounts are plain numbers with a decimal point.
 */
export function renderCsv(view: View): string {
  return sheetCsv(buildSheets(view)[0]!);
}

/** One sheet as RFC 4180 CSV in UTF-8 with a byte order mark: its header row, then its rows. */
export function sheetCsv(sheet: Sheet): string {
  const lines = [sheet.columns.map((c) => field(c.header)), ...sheet.rows.map((r) => r.map(field))];
  return `\uFEFF${lines.map((l) => l.join(',')).join('\r\n')}\r\n`;
}

function field(cell: Cell): string {
  if (cell === null) return '';
  const text = typeof cell === 'object' ? cell.date : String(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
