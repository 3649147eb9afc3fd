import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadPlan } from '../../src/plan/load.js';
import { collectProgressYear, type ProgressWizardOptions } from '../../src/progress-wizard/collect-progress-year.js';
import { planDigest } from '../../src/progress/plan-digest.js';
import { indicatorIndex, planMeasures } from '../../src/progress/plan-measures.js';
import type { Progress, ProgressYear } from '../../src/progress/types.js';
import { validateProgress } from '../../src/progress/validate.js';
import { withProgressYear } from '../../src/sheets/merge-progress-year.js';
import { WizardStopped } from '../../src/wizard/stopped.js';
import { CTRL_C, DEFAULT, ScriptAsk, seq, type Answer, type Asked } from '../wizard/script-ask.js';

const loaded = await loadPlan('examples/pecs-hu.yaml');
const plan = loaded.plan!;
const example = parse(readFileSync('examples/pecs-hu.progress.yaml', 'utf8')) as Progress;
const [year2026, year2027] = example.years as [ProgressYear, ProgressYear];
const measures = planMeasures(plan);
const reference = { file: 'pecs-hu.yaml', version: '1.0', digest: planDigest(loaded.data) };
const options = (more: Partial<ProgressWizardOptions> = {}): ProgressWizardOptions => ({ plan, planData: loaded.data, reference, year: 2027, ...more });

/**
 * A coordinator who types what `entry` records, question by question: the measure is read from the
 * question's path (measures are asked in plan order), the indicator from the line shown before it.
 */
function typing(entry: ProgressYear, ask: () => ScriptAsk): (q: Asked) => Answer {
  return (q) => {
    if (q.name === 'review') return ':finish';
    if (q.name.endsWith('.preparedBy')) return entry.preparedBy ?? '';
    if (q.name.endsWith('.reportDate')) return entry.reportDate ?? '';
    const m = /measures\[(\d+)\]\.(.+)$/.exec(q.name);
    if (!m) throw new Error(`unexpected question ${q.name}`);
    const planned = measures[Number(m[1])]!;
    const e = entry.measures.find((x) => x.measure === planned.id || x.measure === planned.number)!;
    const field = m[2]!;
    const shown = ask().shown.filter((t) => /^\d+\. mutató/.test(t)).at(-1) ?? '';
    const position = Number(/^(\d+)\./.exec(shown)?.[1]);
    const value = e.indicators?.find((v) => indicatorIndex(planned.measure, v.indicator) === position - 1);
    const spent = /^spent\[(\d+)\]\.amount$/.exec(field);
    if (spent) {
      const type = [...new Set((planned.measure.cost.sources ?? []).map((s) => s.type))][Number(spent[1])];
      return e.spent?.find((s) => s.type === type)?.amount ?? 0;
    }
    if (/^indicators\[\d+\]\.value$/.test(field)) return value?.value;
    if (/^indicators\[\d+\]\.date$/.test(field)) return value?.date ?? '';
    if (/^indicators\[\d+\]\.source$/.test(field)) return value?.source ?? '';
    if (field === 'reached:counts') return e.reached !== undefined;
    if (field.startsWith('reached.')) return e.reached?.[field.slice(8) as 'total'];
    if (field === 'community:given') return e.community !== undefined;
    if (field.startsWith('community.')) return e.community?.[field.slice(10) as 'by'] ?? '';
    return (e as unknown as Record<string, string | undefined>)[field] ?? '';
  };
}

const total = (e: ProgressYear['measures'][number]) => (e.spent ?? []).reduce((s, x) => s + x.amount, 0);

describe('collectProgressYear: one year of progress asked measure by measure', () => {
  it('records a full year of the Pécs plan in Hungarian, as the example file has it, and it passes the progress checks', async () => {
    const ask: ScriptAsk = new ScriptAsk({}, typing(year2027, () => ask));
    const steps: string[] = [];
    const entry = await collectProgressYear(ask, options({ existing: { ...example, years: [year2026] }, onStep: async (_e, p) => void steps.push(p.step) }));
    expect(ask.rejected).toEqual([]);
    expect(steps).toEqual([':year', ...measures.map((m) => m.number)]);
    expect(ask.shown[0]).toMatch(/^„Pécs .*” 2027\. évi előrehaladása, intézkedésenként/);
    expect(ask.asked.find((q) => q.name.endsWith('measures[0].status'))?.message).toBe('Az intézkedés állása a 2027. évben:');
    const checked = validateProgress(withProgressYear({ ...example, years: [year2026] }, reference, entry), plan, loaded.data);
    expect(checked.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(entry.measures.map((e) => e.measure)).toEqual(measures.map((m) => m.id));
    for (const want of year2027.measures) {
      const got = entry.measures.find((e) => e.measure === want.measure)!;
      expect({ measure: got.measure, status: got.status, deviation: got.deviation, correctiveAction: got.correctiveAction, community: got.community, reached: got.reached, spent: total(got) }).toEqual({
        measure: want.measure, status: want.status, deviation: want.deviation, correctiveAction: want.correctiveAction, community: want.community, reached: want.reached, spent: total(want),
      });
      expect((got.indicators ?? []).map((v) => v.value)).toEqual((want.indicators ?? []).map((v) => v.value));
    }
    expect(entry.preparedBy).toBe(year2027.preparedBy);
  });

  it("offers last year's answers as defaults for a measure reported before", async () => {
    const ask: ScriptAsk = new ScriptAsk({}, typing(year2027, () => ask));
    await collectProgressYear(ask, options({ existing: { ...example, years: [year2026] } }));
    const defaultOf = (suffix: string) => ask.asked.find((q) => q.name.endsWith(suffix))?.default;
    // par-1-1 in 2026: on track, 9 360 000 HUF from the municipality, 140 people, indicator 1 = 1.
    expect(defaultOf('measures[0].status')).toBe('on-track');
    expect(defaultOf('measures[0].spent[0].amount')).toBe(9360000);
    expect(defaultOf('measures[0].reached.total')).toBe(140);
    expect(defaultOf('measures[0].indicators[0].value')).toBe(1);
    expect(defaultOf('measures[0].community.by')).toBe('Helyi Roma Akciócsoport');
    expect(defaultOf('years[1].preparedBy')).toBe(year2026.preparedBy);
    expect(ask.shown).toContain('A 2026. évre adott válaszokat ajánljuk fel; Enterrel megtarthatja őket.');
  });

  it('asks the reason and the corrective action of a delayed measure, and needs both', async () => {
    const ask = new ScriptAsk({
      'years[0].preparedBy': '',
      'years[0].reportDate': '',
      'years[0].measures[0].status': 'delayed',
      'years[0].measures[0].implemented': '',
      'years[0].measures[0].spent[0].amount': 0,
      'years[0].measures[0].reached:counts': false,
      'years[0].measures[0].indicators[0].value': undefined,
      'years[0].measures[0].deviation': seq('', 'A referens kinevezése csúszott.'),
      'years[0].measures[0].correctiveAction': 'Pályázat újra kiírva.',
      'years[0].measures[0].community:given': false,
      'years[0].measures[1].status': CTRL_C,
    });
    const stopped = await collectProgressYear(ask, options()).catch((err: unknown) => err);
    expect(stopped).toBeInstanceOf(WizardStopped);
    const { draft, done, byUser } = stopped as WizardStopped;
    expect(byUser).toBe(true);
    expect(done).toEqual([':year', '1.1.1']);
    expect(ask.rejected).toEqual([expect.objectContaining({ name: 'years[0].measures[0].deviation', message: 'Erre a kérdésre válasz szükséges.' })]);
    expect((draft['measures'] as unknown[])[0]).toEqual({ measure: 'par-1-1', status: 'delayed', spent: [{ type: 'municipal', amount: 0 }], deviation: 'A referens kinevezése csúszott.', correctiveAction: 'Pályázat újra kiírva.' });
  });

  it('asks a number again, in the language of the questions, until it is one; local forms are read', async () => {
    const ask = new ScriptAsk({
      'years[0].preparedBy': '',
      'years[0].reportDate': '',
      'years[0].measures[0].status': 'on-track',
      'years[0].measures[0].implemented': '',
      'years[0].measures[0].spent[0].amount': seq('kilencmillió', '9 360 000'),
      'years[0].measures[0].reached:counts': true,
      'years[0].measures[0].reached.total': seq('140', undefined),
      'years[0].measures[0].reached.roma': seq(150, 128),
      'years[0].measures[0].reached.women': undefined,
      'years[0].measures[0].reached.children': undefined,
      // Not measured this year: each of the three indicators is left empty, and so left out.
      'years[0].measures[0].indicators[0].value': undefined,
      'years[0].measures[0].community:given': false,
      'years[0].measures[1].status': CTRL_C,
    });
    const stopped = (await collectProgressYear(ask, options()).catch((err: unknown) => err)) as WizardStopped;
    const first = (stopped.draft['measures'] as Record<string, unknown>[])[0]!;
    expect(first['spent']).toEqual([{ type: 'municipal', amount: 9360000 }]);
    expect(first['reached']).toEqual({ total: 140, roma: 128 });
    const words = ask.rejected.map((r) => [r.name.replace(/^.*\./, ''), r.message]);
    expect(words[0]![0]).toBe('amount');
    expect(words[0]![1]).toMatch(/szám/);
    expect(words[0]![1]).not.toMatch(/number/);
    // A part of the people reached above the total is explained in Hungarian too.
    expect(words.find(([field]) => field === 'roma')?.[1]).toMatch(/több, mint az összesen elért 140 személy/);
  });

  it('starts from a year already recorded at the review screen, and changes one measure chosen there', async () => {
    const ask = new ScriptAsk(
      {
        review: seq('1.1.1', ':finish'),
        'years[1].measures[0].status': 'completed',
        'years[1].measures[0].community:given': false,
      },
      () => DEFAULT,
    );
    const entry = await collectProgressYear(ask, options({ existing: example, draft: year2027, review: true }));
    // Nothing asked before the review; then the measure's questions, with its recorded answers proposed.
    expect(ask.asked[0]?.name).toBe('review');
    expect(ask.asked.find((q) => q.name === 'years[1].measures[0].reached.total')?.default).toBe(162);
    const first = entry.measures[0]!;
    expect(first.status).toBe('completed');
    expect(first.community).toBeUndefined();
    expect(first.reached).toEqual(year2027.measures[0]!.reached);
    expect(entry.measures.slice(1)).toEqual(year2027.measures.slice(1));
  });
});
