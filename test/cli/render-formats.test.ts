import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { minimalYamlPath } from '../helpers/minimal-plan.js';
import { runCli } from '../helpers/run-cli.js';

/** The publishing formats beyond Markdown and PDF, through `render`, `batch` and index.md. */
describe('render and batch --format docx, html, xlsx, csv', () => {
  it('render writes the web page next to the plan, or into the file --out names', () => {
    const dir = mkdtempSync(join(tmpdir(), 'roma-plan-formats-'));
    const plan = join(dir, 'plan.yaml');
    copyFileSync(minimalYamlPath, plan);
    const r = runCli(['render', plan, '--format', 'html,md']);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe(`wrote ${join(dir, 'plan.md')}\nwrote ${join(dir, 'plan.html')}\n`);
    expect(readFileSync(join(dir, 'plan.html'), 'utf8')).toMatch(/^<!DOCTYPE html>\n<html lang="en">/);
    const named = runCli(['render', plan, '--out', join(dir, 'site', 'plan-page.html')]);
    expect(named.status).toBe(0);
    expect(readdirSync(join(dir, 'site'))).toEqual(['plan-page.html']);
    const toStdout = runCli(['render', plan, '--out', '-', '--format', 'html']);
    expect(toStdout.status).toBe(2);
    expect(toStdout.stderr).toContain('an HTML needs a file');
  });

  it('render writes the workbook and the CSV, and the same plan and date give the same bytes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'roma-plan-formats-'));
    const first = runCli(['render', 'examples/pecs-hu.yaml', '--out', join(dir, 'a'), '--format', 'xlsx,csv']);
    expect(first.status).toBe(0);
    const second = runCli(['render', 'examples/pecs-hu.yaml', '--out', join(dir, 'b'), '--format', 'xlsx,docx']);
    expect(second.status).toBe(0);
    expect(readFileSync(join(dir, 'b', 'pecs-hu.xlsx')).equals(readFileSync(join(dir, 'a', 'pecs-hu.xlsx')))).toBe(true);
    const third = runCli(['render', 'examples/pecs-hu.yaml', '--out', join(dir, 'c', 'pecs-hu.docx')]);
    expect(third.status).toBe(0);
    expect(readFileSync(join(dir, 'c', 'pecs-hu.docx')).equals(readFileSync(join(dir, 'b', 'pecs-hu.docx')))).toBe(true);
    expect(readFileSync(join(dir, 'a', 'pecs-hu.csv'), 'utf8')).toMatch(/^\uFEFF[^\n]+\r\n1\.1\.1,/);
  });

  it('refuses an unknown format and names the ones there are', () => {
    const r = runCli(['render', 'examples/pecs-hu.yaml', '--format', 'odt']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('unknown output format "odt"');
    expect(r.stderr).toContain('md, pdf, docx, html, xlsx, csv');
  });

  it('batch writes the web pages and index.md links them', () => {
    const dir = mkdtempSync(join(tmpdir(), 'roma-plan-formats-'));
    mkdirSync(join(dir, 'plans'));
    copyFileSync(minimalYamlPath, join(dir, 'plans', 'a.yaml'));
    const r = runCli(['batch', join(dir, 'plans'), '--out', join(dir, 'out'), '--format', 'csv,html,xlsx,docx', '--jobs', '1']);
    expect(r.status).toBe(0);
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['a.csv', 'a.docx', 'a.html', 'a.xlsx', 'index.md', 'report.json']);
    expect(readFileSync(join(dir, 'out', 'index.md'), 'utf8')).toContain('[Word](a.docx) · [HTML](a.html) · [XLSX](a.xlsx) · [CSV](a.csv)');
    expect(readFileSync(join(dir, 'out', 'a.xlsx')).subarray(0, 2).toString()).toBe('PK');
    expect(readFileSync(join(dir, 'out', 'a.csv'), 'utf8').startsWith('\uFEFF')).toBe(true);
    const report = JSON.parse(readFileSync(join(dir, 'out', 'report.json'), 'utf8')) as { options: { formats: string[] }; plans: { outputs: Record<string, string | null> }[] };
    expect(report.options.formats).toEqual(['docx', 'html', 'xlsx', 'csv']);
    expect(report.plans[0]?.outputs).toEqual({ md: null, pdf: null, docx: 'a.docx', html: 'a.html', xlsx: 'a.xlsx', csv: 'a.csv' });
  });
});
