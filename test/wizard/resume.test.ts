import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { collectPlan } from '../../src/wizard/collect-plan.js';
import { draftProgress, formatDraft } from '../../src/wizard/draft.js';
import { SECTION_IDS } from '../../src/wizard/sections/index.js';
import { WizardStopped } from '../../src/wizard/stopped.js';
import { CTRL_C, DEFAULT, ScriptAsk } from './script-ask.js';
import { fullPlanScript } from './scripts.js';

const uninterrupted = () => collectPlan(new ScriptAsk(fullPlanScript()), { year: 2026, locale: 'en' });

async function stopAt(name: string): Promise<WizardStopped> {
  const ask = new ScriptAsk({ ...fullPlanScript(), [name]: CTRL_C });
  const err = await collectPlan(ask, { year: 2026, locale: 'en' }).catch((e: unknown) => e);
  if (!(err instanceof WizardStopped)) throw new Error(`expected a WizardStopped, got ${String(err)}`);
  return err;
}

describe('stopping and resuming', () => {
  it('Ctrl+C hands back every answer given so far and the finished sections', async () => {
    const err = await stopAt('areas.education.objectives[0].title');
    expect(err.byUser).toBe(true);
    expect(err.done).toEqual(['language', 'municipality', 'plan', 'legal-basis', 'governance', 'participation', 'goals', 'area:participation', 'area:employment', 'area:health', 'area:culture']);
    // The interrupted section's answers are there too: nothing typed is lost.
    expect(err.draft['areas']).toMatchObject({ education: { applicable: true, data: [{ indicator: 'Romska deca u predškolskom' }], needs: ['Prevoz do vrtića', 'Udžbenici'] } });
  });

  it('resumes from the draft file, asks only what is left, and ends with the same plan', async () => {
    const err = await stopAt(`areas.education.objectives[0].measures[0].cost.sources[1].type`);
    const text = formatDraft(err.draft, err.done, 'roma-plan init plan.yaml --resume');
    expect(text).toContain('#   roma-plan init plan.yaml --resume');
    // The interrupted measure continues with the lists' own "add another?" questions.
    const ask = new ScriptAsk({
      ...fullPlanScript(),
      'areas.education.data:add': false,
      'areas.education.objectives[0].measures[0].indicators:add': false,
      'areas.education.objectives[0].measures:add': true,
    });
    const plan = await collectPlan(ask, { draft: parse(text), done: draftProgress(text) ?? [], review: true, year: 2026, locale: 'en' });
    expect(plan).toEqual(await uninterrupted());
    const names = ask.asked.map((q) => q.name);
    for (const finished of ['language', 'municipality.', 'plan.', 'governance.', 'participation', 'goals', 'areas.participation', 'areas.employment']) {
      expect(names.filter((n) => n.startsWith(finished))).toEqual([]);
    }
    // The first answered measure is complete; the interrupted one continues where it stopped.
    expect(names).not.toContain('areas.education.objectives[0].measures[0].lead');
    expect(names).toContain('areas.education.objectives[0].measures[0].cost.sources[1].type');
    expect(ask.shown.some((t) => t.startsWith('Already answered:'))).toBe(true);
  });

  it('with a partial answers file asks only what is missing or wrong, and shows the problem first', async () => {
    const complete = await uninterrupted();
    const partial = structuredClone(complete) as unknown as Record<string, Record<string, unknown>>;
    delete partial['monitoring'];
    delete partial['municipality']!['country'];
    (partial['participation'] as unknown as Record<string, unknown>[])[1]!['date'] = '2025-11-31';
    const ask = new ScriptAsk({ ...fullPlanScript() });
    const plan = await collectPlan(ask, { draft: partial, year: 2026, locale: 'en' });
    expect(plan).toEqual(complete);
    expect(ask.asked.map((q) => q.name)).toEqual([
      'municipality.country',
      'participation[1].date',
      'monitoring.body',
      'monitoring.frequency',
      'monitoring.reportTo',
      'monitoring.communityRole',
      'review',
    ]);
    expect(ask.shown).toContain('The date: “2025-11-31” is not a real calendar date. Write the date as year-month-day, e.g. 2026-03-26 (in the wizard, without quotation marks).');
  });

  it('tells a stop by the person (Ctrl+C, SIGINT between questions) from a failure, keeping the answers either way', async () => {
    const failing = (error: Error) => new ScriptAsk({ language: 'en' }, () => {
      throw error;
    });
    const aborted = await collectPlan(failing(Object.assign(new Error('aborted'), { name: 'AbortPromptError' })), { locale: 'en' }).catch((e: unknown) => e);
    expect(aborted).toBeInstanceOf(WizardStopped);
    expect((aborted as WizardStopped).byUser).toBe(true);
    const broken = await collectPlan(failing(new TypeError('terminal closed')), { locale: 'en' }).catch((e: unknown) => e);
    expect((broken as WizardStopped).byUser).toBe(false);
    expect((broken as WizardStopped).cause).toBeInstanceOf(TypeError);
    expect((broken as WizardStopped).draft).toMatchObject({ schemaVersion: 1, language: 'en' });
  });

  it('a resumed draft that is already complete still ends with the review', async () => {
    const complete = await uninterrupted();
    const ask = new ScriptAsk({ review: DEFAULT });
    const plan = await collectPlan(ask, { draft: complete, done: SECTION_IDS, review: true, locale: 'en' });
    expect(plan).toEqual(complete);
    expect(ask.asked.map((q) => q.name)).toEqual(['review']);
  });
});
