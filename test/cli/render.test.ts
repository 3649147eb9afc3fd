import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasStackTrace, root, runCli } from '../helpers/run-cli.js';
import { minimalYaml, minimalYamlPath } from '../helpers/minimal-plan.js';

/** A fresh folder holding plans/example.yaml (the minimal valid plan). */
function workspace(): { dir: string; plan: string } {
  const dir = mkdtempSync(join(tmpdir(), 'roma-plan-render-'));
  mkdirSync(join(dir, 'plans'));
  const plan = join(dir, 'plans', 'example.yaml');
  copyFileSync(minimalYamlPath, plan);
  return { dir, plan };
}

const golden = (name: string) => readFileSync(`${root}test/golden/${name}.md`, 'utf8');

describe('roma-plan render', () => {
  it('keeps the notes for reviewers out of an adopted plan, writes them alone with --review, and in the document with --review-notes', () => {
    const { dir, plan } = workspace();
    const adopted = minimalYaml
      .replace('status: draft', 'status: adopted\n  adoption: { body: Municipal Assembly, decision: 12/2026, date: "2026-03-26" }')
      .replace('partners: [Roma civil society]', 'partners: []');
    writeFileSync(plan, adopted);
    const r = runCli(['render', plan, '--format', 'md', '--review', '--lang', 'hu']);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('figyelmeztetés  NO_PARTNERS');
    expect(r.stderr).toContain(`elkészült: ${join(dir, 'plans', 'example.review.md')}`);
    const document = readFileSync(join(dir, 'plans', 'example.md'), 'utf8');
    expect(document).not.toContain('Notes for reviewers');
    const review = readFileSync(join(dir, 'plans', 'example.review.md'), 'utf8');
    expect(review).toMatch(/^# Notes for reviewers of Example Town, 2026–2030\n/);
    expect(review).toContain('| 1.1.1 | measure 1.1.1 “Appoint a coordinator for Roma issues” has no partner<br>');
    expect(review).not.toMatch(/areas\.|\[0\]/);
    const asked = runCli(['render', plan, '--format', 'md', '--review-notes', '--force']);
    expect(asked.status).toBe(0);
    expect(readFileSync(join(dir, 'plans', 'example.md'), 'utf8')).toContain('Notes for reviewers');
  });

  it('writes Markdown and PDF next to the plan, named after it', () => {
    const { dir, plan } = workspace();
    const r = runCli(['render', plan]);
    expect(r.stderr).toBe(`wrote ${join(dir, 'plans', 'example.md')}\nwrote ${join(dir, 'plans', 'example.pdf')}\n`);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
    expect(readdirSync(join(dir, 'plans')).sort()).toEqual(['example.md', 'example.pdf', 'example.yaml']);
    expect(readFileSync(join(dir, 'plans', 'example.md'), 'utf8')).toMatch(/^# Local Action Plan for Roma Inclusion 2026-2030\n/);
    expect(readFileSync(join(dir, 'plans', 'example.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('writes into --out <dir>, creating it, and gives the golden Markdown for an example', () => {
    const { dir } = workspace();
    const out = join(dir, 'out', 'nested');
    const r = runCli(['render', 'examples/ostrava-en.yaml', '--out', out, '--format', 'md']);
    expect(r.status).toBe(0);
    expect(readdirSync(out)).toEqual(['ostrava-en.md']);
    expect(readFileSync(join(out, 'ostrava-en.md'), 'utf8')).toBe(golden('ostrava-en'));
  });

  it('writes exactly the file named by --out x.md', () => {
    const { dir, plan } = workspace();
    const r = runCli(['render', plan, '--out', join(dir, 'council.md')]);
    expect(r.status).toBe(0);
    expect(existsSync(join(dir, 'council.md'))).toBe(true);
    expect(existsSync(join(dir, 'council.pdf'))).toBe(false);
    const mismatch = runCli(['render', plan, '--out', join(dir, 'council.md'), '--format', 'pdf']);
    expect(mismatch.status).toBe(2);
    expect(mismatch.stderr).toContain('names one Markdown file');
  });

  it('writes Markdown to standard output with --out -, and reads a plan from standard input', () => {
    const r = runCli(['render', 'examples/pecs-hu.yaml', '--out', '-']);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(golden('pecs-hu'));
    const piped = runCli(['render', '-', '--format', 'md'], { input: minimalYaml });
    expect(piped.status).toBe(0);
    expect(piped.stdout).toMatch(/^# Local Action Plan for Roma Inclusion 2026-2030\n/);
    const pdf = runCli(['render', 'examples/pecs-hu.yaml', '--out', '-', '--format', 'pdf']);
    expect(pdf.status).toBe(2);
    expect(pdf.stderr).toContain('a PDF needs a file');
  });

  it('does not overwrite without --force, and overwrites with it', () => {
    const { dir, plan } = workspace();
    const target = join(dir, 'plans', 'example.md');
    writeFileSync(target, 'my notes\n');
    const refused = runCli(['render', plan]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain(`roma-plan: ${target} already exists`);
    expect(refused.stderr).toContain('--force');
    expect(readFileSync(target, 'utf8')).toBe('my notes\n');
    // Nothing is written when one of the outputs is refused, not even the PDF that did not exist.
    expect(existsSync(join(dir, 'plans', 'example.pdf'))).toBe(false);
    const forced = runCli(['render', plan, '--force', '--format', 'md']);
    expect(forced.status).toBe(0);
    expect(readFileSync(target, 'utf8')).toMatch(/^# Local Action Plan/);
    expect(readdirSync(join(dir, 'plans')).filter((f) => f.includes('.tmp'))).toEqual([]);
  });

  it('refuses an invalid plan with the validate report (file:line:col) and writes nothing', () => {
    const { dir, plan } = workspace();
    writeFileSync(plan, minimalYaml.replace('end: 2026-Q2', 'end: 2031-Q2'));
    const r = runCli(['render', plan]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`${plan.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+:\\d+  error  OUTSIDE_PERIOD`));
    expect(r.stderr).toContain(`${plan}: not rendered (1 error)`);
    expect(hasStackTrace(r.stderr)).toBe(false);
    expect(readdirSync(join(dir, 'plans'))).toEqual(['example.yaml']);
  });

  it('shows warnings on standard error and renders all the same', () => {
    const { plan } = workspace();
    const r = runCli(['render', plan, '--out', '-', '--set', 'language=qaa', '--set', 'areas.health.objectives[0].measures[0].partners=[]']);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('warning  UNSUPPORTED_LANGUAGE  language');
    expect(r.stderr).toMatch(/example\.yaml:\d+:\d+ {2}warning {2}NO_PARTNERS {2}areas\.health/);
    expect(r.stdout).toContain('Annex 4. Notes for reviewers');
    expect(r.stdout).toContain('Example Town');
  });

  it('takes the document date from --date, then SOURCE_DATE_EPOCH, and refuses a date that does not exist', () => {
    const { plan } = workspace();
    const dated = runCli(['render', plan, '--out', '-', '--date', '2026-03-01']);
    expect(dated.stdout).toContain('- **Date of this document:** 1 March 2026');
    const epoch = runCli(['render', plan, '--out', '-'], { env: { SOURCE_DATE_EPOCH: '1767225600' } });
    expect(epoch.stdout).toContain('- **Date of this document:** 1 January 2026');
    const both = runCli(['render', plan, '--out', '-', '--date', '2026-03-01'], { env: { SOURCE_DATE_EPOCH: '1767225600' } });
    expect(both.stdout).toContain('1 March 2026');
    const plain = runCli(['render', plan, '--out', '-'], { env: { SOURCE_DATE_EPOCH: '' } });
    expect(plain.stdout).toContain('- **Date of this document:** 14 October 2025');
    for (const bad of ['2026-02-30', '2026-3-1', 'tomorrow']) {
      const r = runCli(['render', plan, '--out', '-', '--date', bad]);
      expect(r.status).toBe(2);
      expect(r.stderr).toContain(`“${bad}” is not a real date`);
      expect(r.stdout).toBe('');
    }
  });

  it('uses --template overrides, and names the template file and line of a template error', () => {
    const { dir, plan } = workspace();
    const templates = join(dir, 'templates');
    mkdirSync(templates);
    writeFileSync(join(templates, 'cover.md.hbs'), '# {{md meta.municipality}}\n\n{{t "coverPeriod"}}: {{md meta.period.text}}\n');
    const ok = runCli(['render', plan, '--out', '-', '--template', templates]);
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/^# Example Town\n\nPeriod: 2026–2030\n\n## <a id="contents"><\/a>Contents\n/);
    writeFileSync(join(templates, 'cover.md.hbs'), '# {{md meta.municipality}}\n\n{{md meta.perod.text}}\n');
    const broken = runCli(['render', plan, '--out', join(dir, 'out'), '--template', templates]);
    expect(broken.status).toBe(1);
    expect(broken.stderr).toContain(`roma-plan: ${join(templates, 'cover.md.hbs')}:3:`);
    expect(broken.stderr).toContain('template cover.md.hbs:');
    expect(hasStackTrace(broken.stderr)).toBe(false);
    expect(existsSync(join(dir, 'out'))).toBe(false);
    const missing = runCli(['render', plan, '--out', '-', '--template', join(dir, 'nope')]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('does not exist');
    // The wrong folder is the problem to report, even when an output already exists.
    writeFileSync(join(dir, 'example.md'), 'kept\n');
    const both = runCli(['render', plan, '--format', 'md', '--template', join(dir, 'nope')]);
    expect(both.status).toBe(1);
    expect(both.stderr).toContain(`template folder ${join(dir, 'nope')} does not exist`);
    expect(both.stderr).not.toContain('already exists');
    expect(readFileSync(join(dir, 'example.md'), 'utf8')).toBe('kept\n');
  });

  it('renders the same bytes on every run', () => {
    const { dir, plan } = workspace();
    runCli(['render', plan, '--out', join(dir, 'a')]);
    runCli(['render', plan, '--out', join(dir, 'b')]);
    for (const f of ['example.md', 'example.pdf']) {
      expect(statSync(join(dir, 'a', f)).size).toBeGreaterThan(0);
      expect(readFileSync(join(dir, 'a', f)).equals(readFileSync(join(dir, 'b', f)))).toBe(true);
    }
  });
});

describe('roma-plan templates', () => {
  it('lists the main template and the partials with what each renders', () => {
    const r = runCli(['templates']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('plan.md.hbs (the main template)');
    expect(r.stdout).toContain('partials/action-matrix.md.hbs\n      The action matrix of one objective');
    const json = JSON.parse(runCli(['templates', '--json']).stdout) as { name: string; kind: string }[];
    expect(json[0]).toMatchObject({ name: 'plan.md.hbs', kind: 'main' });
    expect(json.length).toBeGreaterThan(15);
  });
});
