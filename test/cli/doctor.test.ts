import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { hasStackTrace, runCli } from '../helpers/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'roma-plan-doctor-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const CHECKS = ['node', 'locales', 'fonts', 'font-coverage', 'schema', 'templates', 'pdf', 'docx', 'xlsx', 'html', 'output'];

describe('roma-plan doctor', () => {
  it('passes every check in a working installation, exit 0, and leaves the folder clean', () => {
    const r = runCli(['doctor'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^ok {7}Node\.js {2,}v?\d+\.\d+\.\d+ \(needs 20\.19\.0 or newer\)$/m);
    expect(r.stdout).toMatch(/^ok {7}Font coverage .*hu.*sr-Cyrl.*mk.*bg/m);
    // What each format needs, in the same form.
    expect(r.stdout).toMatch(/^ok {7}Word {2,}docx and the chart drawing load; a page with a chart renders to \d+ KB$/m);
    expect(r.stdout).toMatch(/^ok {7}XLSX and CSV {2,}exceljs loads; a small workbook renders to \d+ KB/m);
    expect(r.stdout).toMatch(/^ok {7}HTML {2,}needs nothing outside roma-plan/m);
    expect(r.stdout).toContain(`${dir} is writable`);
    expect(r.stdout).toContain(`All ${CHECKS.length} checks passed.`);
    expect(r.stdout).not.toContain('PROBLEM');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('reports an output folder that is a file, with what to do, exit 1', () => {
    const file = join(dir, 'not-a-folder');
    writeFileSync(file, 'x');
    const r = runCli(['doctor', '--out', file]);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(new RegExp(`^PROBLEM  Output folder +${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} is a file, not a folder$`, 'm'));
    expect(r.stdout).toMatch(/^ +fix: Give --out a folder/m);
    expect(r.stdout).toContain(`1 of ${CHECKS.length} checks found a problem.`);
    expect(hasStackTrace(r.stdout + r.stderr)).toBe(false);
  });

  it('prints every check as JSON with --json', () => {
    const r = runCli(['doctor', '--json', '--out', join(dir, 'to-be-created')]);
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout) as { version: number; ok: boolean; checks: { id: string; label: string; ok: boolean; detail: string; fix: string | null }[] };
    expect(report.version).toBe(1);
    expect(report.ok).toBe(true);
    expect(report.checks.map((c) => c.id)).toEqual(CHECKS);
    for (const c of report.checks) expect(Object.keys(c)).toEqual(['id', 'label', 'ok', 'detail', 'fix']);
    expect(report.checks.at(-1)!.detail).toContain('will be created');
    expect(readdirSync(dir)).not.toContain('to-be-created');
  });

  it('is listed in --help', () => {
    expect(runCli(['--help']).stdout).toMatch(/doctor +.*check that this installation/);
  });
});
