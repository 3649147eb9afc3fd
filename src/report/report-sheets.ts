import type { Sheet, SheetColumn } from '../document/sheets.js';
import { fill } from '../i18n/index.js';
import type { ExecutionRow, ReportView } from './types.js';

const money = (header: string): SheetColumn => ({ header, width: 16, kind: 'money' });
const share = (header: string): SheetColumn => ({ header, width: 11, kind: 'share' });

/**
 * Arranges the report view as sheets for spreadsheets and databases: the measures with their
 * status and money (the CSV is this first sheet), budget execution by area, by source, by area
 * and source, and by year, and indicator progress. Amounts, values and shares are numbers; every figure comes from
 * the view.
 */
export function reportSheets(view: ReportView): Sheet[] {
  const l = view.labels;
  const b = view.budget;
  const executionColumns = (first: string): SheetColumn[] => [
    { header: first, width: 36 },
    money(l.colPlanned),
    money(l.colPlannedToDate),
    money(fill(l.colSpentYear, { year: view.year })),
    money(l.colSpentToDate),
    share(l.colExecution),
  ];
  const execution = (r: ExecutionRow) => [r.label, r.planned.value, r.plannedToDate.value, r.spentInYear.value, r.spentToDate.value, r.rate ?? null];
  return [
    {
      name: l.chapterMeasures,
      columns: [
        { header: l.colNumber, width: 8 },
        { header: l.colMeasure, width: 48 },
        { header: l.colLead, width: 30 },
        { header: l.colStatus, width: 14 },
        money(l.colPlanned),
        money(fill(l.colSpentYear, { year: view.year })),
        money(l.colSpentToDate),
        { header: fill(l.colReached, { year: view.year }), width: 30 },
      ],
      rows: view.measures.map((m) => [m.number, m.title, m.lead, m.statusText, m.planned.value, m.spentInYear.value, m.spentToDate.value, m.reachedText || null]),
    },
    { name: l.sectionByArea, columns: executionColumns(l.colArea), rows: [...b.byArea.map(execution), execution(b.total)], totalRows: [b.byArea.length] },
    { name: l.sectionBySource, columns: executionColumns(l.colSource), rows: [...b.bySource.map(execution), execution(b.total)], totalRows: [b.bySource.length] },
    {
      name: `${l.colArea} × ${l.colSource}`,
      columns: [{ header: l.colArea, width: 36 }, ...executionColumns(l.colSource)],
      rows: [...b.byAreaAndSource.map((r) => [r.area, ...execution(r)]), [null, ...execution(b.total)]],
      totalRows: [b.byAreaAndSource.length],
    },
    {
      name: l.sectionByYear,
      columns: [{ header: l.colYear, width: 10 }, money(l.colPlannedYear), money(l.colSpent), share(l.colExecution)],
      rows: [...b.byYear.map((y) => [y.year, y.planned.value, y.spent.value, y.rate ?? null]), [view.meta.yearsText, b.total.plannedToDate.value, b.total.spentToDate.value, b.total.rate ?? null]],
      totalRows: [b.byYear.length],
    },
    {
      name: l.chapterIndicators,
      columns: [
        { header: l.colNumber, width: 8 },
        { header: l.colIndicator, width: 44 },
        { header: l.colBaseline, width: 12, kind: 'count' },
        { header: l.colTarget, width: 12, kind: 'count' },
        { header: l.colValue, width: 12, kind: 'count' },
        share(l.colProgress),
        share(l.colExpected),
        { header: l.colRating, width: 20 },
      ],
      rows: view.indicators.rows.map((r) => [r.measureNumber, `${r.name} (${r.unit})`, r.baseline, r.target, r.value ?? null, r.progress ?? null, r.expected, r.ratingText]),
    },
  ];
}
