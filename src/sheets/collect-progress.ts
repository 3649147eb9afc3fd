import type { IssueParams } from '../plan/issue.js';
import type { Plan } from '../plan/types.js';
import { measureLookup, planMeasures } from '../progress/plan-measures.js';
import { MEASURE_STATUSES, type IndicatorValue, type MeasureProgress, type MeasureStatus, type Spending } from '../progress/types.js';
import { readWorkbook, type CellContent, type ReadCell, type ReadTable } from './read-workbook.js';
import { sheetsLayout } from './sheet-layout.js';

/** A problem in a returned workbook, at a cell where there is one: `file.xlsx:Sheet!C7`. */
export interface CollectIssue {
  file: string;
  sheet?: string;
  cell?: string;
  code: string;
  message: string;
  /** The values its message needs, to word it again in another language. */
  params?: IssueParams;
  /** The measure whose row it is (a problem without one concerns the whole file). */
  measure?: string;
}

export interface CollectResult {
  /** The measures read without error, in plan order. */
  measures: MeasureProgress[];
  issues: CollectIssue[];
  /** Measures that had errors (or whose file had), and were therefore left out. */
  leftOut: { file: string; measure?: string }[];
  /** Measures of the plan that no workbook reported. */
  notReported: string[];
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Reads filled-in progress workbooks back into one year of a progress file. Every bad cell is an
 * issue at that cell; a measure with any issue (or from a file with one) is left out of
 * `measures`, so that the caller decides whether to write what is good (--partial) or nothing.
 */
export async function collectProgress(files: readonly { name: string; bytes: Uint8Array }[], plan: Plan, year: number): Promise<CollectResult> {
  const lookup = measureLookup(planMeasures(plan));
  const layout = sheetsLayout(plan, year);
  const statusByText = new Map<string, MeasureStatus>();
  for (const s of layout.statusLabels) statusByText.set(s.label.trim().toLowerCase(), s.status);
  for (const s of MEASURE_STATUSES) statusByText.set(s, s);
  const issues: CollectIssue[] = [];
  const collected = new Map<string, { file: string; progress: MeasureProgress }>();
  const leftOut: CollectResult['leftOut'] = [];

  for (const { name, bytes } of files) {
    const book = await readWorkbook(bytes);
    if (!book.ok) {
      issues.push({ file: name, ...(book.sheet ? { sheet: book.sheet } : {}), ...(book.cell ? { cell: book.cell } : {}), code: book.code, message: book.message, ...(book.params ? { params: book.params } : {}) });
      leftOut.push({ file: name });
      continue;
    }
    if (book.year.content.kind !== 'number' || book.year.content.value !== year) {
      const found = book.year.content.kind === 'empty' ? 'no year' : String(book.year.content.value);
      issues.push({ file: name, sheet: book.year.sheet, cell: book.year.address, code: 'WRONG_YEAR', message: `the workbook is for ${found}, not ${year}`, params: { kind: book.year.content.kind === 'empty' ? 'none' : 'other', found: book.year.content.kind === 'empty' ? '' : found, year: String(year) } });
      leftOut.push({ file: name });
      continue;
    }
    const fileIssues: CollectIssue[] = [];
    const at = (table: ReadTable, cell: ReadCell, code: string, message: string, measure?: string, params?: IssueParams) =>
      fileIssues.push({ file: name, sheet: table.sheet, cell: cell.address, code, message, ...(params ? { params } : {}), ...(measure !== undefined ? { measure } : {}) });
    const rows = new Map<string, MeasureProgress>();

    for (const { cells } of book.measures.rows) {
      const refCell = cells.get('ref')!;
      const ref = refCell.content.kind === 'empty' ? '' : String(refCell.content.kind === 'date' ? '' : refCell.content.value);
      const planned = lookup.get(ref);
      if (!planned) {
        at(book.measures, refCell, 'UNKNOWN_MEASURE', ref === '' ? 'a filled row has no measure code (rows must not be added)' : `"${ref}" is not a measure of the plan (the code column must not be changed)`, undefined, ref === '' ? { kind: 'row', value: '', guess: '' } : { kind: 'sheet', value: ref, guess: '' });
        continue;
      }
      if (collected.has(ref) || rows.has(ref)) {
        at(book.measures, refCell, 'DUPLICATE_MEASURE', `measure ${planned.number} is reported twice${collected.has(ref) ? ` (also in ${collected.get(ref)!.file})` : ''}`, ref, { measure: planned.number, year: String(year) });
        continue;
      }
      const entered = [...cells.entries()].filter(([k, c]) => !['ref', 'number', 'title', 'planned'].includes(k) && c.content.kind !== 'empty');
      if (entered.length === 0) continue;
      const statusCell = cells.get('status')!;
      let status: MeasureStatus | undefined;
      if (statusCell.content.kind === 'empty') at(book.measures, statusCell, 'STATUS_MISSING', `measure ${planned.number} has figures but no status: choose one from the list`, ref, { kind: 'figures', measure: planned.number, sheet: book.measures.sheet });
      else {
        status = statusByText.get(asText(statusCell.content).toLowerCase());
        if (!status) at(book.measures, statusCell, 'STATUS_UNKNOWN', `"${asText(statusCell.content)}" is not one of the statuses (${layout.statusLabels.map((s) => s.label).join(', ')})`, ref, { value: asText(statusCell.content), statuses: layout.statusLabels.map((s) => s.label).join(', ') });
      }
      const progress: MeasureProgress = { measure: ref, status: status ?? 'not-started' };
      const textOf = (key: string) => {
        const c = cells.get(key);
        return c && c.content.kind !== 'empty' ? asText(c.content) : undefined;
      };
      const implemented = textOf('implemented');
      if (implemented !== undefined) progress.implemented = implemented;
      const spent: Spending[] = [];
      const reached: NonNullable<MeasureProgress['reached']> = {};
      for (const [key, cell] of cells) {
        if (key.startsWith('spent:')) {
          const amount = numberAt(cell, 'amount', (code, message, params) => at(book.measures, cell, code, message, ref, params));
          if (amount === undefined) continue;
          const [, type, ...rest] = key.split(':');
          spent.push({ type: type as Spending['type'], ...(rest.length > 0 ? { name: rest.join(':') } : {}), amount });
        } else if (key.startsWith('reached.')) {
          const count = numberAt(cell, 'whole', (code, message, params) => at(book.measures, cell, code, message, ref, params));
          if (count !== undefined) reached[key.slice('reached.'.length) as keyof typeof reached] = count;
        }
      }
      for (const part of ['roma', 'women', 'children'] as const) {
        const value = reached[part];
        if (value !== undefined && reached.total !== undefined && value > reached.total) at(book.measures, cells.get(`reached.${part}`)!, 'PART_ABOVE_TOTAL', `${value} is more than the ${reached.total} people reached in all`, ref, { value: String(value), total: String(reached.total) });
      }
      if (spent.length > 0) progress.spent = spent;
      if (Object.keys(reached).length > 0) progress.reached = reached;
      const deviation = textOf('deviation');
      if (deviation !== undefined) progress.deviation = deviation;
      const corrective = textOf('correctiveAction');
      if (corrective !== undefined) progress.correctiveAction = corrective;
      rows.set(ref, progress);
    }

    for (const { cells } of book.indicators.rows) {
      const refCell = cells.get('ref')!;
      const ref = asText(refCell.content);
      const planned = lookup.get(ref);
      const indicatorCell = cells.get('indicator')!;
      const position = indicatorCell.content.kind === 'number' ? indicatorCell.content.value : Number.NaN;
      if (!planned || !Number.isInteger(position) || position < 1 || position > planned.measure.indicators.length) {
        at(book.indicators, planned ? indicatorCell : refCell, 'UNKNOWN_INDICATOR', 'this row does not name an indicator of the plan (rows and the code columns must not be changed)', ref, { kind: 'row', measure: planned?.number ?? ref, value: '', guess: '', count: planned?.measure.indicators.length ?? 0 });
        continue;
      }
      const valueCell = cells.get('value')!;
      const dateCell = cells.get('date');
      const sourceCell = cells.get('source');
      const hasMore = (dateCell && dateCell.content.kind !== 'empty') || (sourceCell && sourceCell.content.kind !== 'empty');
      if (valueCell.content.kind === 'empty') {
        if (hasMore) at(book.indicators, valueCell, 'VALUE_MISSING', 'a date or source is given but no value', ref, {});
        continue;
      }
      const value = numberAt(valueCell, 'number', (code, message, params) => at(book.indicators, valueCell, code, message, ref, params));
      if (value === undefined) continue;
      const entry: IndicatorValue = { indicator: position, value };
      if (dateCell && dateCell.content.kind !== 'empty') {
        const date = dateCell.content.kind === 'date' ? dateCell.content.value.toISOString().slice(0, 10) : asText(dateCell.content);
        if (DATE.test(date) && !Number.isNaN(Date.parse(`${date}T00:00:00Z`))) entry.date = date;
        else at(book.indicators, dateCell, 'BAD_DATE', `"${date}" is not a date written YYYY-MM-DD`, ref, { value: date });
      }
      if (sourceCell && sourceCell.content.kind !== 'empty') entry.source = asText(sourceCell.content);
      const measure = rows.get(ref);
      if (!measure) {
        at(book.indicators, valueCell, 'STATUS_MISSING', `measure ${planned.number} has an indicator value but no status on the sheet "${book.measures.sheet}"`, ref, { kind: 'indicator', measure: planned.number, sheet: book.measures.sheet });
        continue;
      }
      (measure.indicators ??= []).push(entry);
    }

    issues.push(...fileIssues);
    const bad = new Set(fileIssues.map((i) => i.measure));
    for (const [ref, progress] of rows) {
      if (bad.has(ref)) leftOut.push({ file: name, measure: ref });
      else collected.set(ref, { file: name, progress });
    }
  }

  const order = planMeasures(plan).map((m) => m.id ?? m.number);
  return {
    measures: order.filter((r) => collected.has(r)).map((r) => collected.get(r)!.progress),
    issues,
    leftOut,
    notReported: planMeasures(plan).filter((m) => !collected.has(m.id ?? m.number) && !leftOut.some((l) => l.measure === (m.id ?? m.number))).map((m) => m.number),
  };
}

const asText = (c: CellContent): string => (c.kind === 'empty' ? '' : c.kind === 'date' ? c.value.toISOString().slice(0, 10) : String(c.value));

/** A number from a number-only cell, or an issue: text, a negative amount, a fraction of a person. */
function numberAt(cell: ReadCell, kind: 'amount' | 'whole' | 'number', report: (code: string, message: string, params: IssueParams) => void): number | undefined {
  const c = cell.content;
  if (c.kind === 'empty') return undefined;
  const what = kind === 'amount' ? 'an amount' : kind === 'whole' ? 'a number of people' : 'a number';
  if (c.kind !== 'number') {
    report('NOT_A_NUMBER', `expected ${what}, found the text "${asText(c)}": type the number alone, without words, units or currency`, { kind, value: asText(c) });
    return undefined;
  }
  if (kind !== 'number' && c.value < 0) {
    report('NEGATIVE', `${c.value} is below zero`, { value: String(c.value) });
    return undefined;
  }
  if (kind === 'whole' && !Number.isInteger(c.value)) {
    report('NOT_WHOLE', `${c.value} is not a whole number of people`, { value: String(c.value) });
    return undefined;
  }
  return c.value;
}
