import type { DataValidation, Worksheet } from 'exceljs';
import { fill } from '../i18n/index.js';
import type { ColumnKind, InstitutionSheets, SheetColumn, SheetRow, SheetsLayout } from './sheet-layout.js';

/** The hidden sheet that says what a workbook is, for collect. */
export const META_SHEET = 'roma-plan';
export const META_MARK = 'roma-plan progress sheets';
/** Row 1: headers people read; row 2 (hidden): column keys collect reads; data from row 3. */
export const KEY_ROW = 2;
export const FIRST_DATA_ROW = 3;

const GREY = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7E6E6' } } as const;
const INPUT = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFFFF' } } as const;
const HEADER = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E2F3' } } as const;
const THIN = { style: 'thin', color: { argb: 'FFA6A6A6' } } as const;
const PROTECTION = { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true } as const;

const INPUT_KINDS: ReadonlySet<ColumnKind> = new Set(['status', 'text', 'amount', 'whole', 'number', 'date']);

/**
 * One institution's workbook as XLSX bytes: instructions in the plan's language, the measures and
 * the indicators with identifying cells locked (sheet protection without a password: it prevents
 * mistakes, it is not a security measure), a status drop-down, number-only cells for amounts,
 * people and indicator values, and a hidden sheet that tells collect what the workbook is.
 * `date` (YYYY-MM-DD) is written as the workbook's creation date, so that output is reproducible.
 */
export async function writeWorkbook(layout: SheetsLayout, institution: InstitutionSheets, date: string): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  const when = new Date(`${date}T00:00:00Z`);
  Object.assign(wb, { creator: 'roma-plan', lastModifiedBy: 'roma-plan', created: when, modified: when, title: fill(layout.texts.title, { year: layout.year, institution: institution.lead }) });
  const t = layout.texts;

  const info = wb.addWorksheet(t.sheetInstructions, { properties: { tabColor: { argb: 'FF4472C4' } } });
  info.getColumn(1).width = 28;
  info.getColumn(2).width = 90;
  const title = info.addRow([fill(t.title, { year: layout.year, institution: institution.lead })]);
  title.font = { bold: true, size: 14 };
  info.addRow([]);
  for (const [label, value] of [
    [t.plan, layout.planTitle],
    [t.year, layout.year],
    [t.institution, institution.lead],
    [t.currency, layout.currency],
  ] as const) {
    const row = info.addRow([label, value]);
    row.getCell(1).font = { bold: true };
    row.getCell(2).alignment = { horizontal: 'left', wrapText: true };
  }
  info.addRow([]);
  info.addRow([t.howTo]).font = { bold: true, size: 12 };
  const steps = [t.step1, t.step2, t.step3, t.step4, t.step5, t.step6].map((s) => fill(s, { measures: t.sheetMeasures, indicators: t.sheetIndicators, year: layout.year, currency: layout.currency }));
  for (const [i, step] of steps.entries()) {
    const row = info.addRow([`${i + 1}.`, step]);
    row.getCell(2).alignment = { wrapText: true, vertical: 'top' };
    row.getCell(1).alignment = { horizontal: 'right', vertical: 'top' };
  }
  info.addRow([]);
  info.addRow([t.statuses]).font = { bold: true, size: 12 };
  const firstStatusRow = info.rowCount + 1;
  for (const s of layout.statusLabels) info.addRow([s.label]);
  const statusRange = `${quoteSheet(t.sheetInstructions)}!$A$${firstStatusRow}:$A$${firstStatusRow + layout.statusLabels.length - 1}`;
  await info.protect('', PROTECTION);

  const measures = wb.addWorksheet(t.sheetMeasures, { views: [{ state: 'frozen', xSplit: 3, ySplit: KEY_ROW }] });
  fillTable(measures, institution.measures.columns, institution.measures.rows, statusRange, t);
  await measures.protect('', PROTECTION);
  const indicators = wb.addWorksheet(t.sheetIndicators, { views: [{ state: 'frozen', xSplit: 4, ySplit: KEY_ROW }] });
  fillTable(indicators, institution.indicators.columns, institution.indicators.rows, statusRange, t);
  await indicators.protect('', PROTECTION);

  const meta = wb.addWorksheet(META_SHEET, { state: 'hidden' });
  meta.addRows([[META_MARK, 1], ['year', layout.year], ['plan', layout.planTitle], ['lead', institution.lead], ['currency', layout.currency]]);
  await meta.protect('', PROTECTION);

  return new Uint8Array(await wb.xlsx.writeBuffer());
}

function fillTable(ws: Worksheet, columns: readonly SheetColumn[], rows: readonly SheetRow[], statusRange: string, t: SheetsLayout['texts']): void {
  ws.columns = columns.map((c) => ({ key: c.key, width: c.width }));
  const header = ws.getRow(1);
  columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.header;
    cell.font = { bold: true };
    cell.fill = HEADER;
    cell.alignment = { wrapText: true, vertical: 'top' };
    cell.border = { bottom: THIN };
  });
  const keys = ws.getRow(KEY_ROW);
  columns.forEach((c, i) => (keys.getCell(i + 1).value = c.key));
  keys.hidden = true;
  rows.forEach((r, n) => {
    const row = ws.getRow(FIRST_DATA_ROW + n);
    columns.forEach((c, i) => {
      const cell = row.getCell(i + 1);
      const open = INPUT_KINDS.has(c.kind) && !r.closed.includes(c.key);
      const value = r.values[c.key];
      if (value !== undefined && value !== '') cell.value = value;
      cell.alignment = { wrapText: c.kind === 'info' || c.kind === 'text', vertical: 'top' };
      cell.border = { top: THIN, bottom: THIN, left: THIN, right: THIN };
      cell.fill = open ? INPUT : GREY;
      cell.protection = { locked: !open };
      if (c.kind === 'date') cell.numFmt = 'yyyy-mm-dd';
      const rule = open ? validation(c.kind, statusRange, t) : undefined;
      if (rule) cell.dataValidation = rule;
    });
  });
}

/** The data validation of an input cell: what Excel and LibreOffice refuse as it is typed. */
function validation(kind: ColumnKind, statusRange: string, t: SheetsLayout['texts']): DataValidation | undefined {
  const error = (message: string) => ({ showErrorMessage: true, errorStyle: 'stop' as const, errorTitle: t.errorTitle, error: message });
  switch (kind) {
    case 'status':
      return { type: 'list', allowBlank: true, formulae: [statusRange], ...error(t.errorStatus) };
    case 'amount':
      return { type: 'decimal', operator: 'greaterThanOrEqual', allowBlank: true, formulae: [0], ...error(t.errorAmount) };
    case 'whole':
      return { type: 'whole', operator: 'greaterThanOrEqual', allowBlank: true, formulae: [0], ...error(t.errorWhole) };
    case 'number':
      return { type: 'decimal', operator: 'between', allowBlank: true, formulae: [-1e12, 1e12], ...error(t.errorNumber) };
    default:
      return undefined;
  }
}

/** A sheet name as a formula writes it: in quotes, with quotes doubled. */
const quoteSheet = (name: string): string => `'${name.replace(/'/g, "''")}'`;
