import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bin, hasStackTrace, root, runCli } from '../helpers/run-cli.js';
import { MIXED, planTree } from './plan-tree.js';

// Colour neither forced nor forbidden: what a user's pipe gets by default.
const PLAIN_ENV = { NO_COLOR: '', FORCE_COLOR: '', CI: '' };
const ESC = '\u001b';

describe('roma-plan batch', () => {
  it('reports every failure like validate, summarises, exits 1, and writes no escape sequence into a pipe', () => {
    const dir = planTree(MIXED);
    const r = runCli(['batch', 'plans', '--out', 'out', '--format', 'md', '--jobs', '2'], { cwd: dir, env: PLAIN_ENV });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('plans/broken.yaml:4:1  error  UNKNOWN_FIELD  municipalty');
    expect(r.stdout).toMatch(/4 \| municipalty: \{\}\n\s+\| \^/);
    expect(r.stdout).toMatch(/plans\/scan\.yaml:\d+:\d+ {2}error {2}BINARY_FILE/);
    // The examples may draw warnings as the checks grow: these tests are about rendering, not about them.
    expect(r.stdout).toMatch(/5 plans: 3 rendered(?: \(\d+ with warnings\))?, 2 invalid, 0 failed in \d+\.\d s -> out\/index\.md\n$/);
    // Not a terminal: one plain line per plan, no spinner.
    expect(r.stderr).toContain('Rendering 5 plans on 2 workers\n');
    expect(r.stderr).toMatch(/^\[[1-5]\/5\] rendered plans\/more\/pecs-hu\.yaml -> more\/pecs-hu\.md(?: \(\d+ warnings?\))?$/m);
    expect(r.stderr).toMatch(/^\[[1-5]\/5\] invalid {2}plans\/broken\.yaml \(\d+ errors\)$/m);
    expect(r.stdout + r.stderr).not.toContain(ESC);
    expect(r.stderr).not.toContain('\r');
    expect(hasStackTrace(r.stdout + r.stderr)).toBe(false);
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['index.md', 'more', 'ostrava-en.md', 'pecs-hu.md', 'report.json']);
  });

  it('colours only when colour is forced, and still draws no spinner in a pipe', () => {
    const dir = planTree({ 'a.yaml': 'example:ostrava-en', 'b.yaml': 'not: [yaml' });
    const r = runCli(['batch', 'plans', '--out', 'out', '--format', 'md', '--jobs', '1'], { cwd: dir, env: { ...PLAIN_ENV, FORCE_COLOR: '1' } });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(`${ESC}[`);
    expect(r.stderr).toContain(`${ESC}[`);
    expect(r.stderr).not.toContain('\r');
    expect(r.stderr).not.toContain(`${ESC}[?25l`);
  });

  it('prints the report on stdout with --json and keeps the human summary on stderr', () => {
    const dir = planTree({ 'a.yaml': 'example:ostrava-en', 'sub/a.yaml': 'example:kumanovo-mk' });
    const r = runCli(['batch', 'plans', '--out', 'out', '--format', 'md', '--json', '--set', 'plan.status=draft'], { cwd: dir });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(readFileSync(join(dir, 'out', 'report.json'), 'utf8'));
    const report = JSON.parse(r.stdout) as { summary: unknown; plans: { planStatus: string }[] };
    expect(report.summary).toEqual({ plans: 2, rendered: 2, withWarnings: expect.any(Number), invalid: 0, failed: 0, skipped: 0 });
    expect(report.plans.map((p) => p.planStatus)).toEqual(['draft', 'draft']);
    expect(r.stderr).toMatch(/2 plans: 2 rendered \([12] with warnings\), 0 invalid, 0 failed/);
  });

  it('runs shards separately and merges their reports', () => {
    const dir = planTree({ 'a.yaml': 'example:ostrava-en', 'b.yaml': 'example:novi-becej-sr', 'c/a.yaml': 'example:ostrava-en' });
    const one = runCli(['batch', 'plans', '--out', 'out', '--format', 'md', '--shard', '1/2'], { cwd: dir });
    const two = runCli(['batch', 'plans', '--out', 'out', '--format', 'md', '--shard', '2/2'], { cwd: dir });
    expect([one.status, two.status]).toEqual([0, 0]);
    expect(one.stdout).toContain('2 plans: 2 rendered');
    expect(two.stdout).toContain('1 plan: 1 rendered');
    // As the shell would pass them, and as a quoted glob.
    const merged = runCli(['batch', '--merge', 'out/report.shard-1-of-2.json', 'out/report.shard-2-of-2.json', '--out', 'out'], { cwd: dir });
    expect(runCli(['batch', '--merge', 'out/report.shard-*.json', '--out', 'out2'], { cwd: dir }).status).toBe(0);
    expect(readFileSync(join(dir, 'out2', 'report.json'), 'utf8')).toBe(readFileSync(join(dir, 'out', 'report.json'), 'utf8'));
    expect(merged.stderr).toBe('');
    expect(merged.status).toBe(0);
    expect(merged.stdout).toMatch(/^3 plans: 3 rendered(?: \(\d with warnings\))?, 0 invalid, 0 failed merged from 2 shard reports -> out\/index\.md\n$/);
    expect(readFileSync(join(dir, 'out', 'index.md'), 'utf8')).toContain('[Markdown](c/a.md)');
  });

  it.each([
    [['--format', 'odt'], 'unknown output format "odt"'],
    [['--shard', '3/2'], '--shard 3/2'],
    [['--jobs', 'many'], '--jobs many'],
    [['--timeout', '0'], '--timeout 0'],
    [['--date', '2026-13-01'], '2026-13-01'],
    [['--set', 'municipality.name'], '--set municipality.name: expected field=value'],
  ])('refuses %j with exit 2 and a message', (args, message) => {
    const r = runCli(['batch', 'examples', '--out', 'never-written', ...args]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(message);
    expect(hasStackTrace(r.stderr)).toBe(false);
    expect(existsSync(join(root, 'never-written'))).toBe(false);
  });

  it('needs --out and inputs, and does not overwrite a previous run without --force', () => {
    expect(runCli(['batch', 'examples']).status).toBe(2);
    expect(runCli(['batch', '--out', 'x']).stderr).toContain('no plans given');
    const dir = planTree({ 'a.yaml': 'example:ostrava-en' });
    expect(runCli(['batch', 'plans', '--out', 'out', '--format', 'md'], { cwd: dir }).status).toBe(0);
    const again = runCli(['batch', 'plans', '--out', 'out', '--format', 'md'], { cwd: dir });
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('already exists');
    expect(again.stderr).toContain('--force');
    expect(runCli(['batch', 'plans', '--out', 'out', '--format', 'md', '--force'], { cwd: dir }).status).toBe(0);
  });

  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)('stops cleanly on %s: exit %i, complete outputs only, no report', async (signal, code) => {
    const dir = planTree(Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`p${String(i).padStart(2, '0')}.yaml`, 'example:pecs-hu'])));
    const child = spawn(process.execPath, [bin, 'batch', 'plans', '--out', 'out', '--format', 'pdf', '--jobs', '1'], { cwd: dir, env: { ...process.env, NO_COLOR: '1' } });
    let stderr = '';
    let interrupted = false;
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      if (!interrupted && /\[ ?1\/12\]/.test(stderr)) interrupted = child.kill(signal);
    });
    expect({ code: await exited, stderr }).toEqual({ code, stderr: expect.stringContaining('Interrupted') });
    expect(stderr).toMatch(/Interrupted after \d+ of 12 plans/);
    const files = readdirSync(join(dir, 'out'));
    expect(files).not.toContain('report.json');
    expect(files.every((f) => /^p\d\d\.pdf$/.test(f))).toBe(true);
    for (const f of files) expect(readFileSync(join(dir, 'out', f)).toString('latin1').trimEnd().endsWith('%%EOF')).toBe(true);
  });

  it.skipIf(spawnSync('tmux', ['-V']).status !== 0)('shows a spinner with counts on a terminal and leaves a clean summary', () => {
    const dir = planTree({ 'a.yaml': 'example:ostrava-en', 'b.yaml': INVALID_NAME_PLAN });
    const session = `roma-plan-batch-${process.pid}`;
    const command = `cd ${dir} && env -u CI NO_COLOR=1 ${process.execPath} ${bin} batch plans --out out --format md --jobs 1; echo "exit=$?"; sleep 30`;
    spawnSync('tmux', ['new-session', '-d', '-s', session, '-x', '100', '-y', '20', command]);
    try {
      let screen = '';
      for (let i = 0; i < 100 && !screen.includes('exit='); i++) {
        spawnSync('sleep', ['0.2']);
        screen = spawnSync('tmux', ['capture-pane', '-p', '-t', session], { encoding: 'utf8' }).stdout;
      }
      expect(screen).toContain('exit=1');
      expect(screen).toMatch(/2 plans: 1 rendered(?: \(1 with warnings\))?, 1 invalid, 0 failed/);
      // The spinner replaced itself in place and cleared itself: no per-plan log lines.
      expect(screen).not.toContain('[1/2]');
      expect(screen).not.toContain('Rendering 2 plans');
    } finally {
      spawnSync('tmux', ['kill-session', '-t', session]);
    }
  });
});

const INVALID_NAME_PLAN = 'schemaVersion: 1\nlanguage: en\n';
