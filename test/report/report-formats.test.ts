import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderDocumentDocx } from '../../src/render/docx/render-document.js';
import { renderDocumentHtml } from '../../src/render/html/render-document.js';
import { sheetCsv } from '../../src/render/xlsx/render-csv.js';
import { writeWorkbook } from '../../src/render/xlsx/write-workbook.js';
import { loadReport } from '../../src/report/load-report.js';
import { pageTexts } from '../render/pdf-tools.js';
import { examplesDir } from '../helpers/examples.js';

/** Both example progress files, both years: every report the examples make. */
const REPORTS = [
  ['pecs-hu', 2026],
  ['pecs-hu', 2027],
  ['ostrava-en', 2026],
  ['ostrava-en', 2027],
] as const;

async function report(name: string, year: number) {
  const loaded = await loadReport(new URL(`${name}.yaml`, examplesDir).pathname, new URL(`${name}.progress.yaml`, examplesDir).pathname, { year });
  if (!loaded.ok) throw new Error(`examples/${name}: the report does not load`);
  return loaded;
}

const workbookOf = (r: Awaited<ReturnType<typeof report>>) => writeWorkbook(r.sheets, { ...r.document.meta });

/** Debian's Python, with python3-docx and python3-openpyxl. */
const python = (module: string): string | undefined =>
  ['/usr/bin/python3', 'python3'].find((p) => {
    try {
      execFileSync(p, ['-c', `import ${module}`], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  });
const DOCX_PYTHON = python('docx');
const XLSX_PYTHON = python('openpyxl');
const SOFFICE = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => existsSync(p));
const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
const PDFIMAGES = ['/usr/bin/pdfimages'].find((p) => existsSync(p));
/** The images of a PDF, by poppler's pdfimages (one line per image and per transparency mask). */
const pictureCount = (pdfimages: string, file: string): number =>
  execFileSync(pdfimages, ['-list', file], { encoding: 'utf8' })
    .split('\n')
    .filter((line) => line.trim().split(/\s+/)[2] === 'image').length;
const squash = (s: string): string => s.replace(/\s+/g, '');
const tempFile = (name: string, data: string | Uint8Array): string => {
  const file = join(mkdtempSync(join(tmpdir(), 'roma-plan-report-')), name);
  writeFileSync(file, data);
  return file;
};

const READ_DOCX = `
import json, sys, docx
from docx.oxml.ns import qn
d = docx.Document(sys.argv[1])
heads = [[p.style.name, p.text] for p in d.paragraphs if p.style.name.startswith("Heading") or p.style.name == "Title"]
runs = [r for r in d.element.body.iter(qn("w:r")) if r.find(qn("w:t")) is not None]
unmarked = sum(1 for r in runs if r.find(qn("w:rPr")) is None or r.find(qn("w:rPr")).find(qn("w:lang")) is None)
header_rows = sum(1 for t in d.tables if t.rows[0]._tr.trPr is not None and t.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None)
cells = [" | ".join(c.text for c in row.cells) for t in d.tables for row in t.rows]
pictures = [[s._inline.docPr.get("title"), s._inline.docPr.get("descr")] for s in d.inline_shapes]
wide = sum(1 for s in d.sections if s.orientation == 1)
toc = any("TOC" in (f.get(qn("w:instr")) or "") for f in d.element.body.iter(qn("w:fldSimple")))
footers = all(any(r.find(qn("w:fldChar")) is not None or r.find(qn("w:instrText")) is not None for r in s.footer._element.iter(qn("w:r"))) for s in d.sections)
headers = all(s.header.paragraphs and s.header.paragraphs[0].text != "" for s in d.sections)
print(json.dumps({"pictures": pictures, "landscape": wide, "toc": toc, "footers": footers, "headers": headers, "heads": heads, "unmarked": unmarked, "tables": len(d.tables), "headerRows": header_rows, "cells": cells,
  "language": d.core_properties.language, "title": d.core_properties.title}))
`;

describe.skipIf(DOCX_PYTHON === undefined).each(REPORTS)('the Word report of examples/%s for %i, read by python-docx (skipped without python3-docx)', (name, year) => {
  it('has the headings in Word styles in the document order, a contents field, header rows, landscape wide tables, the charts, every run in the language, and the report tables', async () => {
    const r = await report(name, year);
    const doc = r.document;
    const read = JSON.parse(execFileSync(DOCX_PYTHON!, ['-c', READ_DOCX, tempFile('report.docx', await renderDocumentDocx(doc))], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 })) as {
      pictures: [string, string][];
      landscape: number;
      toc: boolean;
      footers: boolean;
      headers: boolean;
      heads: [string, string][];
      unmarked: number;
      tables: number;
      headerRows: number;
      cells: string[];
      language: string;
      title: string;
    };
    const style = { 1: 'Title', 2: 'Heading 1', 3: 'Heading 2' } as const;
    expect(read.heads).toEqual(doc.blocks.flatMap((b) => (b.kind === 'heading' ? [[style[b.level], b.text]] : [])));
    expect(read.tables).toBe(doc.blocks.filter((b) => b.kind === 'table').length);
    expect(read.headerRows).toBe(read.tables);
    expect(read.unmarked).toBe(0);
    expect(read.language).toBe(r.view.language);
    expect(read.title).toBe(r.view.meta.title);
    const v = r.view;
    const l = v.labels;
    // Budget execution, indicator progress, deviations, the community's assessment, the decision.
    expect(read.cells).toContain([v.budget.total.label, v.budget.total.planned.text, v.budget.total.plannedToDate.text, v.budget.total.spentInYear.text, v.budget.total.spentToDate.text, v.budget.total.rateText].join(' | '));
    for (const i of v.indicators.rows) expect(read.cells.some((c) => c.startsWith(`${i.measureNumber} | ${i.name} (${i.unit}) | ${i.baselineText} | ${i.targetText} | ${i.valueText} | ${i.progressText}`)), i.name).toBe(true);
    for (const d of v.deviations) expect(read.cells).toContain([d.number, d.title, d.statusText, d.deviation, d.correctiveAction].join(' | '));
    for (const c of v.community.rows) expect(read.cells.some((x) => x.startsWith(`${c.number} | ${c.title} | ${c.officialText} | ${c.ratingText}`)), c.number).toBe(true);
    expect(read.heads.map(([, text]) => text)).toEqual(expect.arrayContaining([l.chapterBudget, l.chapterIndicators, l.chapterDeviations, l.chapterCommunity, l.chapterDecision]));
    // The plan's qualities: a contents field, each table of more than six columns on a landscape
    // page, the running header and "page X of Y" on every page, the charts with their alternative text.
    expect(read.toc).toBe(true);
    expect(read.landscape).toBe(doc.blocks.filter((b) => b.kind === 'table' && b.columns.length > 6).length);
    expect(read.landscape).toBeGreaterThan(0);
    expect(read.headers && read.footers).toBe(true);
    expect(read.pictures).toEqual(doc.blocks.flatMap((b) => (b.kind === 'bars' && b.rows.length > 0 && b.max > 0 ? [[b.caption, b.alt]] : [])));
    expect(read.pictures.length).toBeGreaterThan(0);
  });
});

describe('renderDocumentDocx', () => {
  it('gives the same bytes for the same report', async () => {
    const r = await report('ostrava-en', 2027);
    const first = await renderDocumentDocx(r.document);
    await new Promise((done) => setTimeout(done, 1100));
    expect(Buffer.from(await renderDocumentDocx(r.document)).equals(Buffer.from(first))).toBe(true);
  });
});

describe.skipIf(SOFFICE === undefined)('the Word reports in LibreOffice (skipped: LibreOffice is not installed)', () => {
  it('converts every example year to PDF that holds the title, every chapter and the total spent', { timeout: 300_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'roma-plan-soffice-'));
    const reports = await Promise.all(REPORTS.map(([name, year]) => report(name, year)));
    const files = REPORTS.map(([name, year]) => join(dir, `${name}-${year}.docx`));
    for (const [i, r] of reports.entries()) writeFileSync(files[i]!, await renderDocumentDocx(r.document));
    execFileSync(SOFFICE!, [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', join(dir, 'pdf'), ...files], { stdio: 'ignore', timeout: 280_000 });
    for (const [i, [name, year]] of REPORTS.entries()) {
      const r = reports[i]!;
      const text = squash(pageTexts(readFileSync(join(dir, 'pdf', `${name}-${year}.pdf`))).join(''));
      expect(text, `${name} ${year}`).toContain(squash(r.view.meta.title));
      for (const b of r.document.blocks) if (b.kind === 'heading' && b.level === 2) expect(text, `${name} ${year}: ${b.text}`).toContain(squash(b.text));
      expect(text, `${name} ${year}`).toContain(squash(r.view.budget.total.spentToDate.text));
      // The charts, as pictures under their captions.
      const charts = r.document.blocks.filter((b) => b.kind === 'bars' && b.rows.length > 0 && b.max > 0);
      for (const b of charts) if (b.kind === 'bars') expect(text, `${name} ${year}`).toContain(squash(b.caption));
      if (PDFIMAGES) expect(pictureCount(PDFIMAGES, join(dir, 'pdf', `${name}-${year}.pdf`)), `${name} ${year}`).toBe(charts.length);
    }
  });
});

describe.each(REPORTS)('the web page of the report of examples/%s for %i', (name, year) => {
  it('is one self-contained page with landmarks, scoped table headers, named charts and the language', async () => {
    const r = await report(name, year);
    const html = renderDocumentHtml(r.document);
    expect(html).toContain(`<html lang="${r.view.language}">`);
    expect(html.match(/<h1[ >]/g)).toHaveLength(1);
    for (const tag of ['<header>', '<main>', '<footer>']) expect(html).toContain(tag);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|\ssrc=|url\(|@import/i);
    const tables = html.match(/<table>/g)?.length ?? 0;
    expect(tables).toBe(r.document.blocks.filter((b) => b.kind === 'table').length);
    expect(html.match(/<thead><tr><th scope="col"/g)).toHaveLength(tables);
    const charts = r.document.blocks.filter((b) => b.kind === 'bars' && b.rows.length > 0 && b.max > 0).length;
    expect(charts).toBeGreaterThan(0);
    expect(html.match(/<svg role="img" viewBox="[^"]+" aria-labelledby="(\S+)-title \1-desc"/g)).toHaveLength(charts);
    expect(html.match(/<desc id="[^"]+">[^<]{20,}<\/desc>/g)).toHaveLength(charts);
    for (const b of r.document.blocks) if (b.kind === 'heading') expect(html).toContain(`<h${b.level} id="${b.id}">`);
    expect(html).toContain(r.view.budget.total.spentToDate.text.replace(/&/g, '&amp;'));
    expect(renderDocumentHtml(r.document)).toBe(html);
  });
});

describe.skipIf(CHROMIUM === undefined)('the report web pages in Chromium (skipped: Debian chromium is not installed)', () => {
  it('fit a phone and a desktop and have no WCAG 2.1 A or AA violation', { timeout: 180_000 }, async () => {
    const { default: puppeteer } = await import('puppeteer-core');
    const { createRequire } = await import('node:module');
    const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    const browser = await puppeteer.launch({ executablePath: CHROMIUM!, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
    try {
      const page = await browser.newPage();
      for (const [name, year] of REPORTS) {
        const html = renderDocumentHtml((await report(name, year)).document);
        for (const width of [375, 1280]) {
          await page.setViewport({ width, height: 800 });
          await page.setContent(html, { waitUntil: 'load' });
          const { scroll, client } = (await page.evaluate('({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth })')) as { scroll: number; client: number };
          expect(scroll, `${name} ${year} at ${width} px`).toBeLessThanOrEqual(client);
        }
        await page.evaluate(axeSource);
        const violations = (await page.evaluate(`axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
          .then((r) => r.violations.map((v) => v.id + ': ' + JSON.stringify(v.nodes.slice(0, 3).map((n) => n.target))))`)) as string[];
        expect(violations, `${name} ${year}`).toEqual([]);
      }
    } finally {
      await browser.close();
    }
  });
});

const READ_WORKBOOK = `
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
print(json.dumps([{"name": ws.title, "freeze": ws.freeze_panes, "filter": ws.auto_filter.ref, "rows": [list(r) for r in ws.iter_rows(values_only=True)]} for ws in wb.worksheets]))
`;

const sum = (values: readonly unknown[]): number => values.reduce<number>((s, v) => s + (typeof v === 'number' ? v : 0), 0);
const close = (a: number, b: number): void => expect(Math.abs(a - b)).toBeLessThan(0.005);

describe.skipIf(XLSX_PYTHON === undefined).each(REPORTS)('the workbook of the report of examples/%s for %i, read by openpyxl (skipped without python3-openpyxl)', (name, year) => {
  it('holds the measures, budget execution and indicator progress as numbers whose sums are the report totals', async () => {
    const r = await report(name, year);
    const v = r.view;
    const sheets = JSON.parse(execFileSync(XLSX_PYTHON!, ['-c', READ_WORKBOOK, tempFile('report.xlsx', await workbookOf(r))], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 })) as { name: string; freeze: string; filter: string; rows: unknown[][] }[];
    expect(sheets).toHaveLength(6);
    for (const s of sheets) {
      expect(s.freeze, s.name).toBe('A2');
      expect(s.filter, s.name).toMatch(/^A1:[A-Z]+\d+$/);
    }
    type Read = (typeof sheets)[number];
    const [measures, byArea, bySource, byAreaAndSource, byYear, indicators] = sheets as [Read, Read, Read, Read, Read, Read];
    const t = v.budget.total;
    // One row per measure: number, title, lead, status, planned, spent in the year, spent to date.
    const rows = measures.rows.slice(1);
    expect(rows.map((x) => [x[0], x[1], x[3]])).toEqual(v.measures.map((m) => [m.number, m.title, m.statusText]));
    close(sum(rows.map((x) => x[4])), t.planned.value);
    close(sum(rows.map((x) => x[5])), t.spentInYear.value);
    close(sum(rows.map((x) => x[6])), t.spentToDate.value);
    // By area and by source: the rows add up to the total row, which is the report's total.
    for (const sheet of [byArea, bySource]) {
      const body = sheet.rows.slice(1, -1);
      const total = sheet.rows.at(-1)!;
      expect(total.slice(1, 5)).toEqual([t.planned.value, t.plannedToDate.value, t.spentInYear.value, t.spentToDate.value]);
      close(sum(body.map((x) => x[4])), t.spentToDate.value);
      close(sum(body.map((x) => x[3])), t.spentInYear.value);
      close(total[5] as number, t.rate!);
    }
    // Area × source: each area's rows add up to the area's row, and all of them to the total.
    const cross = byAreaAndSource.rows.slice(1, -1);
    expect(byAreaAndSource.rows.at(-1)!.slice(2, 6)).toEqual([t.planned.value, t.plannedToDate.value, t.spentInYear.value, t.spentToDate.value]);
    close(sum(cross.map((x) => x[5])), t.spentToDate.value);
    close(sum(cross.map((x) => x[2])), t.planned.value);
    for (const a of v.budget.byArea) close(sum(cross.filter((x) => x[0] === a.label).map((x) => x[5])), a.spentToDate.value);
    // By year: spent each year adds up to the spending to date.
    const years = byYear.rows.slice(1, -1);
    expect(years.map((x) => x[0])).toEqual(v.budget.byYear.map((y) => y.year));
    close(sum(years.map((x) => x[2])), t.spentToDate.value);
    // Indicator progress: baseline, target, value and progress as numbers.
    expect(indicators.rows.slice(1).map((x) => [x[0], x[2], x[3], x[4], x[5]])).toEqual(v.indicators.rows.map((i) => [i.measureNumber, i.baseline, i.target, i.value ?? null, i.progress ?? null]));
  });
});

describe.each(REPORTS)('the CSV of the report of examples/%s for %i', (name, year) => {
  it('has a header and one row per measure', async () => {
    const r = await report(name, year);
    const csv = sheetCsv(r.sheets[0]!);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const python = XLSX_PYTHON ?? DOCX_PYTHON;
    if (python === undefined) return;
    const parsed = JSON.parse(execFileSync(python, ['-c', 'import csv, io, json, sys; print(json.dumps(list(csv.reader(io.StringIO(sys.stdin.read().lstrip("\\ufeff"), newline="")))))'], { input: csv, encoding: 'utf8' })) as string[][];
    expect(parsed).toHaveLength(r.view.measures.length + 1);
    expect(parsed.slice(1).map((x) => x[0])).toEqual(r.view.measures.map((m) => m.number));
    close(sum(parsed.slice(1).map((x) => Number(x[6]))), r.view.budget.total.spentToDate.value);
  });
});

describe('renderDocumentHtml', () => {
  it('escapes the text and keeps the line breaks of table cells', () => {
    const html = renderDocumentHtml({
      meta: { title: 'T <b>', author: 'A & B', subject: 'S', keywords: [], language: 'en', date: '2027-01-01' },
      runningHeader: 'A & B · T',
      pageOf: 'Page {page} of {pages}',
      blocks: [
        { kind: 'heading', level: 1, text: 'T <b>', id: 'top' },
        { kind: 'heading', level: 2, text: 'Measures', id: 'measures' },
        { kind: 'table', columns: [{ header: 'Measure', weight: 1 }], rows: [['Mediators\n<script>x</script>']] },
      ],
    });
    expect(html).toContain('<h1 id="top">T &lt;b&gt;</h1>');
    expect(html).toContain('<td>Mediators<br>&lt;script&gt;x&lt;/script&gt;</td>');
    expect(html).not.toContain('<script>');
    expect(html).toContain('<section aria-labelledby="measures">');
  });
});
