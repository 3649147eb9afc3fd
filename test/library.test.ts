import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { root } from './helpers/run-cli.js';

describe("the library, imported as 'roma-plan'", () => {
  it('loads, validates and lists the catalogue from the built package', () => {
    const script = `
      import { loadPlan, loadPlanText, validatePlan, catalogue } from 'roma-plan';
      const loaded = await loadPlan('examples/ostrava-en.yaml');
      const broken = loadPlanText('schemaVersion: 1\\nlanguage: en\\n', 'inline.yaml');
      const direct = validatePlan({ ...loaded.plan, currency: 'XXX1' });
      console.log(JSON.stringify({
        ok: loaded.ok,
        municipality: loaded.plan.municipality.name,
        brokenCodes: [...new Set(broken.issues.map((i) => i.code))],
        directCodes: direct.issues.filter((i) => i.severity === 'error').map((i) => i.code),
        areas: catalogue.areas.length,
        goals: catalogue.goals.length,
      }));`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout);
    expect(out).toEqual({ ok: true, municipality: 'Ostrava', brokenCodes: ['MISSING_FIELD'], directCodes: ['UNKNOWN_CURRENCY'], areas: 7, goals: 10 });
  });

  it('renders the annual report in every format from the built package', () => {
    const script = `
      import { loadReport, renderDocumentMarkdown, renderDocumentPdf, renderDocumentDocx, renderDocumentHtml, writeWorkbook, sheetCsv } from 'roma-plan';
      const r = await loadReport('examples/ostrava-en.yaml', 'examples/ostrava-en.progress.yaml', { year: 2026 });
      const m = r.document.meta;
      console.log(JSON.stringify({
        md: renderDocumentMarkdown(r.document).startsWith('# ' + r.view.meta.title),
        pdf: Buffer.from(await renderDocumentPdf(r.document)).subarray(0, 5).toString(),
        docx: Buffer.from(await renderDocumentDocx(r.document)).subarray(0, 2).toString(),
        html: renderDocumentHtml(r.document).includes('<html lang="en">'),
        xlsx: Buffer.from(await writeWorkbook(r.sheets, m)).subarray(0, 2).toString(),
        csvRows: sheetCsv(r.sheets[0]).trim().split('\\r\\n').length - 1,
        measures: r.view.measures.length,
      }));`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout) as { csvRows: number; measures: number };
    expect(out).toEqual({ md: true, pdf: '%PDF-', docx: 'PK', html: true, xlsx: 'PK', csvRows: out.measures, measures: out.measures });
    expect(out.measures).toBeGreaterThan(5);
  });
});
