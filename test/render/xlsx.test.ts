import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderCsv } from '../../src/render/xlsx/render-csv.js';
import { renderXlsx } from '../../src/render/xlsx/render-xlsx.js';
import { buildView } from '../../src/view/build-view.js';
import { measureOf, minimalPlan } from '../helpers/minimal-plan.js';
import { examples, exampleView } from '../helpers/examples.js';


/** A Python with openpyxl (Debian's python3-openpyxl), the reader nobody here wrote. */
const PYTHON = ['/usr/bin/python3', 'python3'].find((p) => {
  try {
    execFileSync(p, ['-c', 'import openpyxl'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
});

const READ_WORKBOOK = `
import json, sys, zipfile, datetime, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
out = {"sheets": [], "zipDates": sorted({"%04d-%02d-%02d %02d:%02d:%02d" % i.date_time for i in zipfile.ZipFile(sys.argv[1]).infolist()}),
       "created": wb.properties.created.isoformat(), "modified": wb.properties.modified.isoformat(), "title": wb.properties.title}
for ws in wb.worksheets:
    rows = [[(c.isoformat() if isinstance(c, datetime.datetime) else c) for c in r] for r in ws.iter_rows(values_only=True)]
    types = [[type(c).__name__ for c in r] for r in ws.iter_rows(values_only=True)]
    out["sheets"].append({"name": ws.title, "freeze": ws.freeze_panes, "filter": ws.auto_filter.ref, "rows": rows, "types": types,
                          "widths": [ws.column_dimensions[openpyxl.utils.get_column_letter(i + 1)].width for i in range(ws.max_column)]})
print(json.dumps(out))
`;

interface Read {
  sheets: { name: string; freeze: string; filter: string; rows: unknown[][]; types: string[][]; widths: number[] }[];
  zipDates: string[];
  created: string;
  modified: string;
  title: string;
}

function readWorkbook(bytes: Uint8Array): Read {
  const file = join(mkdtempSync(join(tmpdir(), 'roma-plan-xlsx-')), 'plan.xlsx');
  writeFileSync(file, bytes);
  return JSON.parse(execFileSync(PYTHON!, ['-c', READ_WORKBOOK, file], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })) as Read;
}

const sum = (values: readonly unknown[]): number => values.reduce<number>((s, v) => s + (typeof v === 'number' ? v : 0), 0);
const column = (rows: unknown[][], i: number): unknown[] => rows.map((r) => r[i]);
const close = (a: number, b: number): void => expect(Math.abs(a - b)).toBeLessThan(0.005);

describe.skipIf(PYTHON === undefined).each(examples)('the workbook of examples/%s, read by openpyxl (skipped without python3-openpyxl)', (name) => {
  it('holds the plan as numbers whose sums are the plan totals, with frozen headers, filters and widths', async () => {
    const view = await exampleView(name);
    const wb = readWorkbook(await renderXlsx(view));
    expect(wb.sheets).toHaveLength(5);
    for (const s of wb.sheets) {
      expect(s.freeze, s.name).toBe('A2');
      expect(s.filter, s.name).toMatch(/^A1:[A-Z]+\d+$/);
      for (const w of s.widths) expect(w).toBeGreaterThan(5);
    }
    const [measures, indicators, byArea, byYear, consultations] = wb.sheets as [Read['sheets'][number], Read['sheets'][number], Read['sheets'][number], Read['sheets'][number], Read['sheets'][number]];
    const b = view.budget;

    // Measures: one row each, the cost and every source column add up to the budget.
    const all = view.areas.flatMap((a) => a.objectives.flatMap((o) => o.measures));
    const mRows = measures.rows.slice(1);
    expect(mRows.map((r) => r[0])).toEqual(all.map((m) => m.number));
    expect(mRows.map((r) => r[3])).toEqual(all.map((m) => m.title));
    expect(measures.types.slice(1).every((t) => t[8] === 'int' || t[8] === 'float')).toBe(true);
    close(sum(column(mRows, 8)), b.total.value);
    b.bySource.forEach((s, i) => close(sum(column(mRows, 9 + i)), s.total.value));
    for (const r of mRows) close(sum(r.slice(9, 9 + b.bySource.length)), r[8] as number);

    // Indicators: one row each, baseline and target as numbers.
    expect(indicators.rows.slice(1).map((r) => [r[0], r[1], r[3], r[5]])).toEqual(view.indicators.map((i) => [i.measureNumber, i.name, i.baseline, i.target]));

    // Budget by area and by year: rows and columns add up to the totals in the last row.
    const areaRows = byArea.rows.slice(1, -1);
    const areaTotal = byArea.rows[byArea.rows.length - 1]!;
    expect(areaTotal[areaTotal.length - 1]).toBe(b.total.value);
    close(sum(column(areaRows, areaTotal.length - 1)), b.total.value);
    b.bySource.forEach((s, i) => close(sum(column(areaRows, 2 + i)), s.total.value));
    const yearRows = byYear.rows.slice(1, -1);
    expect(yearRows.map((r) => r[0])).toEqual(b.byYear.map((y) => y.year));
    close(sum(column(yearRows, b.bySource.length + 1)), b.total.value);
    b.bySource.forEach((s, i) => close(sum(column(yearRows, 1 + i)), s.total.value));

    // Consultations: dates as dates, counts that add up.
    const cRows = consultations.rows.slice(1, -1);
    expect(consultations.types.slice(1, -1).every((t) => t[0] === 'datetime')).toBe(true);
    expect(cRows.map((r) => String(r[0]).slice(0, 10))).toEqual(view.participation.entries.map((e) => e.date));
    expect(sum(column(cRows, 2))).toBe(view.participation.totals.participants);
  });
});

describe('renderXlsx', () => {
  it('gives the same bytes for the same view and date, dated with the document date', async () => {
    const view = buildView(minimalPlan());
    const first = await renderXlsx(view);
    await new Promise((r) => setTimeout(r, 2100));
    expect(Buffer.from(await renderXlsx(view)).equals(Buffer.from(first))).toBe(true);
    if (PYTHON === undefined) return;
    const wb = readWorkbook(first);
    expect(wb.zipDates).toEqual([`${view.meta.date} 00:00:00`]);
    expect(wb.created.slice(0, 10)).toBe(view.meta.date);
    expect(wb.modified.slice(0, 10)).toBe(view.meta.date);
    expect(wb.title).toBe(view.meta.title);
  });
});

describe('renderCsv', () => {
  it('writes the measures as RFC 4180 CSV in UTF-8 with a byte order mark', () => {
    const plan = minimalPlan();
    measureOf(plan).title = 'Mediators, "Roma" schools\nand kindergartens — Čačak';
    const view = buildView(plan);
    const csv = renderCsv(view);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv).toContain('"Mediators, ""Roma"" schools\nand kindergartens — Čačak"');
    const measures = view.areas.flatMap((a) => a.objectives.flatMap((o) => o.measures));
    if (PYTHON === undefined) return;
    const parsed = JSON.parse(
      execFileSync(PYTHON, ['-c', 'import csv, io, json, sys; print(json.dumps(list(csv.reader(io.StringIO(sys.stdin.read().lstrip("\\ufeff"), newline="")))))'], { input: csv, encoding: 'utf8' }),
    ) as string[][];
    expect(parsed).toHaveLength(measures.length + 1);
    expect(parsed.slice(1).map((r) => r[3])).toEqual(measures.map((m) => m.title));
    expect(sum(parsed.slice(1).map((r) => Number(r[8])))).toBe(view.budget.total.value);
  });
});

const SOFFICE = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => existsSync(p));

describe.skipIf(SOFFICE === undefined)('the workbook in LibreOffice (skipped: LibreOffice is not installed)', () => {
  it('opens it and reads the measures with their costs as numbers', { timeout: 120_000 }, async () => {
    const view = await exampleView('pecs-hu.yaml');
    const dir = mkdtempSync(join(tmpdir(), 'roma-plan-soffice-'));
    writeFileSync(join(dir, 'plan.xlsx'), await renderXlsx(view));
    // Comma-separated, double quotes, UTF-8 (76), values rather than as shown; the first sheet, the measures.
    execFileSync(SOFFICE!, [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false', '--outdir', join(dir, 'out'), join(dir, 'plan.xlsx')], { stdio: 'ignore', timeout: 110_000 });
    const rows = readFileSync(join(dir, 'out', 'plan.csv'), 'utf8').trim().split('\n').slice(1);
    const measures = view.areas.flatMap((a) => a.objectives.flatMap((o) => o.measures));
    expect(rows).toHaveLength(measures.length);
    for (const m of measures) expect(rows.some((r) => r.startsWith(`${m.number},`) && r.includes(`,${m.cost.value},`)), m.number).toBe(true);
  });
});
