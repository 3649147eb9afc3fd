/*
 * The promise of issue 6: killing `roma-plan batch` (SIGKILL) at any moment never leaves a
 * truncated or corrupt Markdown or PDF in the output. scripts/kill-test.mjs does the killing and
 * the checking; this runs it at the size the issue names, and tests the two pieces that make it
 * hold: writes that never show a partial or empty file, and the removal of stale temporary files.
 */
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runBatch } from '../../src/batch/run-batch.js';
import { FileExistsError } from '../../src/errors.js';
import { removeStaleTempFiles } from '../../src/io/remove-stale-temp-files.js';
import { TEMP_FILE, writeFileAtomic } from '../../src/io/write-atomic.js';
import { minimalYamlPath } from '../helpers/minimal-plan.js';
import { root } from '../helpers/run-cli.js';

beforeAll(() => {
  if (!existsSync(join(root, 'dist', 'batch', 'worker.js'))) throw new Error('dist/ is missing: run `npm run build` before these tests');
});

interface KillSummary {
  seed: number;
  kills: number;
  finishedBeforeKill: number;
  filesChecked: number;
  markdownChecked: number;
  pdfChecked: number;
  temporaryFilesLeft: number;
  recovered: boolean;
  corrupt: number;
  problems: string[];
}

function runScript(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(root, 'scripts', 'kill-test.mjs'), ...args], { cwd: root, env: { ...process.env, NO_COLOR: '1' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

/** A pid that surely belongs to no running process: a child that has exited and been reaped. */
function deadPid(): number {
  const r = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(r.stdout);
}

describe('SIGKILL during a batch', () => {
  // 20 kills of a 200-plan Markdown + PDF batch on 2 workers, as issue 6 asks. The plans are the
  // minimal plan (7 measures, 8 pages) with their own titles, so that the run fits in CI time; the
  // script run by hand uses the examples by default.
  it('never leaves a truncated or corrupt Markdown or PDF, and a later run cleans up', async () => {
    const r = await runScript(['--kills', '20', '--plans', '200', '--jobs', '2', '--from', 'test/fixtures/valid/minimal.yaml', '--json']);
    const last = r.stdout.trim().split('\n').pop() ?? '';
    expect(r.code, r.stderr.slice(-3000)).toBe(0);
    const summary = JSON.parse(last) as KillSummary;
    // The figures of the run, for the CI log.
    process.stdout.write(`${r.stderr.trim()}\n`);
    expect(summary.problems).toEqual([]);
    expect(summary.corrupt).toBe(0);
    expect(summary.kills + summary.finishedBeforeKill).toBe(20);
    // Kills fall between 0.2 s and 95 % of the reference run's duration: most land in a running
    // batch. On a machine busy with other work the reference run can be slow and later runs quick,
    // so a few finish first (6 of 20 were seen under a load of 17 on 2 cores); half is still a test.
    expect(summary.kills).toBeGreaterThanOrEqual(10);
    expect(summary.markdownChecked).toBeGreaterThan(200);
    expect(summary.pdfChecked).toBeGreaterThan(200);
    expect(summary.recovered).toBe(true);
  }, 30 * 60_000);
});

describe('writeFileAtomic without force', () => {
  it('creates the file complete, or refuses an existing one untouched; no temporary file stays', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'roma-plan-atomic-'));
    const file = join(dir, 'plan.md');
    await writeFileAtomic(file, 'first\n');
    expect(readFileSync(file, 'utf8')).toBe('first\n');
    await expect(writeFileAtomic(file, 'second\n')).rejects.toBeInstanceOf(FileExistsError);
    expect(readFileSync(file, 'utf8')).toBe('first\n');
    await writeFileAtomic(file, 'third\n', { force: true });
    expect(readFileSync(file, 'utf8')).toBe('third\n');
    expect(readdirSync(dir)).toEqual(['plan.md']);
  });

  it('lets exactly one of two writers of the same new name win', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'roma-plan-atomic-'));
    const file = join(dir, 'plan.pdf');
    const results = await Promise.allSettled(['a'.repeat(100_000), 'b'.repeat(100_000)].map((data) => writeFileAtomic(file, data)));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(results.filter((r) => r.status === 'rejected').map((r) => (r as PromiseRejectedResult).reason)).toEqual([expect.any(FileExistsError)]);
    expect(readFileSync(file, 'utf8')).toMatch(/^(a{100000}|b{100000})$/);
    expect(readdirSync(dir)).toEqual(['plan.pdf']);
  });
});

describe('stale temporary files', () => {
  const old = new Date(Date.now() - 5 * 60_000);
  const tmp = (name: string, pid: number) => `.${name}.${pid}.0123abcd.tmp`;

  it('are the files writeFileAtomic names', () => {
    expect(TEMP_FILE.test(tmp('pecs-hu.md', 4242))).toBe(true);
    expect(TEMP_FILE.test('pecs-hu.md')).toBe(false);
    expect(TEMP_FILE.test('notes.tmp')).toBe(false);
  });

  it('are removed when their writer is gone and they are over a minute old; others are left alone', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'roma-plan-stale-'));
    const dead = deadPid();
    const files = {
      stale: tmp('a.md', dead),
      young: tmp('b.md', dead),
      running: tmp('c.pdf', process.pid),
      foreign: 'notes.tmp',
    };
    for (const name of Object.values(files)) writeFileSync(join(dir, name), 'partial');
    for (const name of [files.stale, files.running, files.foreign]) utimesSync(join(dir, name), old, old);
    expect(await removeStaleTempFiles([dir, join(dir, 'missing')])).toBe(1);
    expect(readdirSync(dir).sort()).toEqual([files.young, files.running, files.foreign].sort());
  });

  it('are removed by a batch from the folders it writes to, before it starts', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'roma-plan-stale-'));
    mkdirSync(join(dir, 'plans', 'hu'), { recursive: true });
    copyFileSync(minimalYamlPath, join(dir, 'plans', 'hu', 'town.yaml'));
    copyFileSync(minimalYamlPath, join(dir, 'plans', 'top.yaml'));
    const out = join(dir, 'out');
    mkdirSync(join(out, 'hu'), { recursive: true });
    const dead = deadPid();
    const left = [join(out, tmp('top.pdf', dead)), join(out, 'hu', tmp('town.md', dead)), join(out, tmp('report.json', dead))];
    for (const f of left) {
      writeFileSync(f, '%PDF-1.7 partial');
      utimesSync(f, old, old);
    }
    const report = await runBatch([join(dir, 'plans')], { outDir: out, formats: ['md'], jobs: 1 });
    expect(report.summary.rendered).toBe(2);
    const all = (readdirSync(out, { recursive: true }) as string[]).map((f) => f.split('\\').join('/')).sort();
    expect(all).toEqual(['hu', 'hu/town.md', 'index.md', 'report.json', 'top.md']);
  });
});
