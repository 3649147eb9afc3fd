import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasStackTrace, root, runCli } from '../helpers/run-cli.js';

const examples = readdirSync(`${root}examples`).filter((f) => f.endsWith('.yaml') && !f.endsWith('.progress.yaml'));

describe('roma-plan validate', () => {
  it.each(examples)('accepts the example %s with exit 0', (file) => {
    const r = runCli(['validate', `examples/${file}`]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    // Warnings are allowed (kumanovo-mk marks an area not applicable on purpose); errors are not.
    expect(r.stdout).toMatch(/1 plan: .*, 0 invalid/);
  });

  it('validates a folder and prints a summary', () => {
    const r = runCli(['validate', 'examples']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`${examples.length} plans: `);
    expect(r.stdout).toContain(', 0 invalid');
  });

  it('points at file:line:col with the path, message, hint and a caret', () => {
    const dir = mkdtempSync(join(tmpdir(), 'roma-plan-'));
    const file = join(dir, 'typo.yaml');
    writeFileSync(file, 'schemaVersion: 1\nlanguage: en\ncurrency: EUR\nmunicipalty: {}\n');
    const r = runCli(['validate', file]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(`${file}:4:1  error  UNKNOWN_FIELD  municipalty`);
    expect(r.stdout).toContain('did you mean `municipality`?');
    expect(r.stdout).toMatch(/4 \| municipalty: \{\}\n\s+\| \^/);
    expect(r.stdout).toContain('MISSING_FIELD');
    expect(hasStackTrace(r.stdout + r.stderr)).toBe(false);
  });

  it('prints a stable JSON report', () => {
    const r = runCli(['validate', '--json', 'test/fixtures/valid/minimal.yaml', 'missing.yaml']);
    expect(r.status).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.version).toBe(1);
    expect(report.summary).toEqual({ files: 2, valid: 1, warnings: 0, invalid: 1 });
    expect(report.files[1]).toMatchObject({ file: 'missing.yaml', status: 'invalid', errors: 1, issues: [{ code: 'FILE_NOT_FOUND', severity: 'error' }] });
    expect(Object.keys(report.files[1].issues[0])).toEqual(['severity', 'code', 'path', 'line', 'column', 'message', 'hint', 'params']);
  });

  it('reads standard input with -', () => {
    const r = runCli(['validate', '-'], { input: 'schemaVersion: 2\n' });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('-:1:16  error  WRONG_SCHEMA_VERSION');
  });

  it('applies --set overrides before validating', () => {
    const r = runCli(['validate', 'examples/pecs-hu.yaml', '--set', 'plan.period.to=2020']);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('PERIOD_REVERSED');
  });

  it('turns warnings into failures with --strict', () => {
    const r0 = runCli(['validate', 'examples/pecs-hu.yaml', '--set', 'areas.health.objectives[0].measures[0].partners=[]', '--strict']);
    expect(r0.status).toBe(1);
    expect(r0.stdout).toContain('NO_PARTNERS');
  });

  it('refuses an unknown --lang with exit 2, listing the languages', () => {
    const r = runCli(['validate', '--lang', 'de', 'examples/pecs-hu.yaml']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('“de” is not one of the languages');
    expect(r.stderr).toContain('en, hu, ro, cs, sk, sl, bg, sr-Latn, sr-Cyrl, mk, bs, hr, sq');
  });

  it('words messages in plain words, with the path only on the first line', () => {
    const r = runCli(['validate', '--lang', 'en', '--json', 'examples/pecs-hu.yaml', '--set', 'areas.education.objectives[0].measures[0].end=2031']);
    const issue = JSON.parse(r.stdout).files[0].issues.find((i: { code: string }) => i.code === 'OUTSIDE_PERIOD');
    expect(issue.path).toBe('areas.education.objectives[0].measures[0].end');
    expect(issue.message).toMatch(/^measure 5\.1\.1 “.+”: its end \(2031\) is after the plan period \(2026–2030\)$/);
    expect(issue.params).toMatchObject({ measure: '5.1.1', which: 'end', side: 'after', year: 2031 });
    expect(`${issue.message} ${issue.hint}`).not.toMatch(/\[\d+\]|plan\.period/);
  });

  it('speaks Hungarian: by --lang, by LANG, and by the plan’s own language', () => {
    const set = ['--set', 'areas.education.objectives[0].measures[0].end=2031'];
    const byFlag = runCli(['validate', '--lang', 'hu', 'examples/ostrava-en.yaml', '--set', 'municipality.population.total=sok']);
    expect(byFlag.stdout).toMatch(/hiba {2}WRONG_TYPE {2}municipality\.population\.total\n {2}a település teljes lakossága: egész számot vártunk, de ez a szöveg áll itt: „sok”/);
    expect(byFlag.stdout).toContain('tipp:');
    expect(byFlag.stdout).toMatch(/1 terv: 0 hibátlan, 0 figyelmeztetéssel, 1 hibás/);
    const byEnv = runCli(['validate', 'examples/pecs-hu.yaml', ...set], { env: { LANG: 'hu_HU.UTF-8' } });
    expect(byEnv.stdout).toMatch(/5\.1\.1\. intézkedés \(„.+”\): a befejezése \(2031\) a terv időszaka \(2026–2030\) után van/);
    const byPlan = runCli(['validate', '--json', 'examples/pecs-hu.yaml', ...set]);
    const issue = JSON.parse(byPlan.stdout).files[0].issues[0];
    expect(issue.hint).toBe('Tegye az intézkedés befejezését a terv időszakán belülre, vagy legyen a terv utolsó éve 2031.');
    const english = runCli(['validate', 'examples/pecs-hu.yaml', ...set], { env: { LC_ALL: 'en_GB.UTF-8' } });
    expect(english.stdout).toContain('is after the plan period');
  });

  it('speaks Serbian in Cyrillic, leaving the names in the plan as they are written', () => {
    const set = ['--set', 'areas.education.objectives[0].measures[0].end=2031'];
    const r = runCli(['validate', '--lang', 'sr-Cyrl', 'examples/novi-becej-sr.yaml', ...set]);
    expect(r.stdout).toMatch(/мера 5\.1\.1 „[^“]*\p{Script=Latin}[^“]*“: крај \(2031\) је после периода плана/u);
    expect(r.stdout).toContain('савет:');
  });

  it('exits 2 on usage errors', () => {
    expect(runCli(['validate']).status).toBe(2);
    expect(runCli(['validate', '--bogus', 'x']).status).toBe(2);
    expect(runCli(['validate', 'nothing-here/*.yaml']).status).toBe(2);
  });
});

describe('roma-plan (global)', () => {
  it('prints help with examples and exit codes', () => {
    const r = runCli(['--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Examples:');
    expect(r.stdout).toContain('Exit codes:');
  });

  it('prints the version', () => {
    const r = runCli(['--version']);
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('prints the schema', () => {
    const r = runCli(['schema']);
    expect(JSON.parse(r.stdout).$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  });

  it('lists the catalogue', () => {
    const r = runCli(['catalogue', 'goals']);
    expect(r.status).toBe(0);
    expect(r.stdout.match(/^\s+\d+\. /gm)).toHaveLength(10);
    const json = JSON.parse(runCli(['catalogue', 'practices', '--json', '--area', 'education']).stdout);
    expect(json.length).toBeGreaterThan(2);
    expect(json.every((p: { areas: string[] }) => p.areas.includes('education'))).toBe(true);
  });

  it('--help loads no heavy module', () => {
    const hook = `data:text/javascript,${encodeURIComponent(
      "import { register } from 'node:module'; register('data:text/javascript,' + encodeURIComponent(\"export async function resolve(s, c, n) { const r = await n(s, c); if (/node_modules\\\\/(ajv|yaml|handlebars|pdfkit|fontkit|@inquirer|ora)\\\\//.test(r.url)) process.stderr.write('HEAVY ' + r.url + '\\\\n'); return r; }\"));",
    )}`;
    const r = runCli(['--help'], { env: { NODE_OPTIONS: `--import=${hook}` } });
    expect(r.status).toBe(0);
    expect(r.stderr).not.toContain('HEAVY');
  });
});
