import { formatMessage } from '../../src/i18n/messages.js';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../../src/plan/parse.js';
import { minimalYaml } from '../helpers/minimal-plan.js';
import { bin, hasStackTrace, root, runCli } from '../helpers/run-cli.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'roma-plan-rel-'));

/** Streams `total` bytes of `y\n` into `validate -` and resolves with what the process did. */
function feedStdin(total: number): Promise<{ code: number | null; stdout: string; stderr: string; written: number }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, 'validate', '-'], { cwd: root, env: { ...process.env, NO_COLOR: '1' } });
    let stdout = '';
    let stderr = '';
    let written = 0;
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.stdin.on('error', () => undefined);
    const chunk = Buffer.from('y\n'.repeat(32 * 1024));
    const pump = () => {
      while (written < total) {
        written += chunk.length;
        if (!child.stdin.write(chunk)) return child.stdin.once('drain', pump);
      }
      child.stdin.end();
    };
    pump();
    child.on('exit', (code) => resolve({ code, stdout, stderr, written }));
  });
}

describe('bounded input', () => {
  it('refuses an endless standard input at the size limit instead of reading it all', async () => {
    // 200 MB offered; the process must stop reading a little past 10 MB and say why.
    const r = await feedStdin(200 * 1024 * 1024);
    expect(r.code).toBe(1);
    expect(r.stdout + r.stderr).toContain('FILE_TOO_LARGE');
    expect(r.written).toBeLessThan(200 * 1024 * 1024);
  });

  it.skipIf(!existsSync('/dev/zero'))('refuses a device that never ends (/dev/zero)', () => {
    const r = runCli(['validate', '/dev/zero']);
    expect(r.status).toBe(1);
    expect(r.stdout + r.stderr).toContain('FILE_TOO_LARGE');
    expect(hasStackTrace(r.stderr)).toBe(false);
  });

  it('refuses a --set list index far past the end, naming the valid range', () => {
    const r = runCli(['validate', 'test/fixtures/valid/minimal.yaml', '--set', 'areas.education.objectives[999999999].title=x']);
    expect(r.status).toBe(1);
    expect(r.stdout + r.stderr).toContain('BAD_OVERRIDE');
    expect(r.stdout + r.stderr).toContain('[1] to add one at the end');
    // One problem, not one per hole of a sparse list.
    expect((r.stdout + r.stderr).match(/error/g)?.length).toBe(1);
  });
});

describe('nesting', () => {
  it('reports runaway nesting once per file and keeps checking the other files', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'a-deep.yaml'), `a:\n  ${'- '.repeat(10_000)}x\n`);
    writeFileSync(join(dir, 'b-brackets.yaml'), `a: ${'['.repeat(5000)}${']'.repeat(5000)}\n`);
    writeFileSync(join(dir, 'c-indent.yaml'), `a:\n${Array.from({ length: 3000 }, (_, i) => `${' '.repeat(i + 1)}- `).join('\n')}\n`);
    writeFileSync(join(dir, 'd-valid.yaml'), minimalYaml);
    const r = runCli(['validate', dir, '--json']);
    expect(r.status).toBe(1);
    const { files } = JSON.parse(r.stdout) as { files: { file: string; issues: { code: string }[] }[] };
    const codes = Object.fromEntries(files.map((f) => [f.file.replace(/.*[\\/]/, ''), f.issues.map((i) => i.code)]));
    expect(codes).toEqual({ 'a-deep.yaml': ['NESTING_TOO_DEEP'], 'b-brackets.yaml': ['NESTING_TOO_DEEP'], 'c-indent.yaml': ['NESTING_TOO_DEEP'], 'd-valid.yaml': [] });
  });

  it('finds the depth without recursion: 100 000 levels are refused at the first level too deep', () => {
    const r = parsePlanText(`a: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`);
    expect(r.ok).toBe(false);
    expect(r.issues).toMatchObject([{ code: 'NESTING_TOO_DEEP', line: 1 }]);
  });
});

describe('work grows linearly with the input', () => {
  /** The best of three timings, to keep a busy machine from deciding the result. */
  function best(fn: () => void): number {
    let min = Infinity;
    for (let i = 0; i < 3; i++) {
      const t = performance.now();
      fn();
      min = Math.min(min, performance.now() - t);
    }
    return min;
  }
  const withKeys = (n: number) => minimalYaml.replace(/^municipality:\n/m, `municipality:\n${Array.from({ length: n }, (_, i) => `  x${i}: 1\n`).join('')}`);
  const withDuplicates = (n: number) => minimalYaml.replace(/^municipality:\n/m, `municipality:\n${'  name: A\n'.repeat(n)}`);

  it.each([
    ['unknown keys in one mapping', withKeys],
    ['one key repeated in one mapping', withDuplicates],
  ])('%s: 16 times the keys take far less than 16 squared times as long', async (_, make) => {
    const { loadPlanText } = await import('../../src/plan/load.js');
    const small = make(1000);
    const large = make(16_000);
    loadPlanText(small, 'warm.yaml');
    const ratio = best(() => loadPlanText(large, 'large.yaml')) / best(() => loadPlanText(small, 'small.yaml'));
    // Linear work gives about 16; the quadratic checks this replaced gave well over 100.
    expect(ratio).toBeLessThan(64);
  });
});

describe('outputs', () => {
  it.skipIf(!existsSync('/dev/full'))('fails, not exit 0, when standard output cannot be written (a full disk)', () => {
    for (const args of [
      ['validate', '--json', 'examples/pecs-hu.yaml'],
      ['render', 'examples/pecs-hu.yaml', '--format', 'md', '--out', '-'],
      ['new', '--example', 'pecs-hu'],
    ]) {
      const r = runCli(args, { stdio: ['ignore', openSync('/dev/full', 'w'), 'pipe'] });
      expect({ args, status: r.status }).toEqual({ args, status: 1 });
      // Worded in the plan's language once the plan is read (pecs-hu is Hungarian), else in English.
      const words = ['en', 'hu'].map((lang) => formatMessage(lang, 'fatal.stdoutFailed.message', { reason: 'ENOSPC' }).split('(')[0]!);
      expect(words.some((w) => r.stderr.includes(w)), r.stderr).toBe(true);
    }
  });

  it('never writes a rendering over the plan it reads, even with --force', () => {
    const dir = tmp();
    const plan = join(dir, 'plan.md');
    writeFileSync(plan, minimalYaml);
    const r = runCli(['render', plan, '--format', 'md', '--force']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('is the file being read');
    expect(readFileSync(plan, 'utf8')).toBe(minimalYaml);
  });

  it('explains an output path through a file, or onto a folder, in words', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'plan.yaml'), minimalYaml);
    writeFileSync(join(dir, 'afile'), 'x');
    mkdirSync(join(dir, 'd.pdf'));
    const through = runCli(['render', 'plan.yaml', '--format', 'md', '--out', 'afile/sub'], { cwd: dir });
    expect(through.status).toBe(1);
    expect(through.stderr).toContain('a part of the path is a file, not a folder');
    const onto = runCli(['render', 'plan.yaml', '--out', 'd.pdf', '--force'], { cwd: dir });
    expect(onto.status).toBe(1);
    expect(onto.stderr).toContain('a folder has that name');
    expect(readdirSync(join(dir, 'd.pdf'))).toEqual([]);
  });

  it('removes temporary files an earlier, killed render left beside its outputs', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'plan.yaml'), minimalYaml);
    // The pid of a process that no longer runs, and an age past the one-minute guard.
    const stale = join(dir, '.plan.md.999999.0badcafe.tmp');
    writeFileSync(stale, 'half a docu');
    const old = new Date(Date.now() - 3600_000);
    utimesSync(stale, old, old);
    expect(runCli(['render', 'plan.yaml', '--format', 'md'], { cwd: dir }).status).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['plan.md', 'plan.yaml']);
  });

  it('refuses a batch timeout past what a timer can hold, instead of failing every plan', () => {
    const r = runCli(['batch', 'examples', '--out', join(tmp(), 'out'), '--timeout', '3000000']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('between 1 and 86400');
  });
});

describe('names from outside', () => {
  it('shows control characters of a file name as escapes, never as terminal commands', () => {
    const dir = tmp();
    const name = 'evil\u001b]0;pwned\u0007\u001b[2J.yaml';
    writeFileSync(join(dir, name), 'a: [\n');
    const r = runCli(['validate', name], { cwd: dir });
    expect(r.status).toBe(1);
    expect(r.stdout + r.stderr).not.toContain('\u001b');
    expect(r.stdout).toContain('evil\\x1b]0;pwned\\x07\\x1b[2J.yaml');
  });

  it('links a plan named a|b#c.yaml in index.md so that the # stays part of the name', () => {
    const dir = tmp();
    mkdirSync(join(dir, 'plans'));
    writeFileSync(join(dir, 'plans', 'a|b#c.yaml'), minimalYaml);
    const r = runCli(['batch', 'plans', '--out', 'out', '--format', 'md'], { cwd: dir });
    expect(r.status).toBe(0);
    const index = readFileSync(join(dir, 'out', 'index.md'), 'utf8');
    const [file] = readdirSync(join(dir, 'out')).filter((f) => f.startsWith('a'));
    expect(index).toContain(`](${encodeURIComponent(file!)})`);
    expect(index).toContain('%23');
  });
});
