import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasStackTrace, root, runCli } from '../helpers/run-cli.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'roma-plan-new-'));

describe('roma-plan new', () => {
  it('lists the examples with municipality, country, language and status', () => {
    const r = runCli(['new', '--list']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^name +municipality +country +language +status$/m);
    expect(r.stdout).toMatch(/^pecs-hu +Pécs +HU +hu +adopted$/m);
    expect(r.stdout).toMatch(/^kumanovo-mk +Куманово +MK +mk +consultation$/m);
    const json = JSON.parse(runCli(['new', '--list', '--json']).stdout) as { name: string }[];
    expect(json.map((e) => e.name)).toEqual(['elbasan-sq', 'krsko-sl', 'kumanovo-mk', 'novi-becej-sr', 'ostrava-en', 'pecs-hu']);
  });

  it('writes an example that validates, with --set changes, its comments, and a working schema link', () => {
    const dir = tmp();
    const file = join(dir, 'workshop', 'szeged.yaml');
    const r = runCli(['new', file, '--example', 'pecs-hu', '--set', 'municipality.name=Szeged', '--set', 'plan.version="2.0"', '--set', 'municipality.population.total=160000']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    // In the language of the example: Hungarian for pecs-hu.
    expect(r.stdout).toContain(`Elkészült: ${file} (pecs-hu példa alapján, 3 módosított mezővel).\nKövetkező lépés: szerkessze, majd `);
    const text = readFileSync(file, 'utf8');
    expect(text).toMatch(/^ {2}name: Szeged$/m);
    expect(text).toMatch(/^ {2}version: "2\.0"$/m);
    expect(text).toContain('total: 160000');
    // Everything else is the example as written, comments and wrapping included.
    const original = readFileSync(join(root, 'examples', 'pecs-hu.yaml'), 'utf8');
    expect(text.split('\n').length).toBe(original.split('\n').length);
    expect(text).toContain('# Illustrative example plan shipped with roma-plan.');
    const schema = /^# yaml-language-server: \$schema=(.+)$/m.exec(text)?.[1];
    expect(resolve(dirname(file), schema!)).toBe(join(root, 'schemas', 'plan.schema.json'));
    const check = runCli(['validate', '--json', file]);
    expect(check.status).toBe(0);
  });

  it('writes to standard output without a file (or with -)', () => {
    const r = runCli(['new', '--example', 'ostrava-en', '--set', 'municipality.name=Karviná']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('name: Karviná');
    const piped = runCli(['validate', '-'], { input: r.stdout });
    expect(piped.status).toBe(0);
    expect(runCli(['new', '-', '--example', 'ostrava-en']).stdout).toBe(readFileSync(join(root, 'examples', 'ostrava-en.yaml'), 'utf8').replace('$schema=../schemas/plan.schema.json', '$schema=schemas/plan.schema.json'));
  });

  it('refuses overrides that make the plan invalid, shows the report, and writes nothing', () => {
    const dir = tmp();
    const file = join(dir, 'short.yaml');
    const r = runCli(['new', file, '--example', 'ostrava-en', '--set', 'plan.period.to=2026', '--set', 'plan.status=final']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`${file.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}:\\d+:\\d+ {2}error {2}OUTSIDE_PERIOD`));
    expect(r.stderr).toMatch(/error {2}INVALID_VALUE {2}plan\.status/);
    expect(r.stderr).toContain('Nothing was written');
    expect(existsSync(file)).toBe(false);
    expect(hasStackTrace(r.stderr)).toBe(false);
    const crossing = runCli(['new', file, '--example', 'ostrava-en', '--set', 'municipality.name.first=X']);
    expect(crossing.status).toBe(1);
    expect(crossing.stderr).toContain('BAD_OVERRIDE');
  });

  it('refuses to overwrite a file without --force', () => {
    const dir = tmp();
    const file = join(dir, 'plan.yaml');
    writeFileSync(file, 'my own work\n');
    const r = runCli(['new', file, '--example', 'kumanovo-mk']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${file} already exists`);
    expect(r.stderr).toContain('--force');
    expect(readFileSync(file, 'utf8')).toBe('my own work\n');
    expect(runCli(['new', file, '--example', 'kumanovo-mk', '--force']).status).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain('Куманово');
  });

  it('explains a missing or unknown example (exit 2)', () => {
    const none = runCli(['new', 'x.yaml']);
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('--example <name>');
    expect(none.stderr).toContain('pecs-hu');
    const typo = runCli(['new', 'x.yaml', '--example', 'pesc-hu']);
    expect(typo.status).toBe(2);
    expect(typo.stderr).toContain('did you mean `pecs-hu`?');
    expect(existsSync(join(root, 'x.yaml'))).toBe(false);
  });
});
