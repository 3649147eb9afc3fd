import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PlanDiff } from '../../src/diff/types.js';
import { hasStackTrace, runCli } from '../helpers/run-cli.js';

const pdfText = (file: string): string => spawnSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).stdout.replace(/\s+/g, ' ');
const m = 'areas.participation.objectives[0].measures[0]';

/** A copy of an example changed with `new --set`: the changes the diff must find, and nothing else. */
function changedCopy(sets: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'diff-'));
  const file = join(dir, 'ostrava-amended.yaml');
  const r = runCli(['new', file, '--example', 'ostrava-en', ...sets.flatMap((s) => ['--set', s])]);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return file;
}

describe('roma-plan diff', () => {
  it('lists exactly the changes made with --set', () => {
    const file = changedCopy([
      'plan.period.to=2030',
      `${m}.lead=Ostrava City Office, Department of Strategic Development`,
      `${m}.cost.total=4000000`,
      `${m}.cost.sources[0].amount=4000000`,
      `${m}.indicators[0].target=5`,
      'monitoring.midTermReview=2028',
    ]);
    const r = runCli(['diff', 'examples/ostrava-en.yaml', file, '--json']);
    expect(r.status).toBe(0);
    const diff = JSON.parse(r.stdout) as PlanDiff;
    expect(diff.period).toEqual({ before: { from: 2026, to: 2029 }, after: { from: 2026, to: 2030 } });
    expect(diff.measures.added).toEqual([]);
    expect(diff.measures.removed).toEqual([]);
    expect(diff.measures.changed).toHaveLength(1);
    const [changed] = diff.measures.changed;
    expect(changed!.after.number).toBe('1.1.1');
    expect(changed!.fields).toEqual([
      { field: 'lead', before: 'Ostrava City Office, Department of Social Affairs and Health', after: 'Ostrava City Office, Department of Strategic Development' },
      { field: 'cost.total', before: 3360000, after: 4000000 },
      { field: 'cost.sources', before: [{ type: 'municipal', amount: 3360000, status: 'secured' }], after: [{ type: 'municipal', amount: 4000000, status: 'secured' }] },
      { field: 'target', indicator: 'Annual implementation reports submitted to the City Council', before: 4, after: 5 },
    ]);
    expect(diff.other).toEqual([{ field: 'monitoring.midTermReview', before: 2027, after: 2028 }]);
    expect(diff.budget.total).toEqual({ before: diff.budget.total.before, after: diff.budget.total.before + 640000 });
    expect(diff.budget.byArea.filter((a) => a.before !== a.after)).toEqual([{ key: 'participation', before: expect.any(Number), after: expect.any(Number) }]);
    expect(diff.budget.bySource.filter((s) => s.before !== s.after).map((s) => [s.key, s.after - s.before])).toEqual([['municipal', 640000]]);
  });

  it('prints the changes in council terms, and writes the amendment with its draft decision in Markdown and PDF', () => {
    const file = changedCopy(['plan.period.to=2030', `${m}.lead=Ostrava City Office, Department of Strategic Development`]);
    const r = runCli(['diff', 'examples/ostrava-en.yaml', file]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('The plan period is extended from 2026–2029 to 2026–2030.');
    expect(r.stdout).toContain('  ~ 1.1.1 Roma affairs coordinator with a mandate across city departments');
    expect(r.stdout).toContain('      Lead institution: Ostrava City Office, Department of Social Affairs and Health → Ostrava City Office, Department of Strategic Development');
    expect(r.stdout).toContain('The total budget stays');

    const out = mkdtempSync(join(tmpdir(), 'diff-out-'));
    const w = runCli(['diff', 'examples/ostrava-en.yaml', file, '--format', 'md,pdf', '--out', out]);
    expect(w.status).toBe(0);
    const md = readFileSync(join(out, 'ostrava-amended-amendment.md'), 'utf8');
    const opening = '1. The Ostrava City Council (Zastupitelstvo města Ostravy) amends the plan "Local Action Plan for Roma Inclusion of the City of Ostrava 2026-2029", adopted by decision 0987/ZM2226/16 of 10 December 2025, as follows:';
    expect(md).toContain(opening.replace('1.', '1\\.'));
    expect(md).toContain('- the plan period is extended to 2030;');
    expect(md).toContain('| Lead institution | Ostrava City Office, Department of Social Affairs and Health | Ostrava City Office, Department of Strategic Development |');
    const pdf = pdfText(join(out, 'ostrava-amended-amendment.pdf'));
    expect(pdf).toContain('Draft council decision');
    expect(pdf).toContain('the plan period is extended to 2030;');

    // The same document as Word and as a web page, from the same renderers as the annual report.
    const more = runCli(['diff', 'examples/ostrava-en.yaml', file, '--format', 'docx,html', '--out', out]);
    expect(more.status).toBe(0);
    expect(readFileSync(join(out, 'ostrava-amended-amendment.docx')).subarray(0, 2).toString()).toBe('PK');
    const html = readFileSync(join(out, 'ostrava-amended-amendment.html'), 'utf8');
    expect(html).toContain('<html lang="en">');
    expect(html).toContain(opening.replace(/"/g, '&quot;'));
    expect(runCli(['diff', 'examples/ostrava-en.yaml', file, '--format', 'xlsx', '--out', out]).status).toBe(2);
  });

  it('says when nothing changed, and refuses an invalid plan without a stack trace', () => {
    const same = runCli(['diff', 'examples/pecs-hu.yaml', 'examples/pecs-hu.yaml']);
    expect(same.status).toBe(0);
    expect(same.stdout).toContain('Az akcióterv két változata nem tér el egymástól.');
    const bad = runCli(['diff', 'examples/pecs-hu.yaml', 'test/fixtures/invalid/end-before-start.yaml']);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('not compared');
    expect(hasStackTrace(bad.stderr)).toBe(false);
  });
});
