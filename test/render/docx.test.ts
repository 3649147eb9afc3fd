import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPlan } from '../../src/plan/load.js';
import { fill, messagesFor } from '../../src/i18n/index.js';
import { renderDocx } from '../../src/render/docx/render-docx.js';
import { buildView } from '../../src/view/build-view.js';
import type { View } from '../../src/view/types.js';
import { minimalPlan } from '../helpers/minimal-plan.js';
import { pageTexts } from './pdf-tools.js';
import { examples, exampleView } from '../helpers/examples.js';


const numbered = (c: { number: string; title: string }): string => (c.number === '' ? c.title : c.number.includes('.') ? `${c.number} ${c.title}` : `${c.number}. ${c.title}`);
const squash = (s: string): string => s.replace(/\s+/g, '');

/** A Python with python-docx (Debian's python3-docx). */
const PYTHON = ['/usr/bin/python3', 'python3'].find((p) => {
  try {
    execFileSync(p, ['-c', 'import docx'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
});
const SOFFICE = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => existsSync(p));
const PDFIMAGES = ['/usr/bin/pdfimages'].find((p) => existsSync(p));

/** The images of a PDF, by poppler's pdfimages (one line per image and per transparency mask). */
const pictureCount = (pdfimages: string, file: string): number =>
  execFileSync(pdfimages, ['-list', file], { encoding: 'utf8' })
    .split('\n')
    .filter((line) => line.trim().split(/\s+/)[2] === 'image').length;

const READ_DOCX = `
import json, sys, docx
from docx.oxml.ns import qn
d = docx.Document(sys.argv[1])
heads = [[p.style.name, p.text] for p in d.paragraphs if p.style.name.startswith("Heading") or p.style.name == "Title"]
# The runs of the contents field's result are Word's to rewrite when it updates the field.
runs = [r for r in d.element.body.iter(qn("w:r")) if not any(a.tag == qn("w:sdt") for a in r.iterancestors())]
unmarked = sum(1 for r in runs if (r.find(qn("w:t")) is not None) and (r.find(qn("w:rPr")) is None or r.find(qn("w:rPr")).find(qn("w:lang")) is None))
landscape = sum(1 for s in d.sections if s.orientation == 1)
header_rows = sum(1 for t in d.tables if t.rows[0]._tr.trPr is not None and t.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None)
toc = any("TOC" in (i.text or "") for i in d.element.body.iter(qn("w:instrText"))) or any("TOC" in (f.get(qn("w:instr")) or "") for f in d.element.body.iter(qn("w:fldSimple")))
pictures = [[s._inline.docPr.get("title"), s._inline.docPr.get("descr"), s.width, s.height] for s in d.inline_shapes]
print(json.dumps({"pictures": pictures, "heads": heads, "unmarked": unmarked, "landscape": landscape, "tables": len(d.tables), "headerRows": header_rows, "toc": toc,
  "title": d.core_properties.title, "language": d.core_properties.language, "created": d.core_properties.created.isoformat()}))
`;

describe.skipIf(PYTHON === undefined).each(examples)('the Word document of examples/%s, read by python-docx (skipped without python3-docx)', (name) => {
  it('has Word headings in document order, a contents field, header rows, landscape matrices, the charts with alternative text and the language on every run', async () => {
    const view = await exampleView(name);
    const file = join(mkdtempSync(join(tmpdir(), 'roma-plan-docx-')), 'plan.docx');
    writeFileSync(file, await renderDocx(view));
    const r = JSON.parse(execFileSync(PYTHON!, ['-c', READ_DOCX, file], { encoding: 'utf8' })) as {
      pictures: [string, string, number, number][];
      heads: [string, string][];
      unmarked: number;
      landscape: number;
      tables: number;
      headerRows: number;
      toc: boolean;
      title: string;
      language: string;
      created: string;
    };
    expect(r.heads[0]).toEqual(['Title', view.meta.title]);
    const chapters = r.heads.filter(([style]) => style === 'Heading 1' || style === 'Heading 2');
    expect(chapters).toEqual(view.chapters.map((c) => [c.level === 1 ? 'Heading 1' : 'Heading 2', numbered(c)]));
    const measures = view.areas.flatMap((a) => a.objectives.flatMap((o) => o.measures));
    const h3 = r.heads.filter(([style]) => style === 'Heading 3').map(([, text]) => text);
    for (const m of measures) expect(h3).toContain(`${m.number} ${m.title}`);
    expect(r.unmarked).toBe(0);
    expect(r.landscape).toBe(view.areas.reduce((n, a) => n + a.objectives.length, 0));
    expect(r.headerRows).toBe(r.tables);
    expect(r.toc).toBe(true);
    expect(r.title).toBe(view.meta.title);
    expect(r.language).toBe(view.language);
    expect(r.created.slice(0, 10)).toBe(view.meta.date);
    // The budget chart and the timeline, in the chapters' order, each named and described as the view states it.
    const charts = messagesFor(view.locale).pdf;
    const expected = view.chapters.flatMap((c) => (c.id === 'budget' ? [[charts.budgetChartTitle, view.figures.budget]] : c.id === 'timeline' ? [[charts.ganttTitle, view.figures.timeline]] : []));
    expect(r.pictures.map(([title, descr]) => [title, descr])).toEqual(expected);
    // Within the text's width (6.27 in) and height (9.69 in).
    for (const [, , width, height] of r.pictures) {
      expect(width / 914400).toBeGreaterThan(3);
      expect(width / 914400).toBeLessThanOrEqual(6.27);
      expect(height / 914400).toBeLessThanOrEqual(9.69);
    }
  });
});

describe('renderDocx', () => {
  it('gives the same bytes for the same plan with charts, rendered after another plan in the same process', async () => {
    const view = await exampleView('pecs-hu.yaml');
    const first = await renderDocx(view);
    await renderDocx(await exampleView('kumanovo-mk.yaml'));
    expect(Buffer.from(await renderDocx(view)).equals(Buffer.from(first))).toBe(true);
  });

  it('gives the same bytes for the same view and date', async () => {
    const view = buildView(minimalPlan());
    const first = await renderDocx(view);
    await new Promise((r) => setTimeout(r, 2100));
    expect(Buffer.from(await renderDocx(view)).equals(Buffer.from(first))).toBe(true);
  });
});

describe.skipIf(SOFFICE === undefined)('the Word documents in LibreOffice (skipped: LibreOffice is not installed)', () => {
  it('converts every example to PDF with every chapter, every measure and the grand total', { timeout: 300_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'roma-plan-soffice-'));
    const views = new Map<string, View>();
    for (const name of examples) {
      const view = await exampleView(name);
      views.set(name, view);
      writeFileSync(join(dir, name.replace(/\.yaml$/, '.docx')), await renderDocx(view));
    }
    const files = examples.map((n) => join(dir, n.replace(/\.yaml$/, '.docx')));
    execFileSync(SOFFICE!, [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', join(dir, 'pdf'), ...files], { stdio: 'ignore', timeout: 280_000 });
    for (const [name, view] of views) {
      const { readFileSync } = await import('node:fs');
      const text = squash(pageTexts(readFileSync(join(dir, 'pdf', name.replace(/\.yaml$/, '.pdf')))).join(''));
      for (const c of view.chapters) expect(text, `${name}: ${c.title}`).toContain(squash(c.title));
      for (const m of view.areas.flatMap((a) => a.objectives.flatMap((o) => o.measures))) expect(text, `${name}: ${m.title}`).toContain(squash(m.title));
      expect(text, name).toContain(squash(view.budget.total.text));
      // The charts' captions, and the charts themselves as pictures in LibreOffice's PDF.
      const charts = messagesFor(view.locale).pdf;
      expect(text, name).toContain(squash(fill(charts.figure, { number: 1, title: charts.budgetChartTitle })));
      expect(text, name).toContain(squash(fill(charts.figure, { number: 2, title: charts.ganttTitle })));
      if (PDFIMAGES) expect(pictureCount(PDFIMAGES, join(dir, 'pdf', name.replace(/\.yaml$/, '.pdf'))), name).toBeGreaterThanOrEqual(2);
    }
  });
});

const DOCX_TEXT = `
import sys, docx
d = docx.Document(sys.argv[1])
parts = [p.text for p in d.paragraphs]
for t in d.tables:
    for row in t.rows:
        parts.append(" | ".join(c.text for c in row.cells))
print("\\n".join(parts))
`;

describe.skipIf(PYTHON === undefined)('the Word document of a plan with every field a reviewer looks for (skipped without python3-docx)', () => {
  it('has the new chapters as headings and shows risks, commitments, secured funding, outcome indicators and targets', async () => {
    const loaded = await loadPlan(new URL('../fixtures/valid/reviewer-content.yaml', import.meta.url).pathname);
    const view = buildView(loaded.plan!);
    const file = join(mkdtempSync(join(tmpdir(), 'roma-plan-docx-')), 'plan.docx');
    writeFileSync(file, await renderDocx(view));
    const text = execFileSync(PYTHON!, ['-c', DOCX_TEXT, file], { encoding: 'utf8' });
    for (const c of view.chapters.filter((x) => ['cross-cutting', 'targets', 'risks', 'budget-secured', 'implementation-sustainability'].includes(x.id))) expect(text).toContain(c.title);
    expect(text).toContain('Donor funding for the water network is delayed | medium | high');
    expect(text).toContain('Measures that serve it: no measure yet');
    expect(text).toContain('Funding: Municipal budget: €4,000 — secured; Donors (Roma Education Fund): €2,000 — to be sought');
    expect(text).toContain('2026 | €6,000 | €4,000 | 67%');
    expect(text).toContain('Outcome indicators');
    expect(text).toContain('Roma children in preschool (female, aged 3-6)');
    expect(text).toContain('90 % of Roma children enrolled in and completing primary education (Poznan 2019)');
    expect(text).toContain('Reporting to the national contact point for Roma: Yearly report');
  });
});
