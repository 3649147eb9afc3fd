import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '../../src/review/checks.js';
import { examples } from '../helpers/examples.js';
import { minimalYaml as fullMinimalYaml } from '../helpers/minimal-plan.js';
import { hasStackTrace, runCli } from '../helpers/run-cli.js';

// The minimal plan without the legal basis, funding status and cross-cutting tags it carries to
// stay free of warnings: the checks below need a plan that misses them.
const minimalYaml = fullMinimalYaml
  .replace('  legalBasis: [ "Law on Local Self-Government" ]\n', '\n')
  .replace(', status: secured }', ' }')
  .replace(/^ +crossCutting: \[.*\]\n/gm, '');
const minimalYamlPath = { pathname: tempPlan(minimalYaml, 'minimal.yaml') };

const MARK = /^ {2}\[[x~ -]\] /;
const markLines = (out: string): string[] => out.split('\n').filter((l) => MARK.test(l));

function tempPlan(text: string, name = 'plan.yaml'): string {
  const dir = mkdtempSync(join(tmpdir(), 'roma-plan-review-'));
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

interface ReviewJson {
  version: number;
  minScore?: number;
  plans: {
    file: string;
    valid: boolean;
    language?: string;
    score?: { met: number; partial: number; applicable: number; percent: number; text: string };
    checks?: { id: string; criterion: string; met: boolean | 'partial'; applicable: boolean; title: string; state: string; reason: string; todo: string | null; facts: Record<string, unknown> }[];
    issues?: { severity: string; code: string }[];
  }[];
}

describe('roma-plan review', () => {
  it.each(examples)('%s: exit 0 and a checklist of every check with a mark, a reason and the score', (name) => {
    const r = runCli(['review', `examples/${name}`]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(markLines(r.stdout)).toHaveLength(CHECK_IDS.length);
    // Each check is followed by its reason on the next line.
    const lines = r.stdout.split('\n');
    for (const [i, line] of lines.entries()) if (MARK.test(line)) expect(lines[i + 1]).toMatch(/^ {6}\S/);
    expect(r.stdout).toMatch(new RegExp(`\\b${CHECK_IDS.length}\\b`));
    expect(r.stdout).not.toContain('\u001b[');
  });

  it('prints the checklist in English with the marks, the reasons, what to do and the score', () => {
    const r = runCli(['review', minimalYamlPath.pathname, '--lang', 'en']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("minimal.yaml: Reviewer's checklist");
    expect(r.stdout).toContain('Participation of Roma\n  [x] Roma took part in the consultations — Met\n      Roma participants are recorded in every consultation (1).');
    expect(r.stdout).toContain('  [ ] Legal basis of the council decision — Not met\n      The plan names no law or article the council decision rests on.\n      To do: List the laws');
    expect(r.stdout).toContain('  [ ] Funding secured — Not met\n      Measures without secured funding (1 of 1): 1.1.1.');
    expect(r.stdout).toContain('  [~] Monitoring and evaluation arrangements complete — Partly met');
    expect(r.stdout).toContain('  [-] What happens when outside funding ends — Not applicable');
    expect(r.stdout).toMatch(/^4 of 12 checks met \(33%\)$/m);
    expect(r.stdout).toContain('A check met only in part does not count.');
  });

  it('speaks the plan’s language, or the one asked for', () => {
    const hu = runCli(['review', minimalYamlPath.pathname, '--lang', 'hu']);
    expect(hu.status).toBe(0);
    expect(hu.stdout).toContain('Ellenőrző lista a véleményezők számára');
    expect(hu.stdout).toContain('[ ] A képviselő-testületi határozat jogalapja — Nem teljesül');
    expect(hu.stdout).toMatch(/^12 ellenőrzési pontból 4 teljesül \(33\s?%\)$/m);
    const sr = runCli(['review', 'examples/novi-becej-sr.yaml']);
    expect(sr.stdout).toContain('Kontrolna lista za recenzente');
    expect(sr.stdout).toContain('Učešće Roma');
  });

  it('--json: one entry per plan with its score and every check with its facts', () => {
    const r = runCli(['review', minimalYamlPath.pathname, 'examples/pecs-hu.yaml', '--json', '--lang', 'en']);
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout) as ReviewJson;
    expect(json.version).toBe(1);
    expect(json.plans).toHaveLength(2);
    const [minimal, pecs] = json.plans;
    expect(Object.keys(minimal!)).toEqual(['file', 'valid', 'language', 'score', 'checks']);
    expect(minimal!.score).toEqual({ met: 4, partial: 1, applicable: 12, percent: 33, text: '4 of 12 checks met (33%)' });
    expect(minimal!.checks!.map((c) => c.id)).toEqual([...CHECK_IDS]);
    expect(Object.keys(minimal!.checks![0]!)).toEqual(['id', 'criterion', 'met', 'applicable', 'title', 'state', 'reason', 'todo', 'facts']);
    expect(minimal!.checks!.find((c) => c.id === 'secured-funding')).toMatchObject({ criterion: 'effectiveness', met: false, applicable: true, facts: { count: 1, total: 1, items: ['1.1.1'] }, todo: expect.any(String) });
    expect(minimal!.checks!.find((c) => c.id === 'roma-participation')).toMatchObject({ met: true, todo: null });
    expect(pecs).toMatchObject({ file: 'examples/pecs-hu.yaml', valid: true, language: 'en', score: { applicable: 13 } });
  });

  it('exits 1 below --min-score, 0 at or above it, and refuses a score that is not a percentage', () => {
    const below = runCli(['review', minimalYamlPath.pathname, '--min-score', '50', '--json']);
    expect(below.status).toBe(1);
    expect((JSON.parse(below.stdout) as ReviewJson).minScore).toBe(50);
    expect(runCli(['review', minimalYamlPath.pathname, '--min-score', '33']).status).toBe(0);
    const wrong = runCli(['review', minimalYamlPath.pathname, '--min-score', 'lots']);
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toContain('--min-score');
  });

  it('prints an invalid plan’s errors as validate does, and exits 1', () => {
    const file = tempPlan(minimalYaml.replace('  coordinator:\n    role: Coordinator for Roma issues\n', ''));
    const r = runCli(['review', file]);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/plan\.yaml:\d+:\d+ {2}error {2}\w+/);
    expect(markLines(r.stdout)).toEqual([]);
    expect(hasStackTrace(r.stdout + r.stderr)).toBe(false);
    const json = JSON.parse(runCli(['review', file, '--json']).stdout) as ReviewJson;
    expect(json.plans[0]).toMatchObject({ valid: false, issues: expect.arrayContaining([expect.objectContaining({ severity: 'error' })]) });
  });

  it('reviews every plan of a folder', () => {
    const r = runCli(['review', 'examples', '--json']);
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout) as ReviewJson;
    expect(json.plans.map((p) => p.file.replace(/^.*\//, '')).sort()).toEqual([...examples].sort());
    for (const p of json.plans) expect(p.checks).toHaveLength(CHECK_IDS.length);
  });
});

describe('the checklist in the documents', () => {
  it('is in a draft’s notes for reviewers, and not in an adopted plan’s council copy', () => {
    const draft = runCli(['render', minimalYamlPath.pathname, '--out', '-']);
    expect(draft.status).toBe(0);
    const notes = draft.stdout.slice(draft.stdout.indexOf('<a id="annex-review"></a>'));
    expect(notes).toMatch(/^<a id="annex-review"><\/a>Annex 4\. Notes for reviewers\n\n\*\*Reviewer's checklist\*\*\n/);
    expect(notes).toContain('| Check | Result | Why |');
    expect(notes).toContain('| Funding secured | Not met | Measures without secured funding (1 of 1): 1.1.1.<br>To do: For each funding source');
    expect(notes).toContain('**4 of 12 checks met (33%)**');
    const adopted = tempPlan(minimalYaml.replace('status: draft', 'status: adopted\n  adoption: { body: Municipal Assembly, decision: 12/2026, date: "2026-03-26" }'));
    const council = runCli(['render', adopted, '--out', '-']);
    expect(council.status).toBe(0);
    expect(council.stdout).not.toContain("Reviewer's checklist");
    const asked = runCli(['render', adopted, '--out', '-', '--review-notes']);
    expect(asked.stdout).toContain("**Reviewer's checklist**");
  });

  it('opens the notes written alone by render --review, whatever the stage', () => {
    const adopted = tempPlan(minimalYaml.replace('status: draft', 'status: adopted\n  adoption: { body: Municipal Assembly, decision: 12/2026, date: "2026-03-26" }'));
    const r = runCli(['render', adopted, '--format', 'md', '--review']);
    expect(r.status).toBe(0);
    const notes = readFileSync(adopted.replace(/\.yaml$/, '.review.md'), 'utf8');
    expect(notes).toMatch(/^# Notes for reviewers of Example Town, 2026–2030\n\n## Reviewer's checklist\n\n/);
    expect(notes).toContain('| Legal basis of the council decision | Not met | The plan names no law or article the council decision rests on.<br>To do: ');
    expect(notes).toContain('**4 of 12 checks met (33%)**');
  });
});
