import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasStackTrace, runCli } from '../helpers/run-cli.js';

const pdfText = (file: string): string => spawnSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).stdout;

describe('roma-plan report', () => {
  it.each([
    ['pecs-hu', '2026', 'Beszámoló a helyi roma integrációs akcióterv 2026. évi végrehajtásáról'],
    ['pecs-hu', '2027', 'A roma közösség értékelése'],
    ['ostrava-en', '2026', 'Report on the implementation of the local action plan for Roma inclusion in 2026'],
    ['ostrava-en', '2027', "The community's assessment"],
  ])('renders %s %s to Markdown and PDF in the plan language', (name, year, text) => {
    const out = mkdtempSync(join(tmpdir(), 'report-'));
    const r = runCli(['report', `examples/${name}.yaml`, `examples/${name}.progress.yaml`, '--year', year, '--out', out]);
    expect(r.stderr).toContain(`wrote ${join(out, `${name}-report-${year}.md`)}`);
    expect(r.status).toBe(0);
    const md = readFileSync(join(out, `${name}-report-${year}.md`), 'utf8');
    expect(md).toContain(text);
    const pdf = pdfText(join(out, `${name}-report-${year}.pdf`)).replace(/\s+/g, ' ');
    expect(pdf).toContain(text.replace(/\s+/g, ' '));
    // The same figure in both formats, from the same view.
    const total = /\| \*\*(?:Összesen|Total)\*\* \| \*\*([^*]+)\*\*/.exec(md)?.[1];
    expect(total).toBeDefined();
    expect(pdf).toContain(total!);
  });

  it('shows the disagreeing community assessment beside the official status (pecs-hu 2027)', () => {
    const r = runCli(['report', 'examples/pecs-hu.yaml', 'examples/pecs-hu.progress.yaml', '--out', '-']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/\| 5\.2\.3 \| .+ \| Késik \| Elmaradt \(eltér\) \| Pécsi Roma Jogvédő Egyesület \|/);
    expect(r.stdout).toContain('Határozat a helyi roma integrációs akcióterv 2027. évi végrehajtásáról szóló beszámolóról');
  });

  it('refuses a year without a report, and an invalid progress file, without a stack trace', () => {
    let r = runCli(['report', 'examples/pecs-hu.yaml', 'examples/pecs-hu.progress.yaml', '--year', '2029', '--out', '-']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('the progress file has no report for 2029');
    r = runCli(['report', 'examples/ostrava-en.yaml', 'examples/pecs-hu.progress.yaml', '--out', '-']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('UNKNOWN_MEASURE');
    expect(hasStackTrace(r.stderr)).toBe(false);
  });

  it('writes Word, the web page, the workbook and the CSV with --format, named after the plan and the year', () => {
    const out = mkdtempSync(join(tmpdir(), 'report-'));
    const r = runCli(['report', 'examples/ostrava-en.yaml', 'examples/ostrava-en.progress.yaml', '--year', '2026', '--format', 'docx,html,xlsx,csv', '--out', out]);
    expect(r.status).toBe(0);
    for (const ext of ['docx', 'html', 'xlsx', 'csv']) expect(r.stderr).toContain(`wrote ${join(out, `ostrava-en-report-2026.${ext}`)}`);
    expect(r.stderr).not.toContain('ostrava-en-report-2026.md');
    expect(readFileSync(join(out, 'ostrava-en-report-2026.docx')).subarray(0, 2).toString()).toBe('PK');
    expect(readFileSync(join(out, 'ostrava-en-report-2026.xlsx')).subarray(0, 2).toString()).toBe('PK');
    expect(readFileSync(join(out, 'ostrava-en-report-2026.html'), 'utf8')).toContain('Report on the implementation of the local action plan for Roma inclusion in 2026');
    expect(readFileSync(join(out, 'ostrava-en-report-2026.csv'), 'utf8').startsWith('\uFEFFNo.,Measure,')).toBe(true);
    const bad = runCli(['report', 'examples/ostrava-en.yaml', 'examples/ostrava-en.progress.yaml', '--format', 'odt', '--out', out]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('md, pdf, docx, html, xlsx, csv');
  });
});
