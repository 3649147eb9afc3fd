import type { CellValue, Workbook, Worksheet } from 'exceljs';
import type { IssueParams } from '../plan/issue.js';
import { FIRST_DATA_ROW, KEY_ROW, META_MARK, META_SHEET } from './write-workbook.js';

/** A cell's content as collect sees it: empty, a number, a date or text. */
export type CellContent = { kind: 'empty' } | { kind: 'number'; value: number } | { kind: 'date'; value: Date } | { kind: 'text'; value: string };

export interface ReadCell {
  content: CellContent;
  /** 'C7' */
  address: string;
}

export interface ReadTable {
  sheet: string;
  keys: string[];
  /** Data rows that hold anything, by key. */
  rows: { row: number; cells: Map<string, ReadCell> }[];
}

export type ReadWorkbook =
  | { ok: true; year: ReadCell & { sheet: string }; lead: string; measures: ReadTable; indicators: ReadTable }
  | { ok: false; code: string; message: string; params: IssueParams; sheet?: string; cell?: string };

/**
 * Reads a progress workbook (as written by `sheets`, possibly filled in and saved again by Excel
 * or LibreOffice): the year it is for, its measure rows and its indicator rows, each cell typed.
 * The sheets are found by the column keys in their hidden second row, not by name or position.
 */
export async function readWorkbook(bytes: Uint8Array): Promise<ReadWorkbook> {
  const { default: ExcelJS } = await import('exceljs');
  const wb: Workbook = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (err) {
    return { ok: false, code: 'NOT_XLSX', message: `cannot be read as an XLSX workbook (${err instanceof Error ? err.message : String(err)})`, params: { reason: err instanceof Error ? err.message : String(err) } };
  }
  const meta = wb.getWorksheet(META_SHEET);
  if (!meta || text(meta.getCell('A1').value) !== META_MARK) {
    return { ok: false, code: 'NOT_PROGRESS_SHEETS', message: 'is not a progress workbook written by roma-plan sheets (its hidden sheet "roma-plan" is missing)', params: {} };
  }
  const tables = wb.worksheets.map(readTable).filter((t): t is ReadTable => t !== undefined);
  const measures = tables.find((t) => t.keys.includes('status'));
  const indicators = tables.find((t) => t.keys.includes('indicator'));
  if (!measures || !indicators) {
    return { ok: false, code: 'SHEET_MISSING', message: `has lost its ${measures ? 'indicators' : 'measures'} sheet or that sheet's hidden row of column names (row ${KEY_ROW})`, params: { sheet: measures ? 'indicators' : 'measures', row: String(KEY_ROW) } };
  }
  const yearCell = meta.getCell('B2');
  return { ok: true, year: { sheet: META_SHEET, address: 'B2', content: content(yearCell.value) }, lead: text(meta.getCell('B4').value), measures, indicators };
}

function readTable(ws: Worksheet): ReadTable | undefined {
  const keys: string[] = [];
  ws.getRow(KEY_ROW).eachCell({ includeEmpty: true }, (cell, col) => (keys[col - 1] = text(cell.value)));
  if (keys[0] !== 'ref') return undefined;
  const rows: ReadTable['rows'] = [];
  for (let r = FIRST_DATA_ROW; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const cells = new Map<string, ReadCell>();
    keys.forEach((key, i) => {
      if (key === '') return;
      const cell = row.getCell(i + 1);
      cells.set(key, { content: content(cell.value), address: cell.address });
    });
    if ([...cells.values()].some((c) => c.content.kind !== 'empty')) rows.push({ row: r, cells });
  }
  return { sheet: ws.name, keys, rows };
}

/** Normalises what exceljs gives for a cell: formulas by their result, rich text by its characters. */
export function content(value: CellValue): CellContent {
  if (value === null || value === undefined) return { kind: 'empty' };
  if (typeof value === 'number') return Number.isFinite(value) ? { kind: 'number', value } : { kind: 'text', value: String(value) };
  if (value instanceof Date) return { kind: 'date', value };
  if (typeof value === 'string') return value.trim() === '' ? { kind: 'empty' } : { kind: 'text', value: value.trim() };
  if (typeof value === 'boolean') return { kind: 'text', value: String(value) };
  if (typeof value === 'object') {
    if ('result' in value) return content((value as { result?: CellValue }).result ?? null);
    if ('richText' in value) return content(value.richText.map((r) => r.text).join(''));
    if ('text' in value && typeof value.text === 'string') return content(value.text);
    if ('error' in value) return { kind: 'text', value: String(value.error) };
  }
  return { kind: 'text', value: String(value as unknown) };
}

const text = (value: CellValue): string => {
  const c = content(value);
  return c.kind === 'empty' ? '' : c.kind === 'date' ? c.value.toISOString().slice(0, 10) : String(c.value);
};
