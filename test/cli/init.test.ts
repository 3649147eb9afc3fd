import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { hasStackTrace, root, runCli } from '../helpers/run-cli.js';
import { minimalPlan } from '../helpers/minimal-plan.js';

const noTerminal = { stdio: ['ignore', 'pipe', 'pipe'] as ['ignore', 'pipe', 'pipe'] };
const tempDir = () => mkdtempSync(join(tmpdir(), 'roma-plan-init-'));

function answersFile(dir: string, data: unknown, name = 'answers.yaml'): string {
  const file = join(dir, name);
  writeFileSync(file, stringify(data));
  return file;
}

describe('roma-plan init without a terminal', () => {
  it('exits 2 within a second with the list of missing answers, and writes nothing', () => {
    const dir = tempDir();
    // The fastest of three runs: the claim is about the command, not about a busy test machine.
    const times: number[] = [];
    let r = runCli(['--version']);
    for (let i = 0; i < 3; i++) {
      const started = Date.now();
      r = runCli(['init', join(dir, 'x.yaml')], { ...noTerminal, timeout: 10_000 });
      times.push(Date.now() - started);
    }
    expect(Math.min(...times)).toBeLessThan(1000);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('Standard input is not a terminal');
    for (const path of ['language', 'plan.title', 'municipality.name', 'participation[0].date', 'areas.health.applicable', 'monitoring.reportTo']) expect(r.stderr).toMatch(new RegExp(`^  ${path.replace(/[.[\]]/g, '\\$&')}\\s`, 'm'));
    expect(r.stderr).toContain('--answers answers.yaml');
    expect(hasStackTrace(r.stderr)).toBe(false);
    expect(existsSync(join(dir, 'x.yaml'))).toBe(false);
    expect(existsSync(join(dir, 'x.draft.yaml'))).toBe(false);
  });

  it('lists only what a partial answers file lacks', () => {
    const dir = tempDir();
    const partial = minimalPlan() as unknown as Record<string, unknown>;
    delete partial['monitoring'];
    const r = runCli(['init', join(dir, 'plan.yaml'), '--answers', answersFile(dir, partial)], noTerminal);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('still needs 3 answers');
    expect(r.stderr.match(/^ {2}monitoring\.\w+/gm)).toEqual(['  monitoring.body', '  monitoring.frequency', '  monitoring.reportTo']);
  });

  it('with a complete answers file asks nothing, saves a valid plan and exits 0; the same answers give the same file', () => {
    const dir = tempDir();
    const answers = answersFile(dir, minimalPlan());
    const target = join(dir, 'plan.yaml');
    const first = runCli(['init', target, '--answers', answers], noTerminal);
    expect(first.status).toBe(0);
    expect(first.stdout).toBe('');
    const text = readFileSync(target, 'utf8');
    // Like `new`: a relative path to the installed schema, which editors can open offline.
    const schema = /^# yaml-language-server: \$schema=(.+)$/m.exec(text)?.[1];
    expect(text.startsWith('# yaml-language-server: $schema=')).toBe(true);
    expect(resolve(dirname(target), schema!)).toBe(join(root, 'schemas', 'plan.schema.json'));
    expect(runCli(['validate', target]).status).toBe(0);
    expect(runCli(['init', target, '--answers', answers, '--force'], noTerminal).status).toBe(0);
    expect(readFileSync(target, 'utf8')).toBe(text);
  });

  it.each(['pecs-hu', 'kumanovo-mk', 'novi-becej-sr', 'ostrava-en', 'krsko-sl', 'elbasan-sq'])('rewrites the example %s as a plan that validates', (name) => {
    const dir = tempDir();
    const target = join(dir, `${name}.yaml`);
    const r = runCli(['init', target, '--answers', `${root}examples/${name}.yaml`], noTerminal);
    expect(r.status).toBe(0);
    expect(runCli(['validate', target]).status).toBe(0);
  });

  it('never replaces an existing plan without --force', () => {
    const dir = tempDir();
    const target = join(dir, 'plan.yaml');
    writeFileSync(target, 'my own work\n');
    const r = runCli(['init', target, '--answers', answersFile(dir, minimalPlan())], noTerminal);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('already exists');
    expect(r.stderr).toContain('--force');
    // How to change it instead, as the person started roma-plan.
    expect(r.stderr).toMatch(/roma-plan(\.js)? edit \S*plan\.yaml/);
    expect(readFileSync(target, 'utf8')).toBe('my own work\n');
  });

  it('edit without a terminal says what to do instead, and changes nothing', () => {
    const dir = tempDir();
    const target = join(dir, 'plan.yaml');
    writeFileSync(target, stringify(minimalPlan()));
    const before = readFileSync(target, 'utf8');
    const r = runCli(['edit', target], noTerminal);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('terminal');
    expect(r.stderr).toMatch(/validate \S*plan\.yaml/);
    expect(readFileSync(target, 'utf8')).toBe(before);
  });

  it('refuses answers the wizard cannot ask about, and broken YAML, with where and why', () => {
    const dir = tempDir();
    const unknown = runCli(['init', join(dir, 'a.yaml'), '--answers', answersFile(dir, { ...minimalPlan(), mayor: 'X' })], noTerminal);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain('UNKNOWN_FIELD');
    const broken = join(dir, 'broken.yaml');
    writeFileSync(broken, 'language: en\nplan: {title: x\n');
    const r = runCli(['init', join(dir, 'b.yaml'), '--answers', broken], noTerminal);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/broken\.yaml:\d+:\d+/);
    expect(hasStackTrace(unknown.stderr + r.stderr)).toBe(false);
  });

  it('says so when there is no draft to resume, or when --resume and --answers are mixed', () => {
    const dir = tempDir();
    const none = runCli(['init', join(dir, 'plan.yaml'), '--resume'], noTerminal);
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('There is no draft to resume');
    const both = runCli(['init', join(dir, 'plan.yaml'), '--resume', '--answers', 'a.yaml'], noTerminal);
    expect(both.status).toBe(2);
  });

  it('speaks the language asked for', () => {
    const r = runCli(['init', join(tempDir(), 'x.yaml'), '--lang', 'hu'], noTerminal);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('A szabványos bemenet nem terminál');
  });

});
