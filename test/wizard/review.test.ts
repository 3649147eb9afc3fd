import { describe, expect, it } from 'vitest';
import { validatePlan } from '../../src/plan/validate.js';
import { collectPlan } from '../../src/wizard/collect-plan.js';
import { reviewScreen } from '../../src/wizard/review.js';
import { wizardLanguage } from '../../src/wizard/messages.js';
import { DEFAULT, ScriptAsk, seq } from './script-ask.js';
import { fullPlanScript, type Script } from './scripts.js';

const PAR = 'areas.participation.objectives[0].measures[0]';
const EDU = 'areas.education.objectives[0].measures[0]';

async function run(overrides: Script) {
  const ask = new ScriptAsk({ ...fullPlanScript(), ...overrides });
  const saved: string[] = [];
  const plan = await collectPlan(ask, { year: 2026, locale: 'en', onSection: async (_d, p) => void saved.push(p.section) });
  return { ask, plan, saved };
}

/** The questions asked between the n-th and the (n+1)-th review menu. */
function between(ask: ScriptAsk, n: number): string[] {
  const names = ask.asked.map((q) => q.name);
  const at = names.reduce<number[]>((acc, name, i) => (name === 'review' ? [...acc, i] : acc), []);
  return names.slice((at[n] ?? 0) + 1, at[n + 1]);
}

describe('the review screen', () => {
  it('shows the coverage matrix, the budget by area and source, and every warning', async () => {
    const { ask } = await run({});
    const screen = ask.shown.find((t) => t.includes('Coverage: how many measures'));
    expect(screen).toBeDefined();
    expect(screen).toMatch(/^1 Participation\s+·\s+·\s+·\s+·\s+·\s+·\s+1\s+1\s+·\s+·$/m);
    expect(screen).toMatch(/^5 Education\s+·\s+·\s+·\s+·\s+·\s+1\s+1\s+1\s+·\s+·$/m);
    expect(screen).toMatch(/^2 Employment(\s+–){10}$/m);
    expect(screen).toContain('Budget by area and funding source');
    expect(screen).toMatch(/^Total\s+RSD\s406,000\s+RSD\s600,000\s+RSD\s1,006,000$/m);
    expect(screen).toContain('Municipal share: 40%');
    const warnings = validatePlan((await run({})).plan).issues.filter((i) => i.severity === 'warning');
    expect(screen).toContain(`Warnings (${warnings.length}):`);
    for (const w of warnings) expect(screen).toContain(`${w.message.charAt(0).toUpperCase()}${w.message.slice(1)}`);
    // Plain words: no place in the file is spelt out.
    expect(screen).not.toMatch(/\w\[\d+\]|areas\./);
  });

  it('goes back to a section from the menu, asks it again with the answers as defaults, and saves it', async () => {
    const { ask, plan, saved } = await run({
      review: seq('municipality', ':finish'),
      'municipality.name': seq('Novi Bečej', 'Opština Novi Bečej'),
      'municipality.settlements:menu': seq('remove', 'done'),
      'municipality.settlements:remove': 1,
      'municipality.settlements:remove-confirm': true,
    });
    expect(plan.municipality.name).toBe('Opština Novi Bečej');
    expect(plan.municipality.settlements?.map((s) => s.name)).toEqual(['Ciglana']);
    expect(between(ask, 0)[0]).toBe('municipality.name');
    expect(ask.asked.filter((q) => q.name === 'municipality.name')[1]?.default).toBe('Novi Bečej');
    expect(saved.at(-1)).toBe('municipality');
  });

  it('marks an area not applicable from the review: objectives go only after a confirmation', async () => {
    const { ask, plan } = await run({
      review: seq('area:education', 'area:education', ':finish'),
      'areas.education.applicable': seq(false, false),
      'areas.education:drop': seq(false, true),
      'areas.education.reason': 'A county programme covers preschool and school',
      'areas.education.data:menu': 'done',
      'areas.education.objectives:menu': 'done',
    });
    expect(plan.areas.education).toMatchObject({ applicable: false, reason: 'A county programme covers preschool and school' });
    expect(plan.areas.education.objectives).toBeUndefined();
    expect(plan.areas.education.applicable).toBe(false);
    // The first time the person kept the objectives, so the area stayed applicable.
    expect(between(ask, 0)).toContain('areas.education.objectives:menu');
    const screen = ask.shown.filter((t) => t.includes('Warnings')).at(-1);
    expect(screen).toContain('The policy goal “Service provision” is a priority of the plan but no measure serves it');
  });

  it('offers to fix what an edit broke, asking only the answers with errors', async () => {
    const { ask, plan } = await run({
      review: seq('plan', ':fix', ':finish'),
      // Taken without asking in the first run; the edit asks them with the proposal as default.
      'plan.title': DEFAULT,
      currency: DEFAULT,
      'plan.period.from': seq(2026, 2027),
      'plan.period.to': seq(2030, 2031),
      [`${PAR}.start`]: '2027-Q1',
      [`${PAR}.end`]: '2027',
      [`${EDU}.start`]: 2027,
    });
    const screen = ask.shown.filter((t) => t.includes('To fix before the plan can be saved'));
    expect(screen).toHaveLength(1);
    expect(screen[0]).toMatch(/Measure 1\.1\.1 “[^”]+”: its start \(2026-Q1\) is before the plan period \(2027–2031\)/);
    const menu = ask.asked.filter((q) => q.name === 'review');
    expect(menu[1]?.default).toBe(':fix');
    expect(between(ask, 1)).toEqual([`${PAR}.start`, `${PAR}.end`, `${EDU}.start`]);
    expect(validatePlan(plan).ok).toBe(true);
    expect(plan.plan.period).toEqual({ from: 2027, to: 2031 });
  });

  it('words the review screen in the wizard’s language, with no place in the file spelt out', async () => {
    const { plan } = await run({});
    const draft = structuredClone(plan) as unknown as Record<string, unknown>;
    (draft['municipality'] as Record<string, unknown>)['population'] = { total: 12000, roma: 15000, romaSource: 'Népszámlálás 2022' };
    const { messages } = wizardLanguage('hu');
    const screen = reviewScreen(draft, messages, 'hu');
    expect(screen.ok).toBe(false);
    // Hungarian groups thousands with a no-break space.
    expect(screen.text.replace(/\u00a0/g, ' ')).toContain('A roma lakosság (15 000) nagyobb, mint a teljes lakosság (12 000)');
    expect(screen.text).not.toMatch(/[a-z]\[\d+\]|areas\.|municipality\.|`[a-z]+`/);
  });

  it('lists errors instead of the matrix while the plan is not valid', () => {
    const { messages } = wizardLanguage('en');
    const screen = reviewScreen({ schemaVersion: 1 }, messages, 'en');
    expect(screen.ok).toBe(false);
    expect(screen.text).toContain('To fix before the plan can be saved');
    expect(screen.text).not.toContain('Coverage');
  });
});
