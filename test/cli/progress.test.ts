import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { Progress } from '../../src/progress/types.js';
import { hasStackTrace, root, runCli } from '../helpers/run-cli.js';

const noTerminal = { stdio: ['ignore', 'pipe', 'pipe'] as ['ignore', 'pipe', 'pipe'] };
const example = parse(readFileSync(join(root, 'examples/pecs-hu.progress.yaml'), 'utf8')) as Progress;

/** A folder with a copy of the Pécs plan, and the example's years as answers files. */
function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'roma-plan-progress-'));
  copyFileSync(join(root, 'examples/pecs-hu.yaml'), join(dir, 'pecs.yaml'));
  for (const y of example.years) writeFileSync(join(dir, `${y.year}.yaml`), stringify(y));
  return dir;
}

describe('roma-plan progress without a terminal', () => {
  it('lists the measures still missing, in the plan language, exits 2 and writes nothing', () => {
    const dir = workspace();
    const partial = { ...example.years[1]!, measures: example.years[1]!.measures.slice(2) };
    writeFileSync(join(dir, 'partial.yaml'), stringify(partial));
    const r = runCli(['progress', 'pecs.yaml', '--year', '2027', '--answers', 'partial.yaml'], { ...noTerminal, cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('A szabványos bemenet nem terminál');
    expect(r.stderr).toContain('A 2027. évhez még 2 válasz hiányzik:');
    expect(r.stderr).toMatch(/^ {2}measures: par-1-1\s+1\.1\.1\. intézkedés: állása és adatai$/m);
    expect(r.stderr).toMatch(/^ {2}measures: par-1-2\s+1\.1\.2\. intézkedés/m);
    expect(r.stderr).toMatch(/progress pecs\.yaml --year 2027 --answers answers\.yaml$/m);
    expect(hasStackTrace(r.stderr)).toBe(false);
    expect(existsSync(join(dir, 'pecs.progress.yaml'))).toBe(false);
    expect(existsSync(join(dir, 'pecs.progress.draft.yaml'))).toBe(false);

    const english = runCli(['progress', 'pecs.yaml', '--year', '2027', '--lang', 'en'], { ...noTerminal, cwd: dir });
    expect(english.status).toBe(2);
    expect(english.stderr).toContain('2027 still needs 22 answers:');
    expect(english.stderr).toMatch(/^ {2}measures: liv-2-2\s+measure 7\.2\.2: its status and figures$/m);
  });

  it('writes complete answers into a new progress file that validates and reports, then adds another year', () => {
    const dir = workspace();
    const first = runCli(['progress', 'pecs.yaml', '--year', '2027', '--answers', '2027.yaml'], { ...noTerminal, cwd: dir });
    expect(first.stderr).toContain('A 2027. év mentve: pecs.progress.yaml.');
    expect(first.status).toBe(0);
    const written = parse(readFileSync(join(dir, 'pecs.progress.yaml'), 'utf8')) as Progress;
    expect(written.plan).toEqual({ ...example.plan, file: 'pecs.yaml' });
    expect(written.years).toEqual([example.years[1]]);
    expect(readFileSync(join(dir, 'pecs.progress.yaml'), 'utf8')).toMatch(/^# yaml-language-server: \$schema=.*schemas\/progress\.schema\.json\n/);

    const second = runCli(['progress', 'pecs.yaml', '--year', '2026', '--answers', '2026.yaml'], { ...noTerminal, cwd: dir });
    expect(second.status).toBe(0);
    expect((parse(readFileSync(join(dir, 'pecs.progress.yaml'), 'utf8')) as Progress).years).toEqual(example.years);

    const validate = runCli(['validate', 'pecs.progress.yaml'], { cwd: dir });
    expect(validate.status).toBe(0);
    const report = runCli(['report', 'pecs.yaml', 'pecs.progress.yaml', '--year', '2027', '--format', 'md', '--out', 'out'], { cwd: dir });
    expect(report.status).toBe(0);
    expect(readFileSync(join(dir, 'out', 'pecs-report-2027.md'), 'utf8')).toContain('Késik');
  });

  it('never replaces a recorded year silently: without --force it is kept, with it the year is replaced and the others stay', () => {
    const dir = workspace();
    expect(runCli(['progress', 'pecs.yaml', '--year', '2026', '--answers', '2026.yaml'], { ...noTerminal, cwd: dir }).status).toBe(0);
    expect(runCli(['progress', 'pecs.yaml', '--year', '2027', '--answers', '2027.yaml'], { ...noTerminal, cwd: dir }).status).toBe(0);
    const before = readFileSync(join(dir, 'pecs.progress.yaml'), 'utf8');
    const changed = { ...example.years[0]!, preparedBy: 'Humán Szolgáltatási Főosztály' };
    writeFileSync(join(dir, 'changed.yaml'), stringify(changed));
    const refused = runCli(['progress', 'pecs.yaml', '--year', '2026', '--answers', 'changed.yaml'], { ...noTerminal, cwd: dir });
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('Nem írtunk semmit: a(z) pecs.progress.yaml 2026. évi adatai megmaradtak. A cseréhez használja a --force kapcsolót.');
    expect(readFileSync(join(dir, 'pecs.progress.yaml'), 'utf8')).toBe(before);
    const forced = runCli(['progress', 'pecs.yaml', '--year', '2026', '--answers', 'changed.yaml', '--force'], { ...noTerminal, cwd: dir });
    expect(forced.status).toBe(0);
    const years = (parse(readFileSync(join(dir, 'pecs.progress.yaml'), 'utf8')) as Progress).years;
    expect(years.map((y) => [y.year, y.preparedBy])).toEqual([[2026, 'Humán Szolgáltatási Főosztály'], [2027, example.years[1]!.preparedBy]]);
  });

  it('refuses answers for another year, a year outside the plan period and a measure the plan does not have', () => {
    const dir = workspace();
    const other = runCli(['progress', 'pecs.yaml', '--year', '2028', '--answers', '2027.yaml'], { ...noTerminal, cwd: dir });
    expect(other.status).toBe(2);
    expect(other.stderr).toContain('A(z) 2027.yaml válaszai a 2027. évről szólnak, nem a 2028. évről.');
    expect(runCli(['progress', 'pecs.yaml', '--year', '2035'], { ...noTerminal, cwd: dir }).status).toBe(2);
    writeFileSync(join(dir, 'unknown.yaml'), stringify({ year: 2027, measures: [{ measure: 'par-9-9', status: 'on-track' }] }));
    const unknown = runCli(['progress', 'pecs.yaml', '--year', '2027', '--answers', 'unknown.yaml'], { ...noTerminal, cwd: dir });
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain('par-9-9');
    expect(hasStackTrace(unknown.stderr + other.stderr)).toBe(false);
  });

  it('keeps the comments of an existing progress file and the form of the years it does not change', () => {
    const dir = workspace();
    const original = readFileSync(join(root, 'examples/pecs-hu.progress.yaml'), 'utf8').replace('file: pecs-hu.yaml', 'file: pecs.yaml');
    writeFileSync(join(dir, 'pecs.progress.yaml'), original);
    const changed = { ...example.years[1]!, preparedBy: 'Humán Szolgáltatási Főosztály' };
    writeFileSync(join(dir, 'changed.yaml'), stringify(changed));
    expect(runCli(['progress', 'pecs.yaml', '--year', '2027', '--answers', 'changed.yaml', '--force'], { ...noTerminal, cwd: dir }).status).toBe(0);
    const after = readFileSync(join(dir, 'pecs.progress.yaml'), 'utf8');
    const until2027 = (text: string) => text.slice(0, text.indexOf('  - year: 2027'));
    expect(until2027(after)).toBe(until2027(original));
    expect(after).toMatch(/^# A Pécsi Helyi Roma Integrációs Akcióterv végrehajtása/m);
    expect(after).toContain('reportDate: "2028-03-');
    expect((parse(after) as Progress).years[1]?.preparedBy).toBe('Humán Szolgáltatási Főosztály');
  });
});
