import { describe, expect, it } from 'vitest';
import { practiceById } from '../../src/catalogue/index.js';
import { validatePlan } from '../../src/plan/validate.js';
import { collectPlan } from '../../src/wizard/collect-plan.js';
import { formatPlanYaml } from '../../src/wizard/format-plan.js';
import { ScriptAsk } from './script-ask.js';
import { fullPlanScript } from './scripts.js';

async function run(script = fullPlanScript()) {
  const ask = new ScriptAsk(script);
  const sections: string[] = [];
  const plan = await collectPlan(ask, { year: 2026, locale: 'en', onSection: async (_draft, p) => void sections.push(p.section) });
  return { ask, plan, sections };
}

describe('collectPlan with a scripted person', () => {
  it('walks the whole interview in order and returns a valid plan', async () => {
    const { ask, plan, sections } = await run();
    expect(ask.unused()).toEqual([]);
    expect(ask.rejected).toEqual([]);
    const result = validatePlan(plan);
    expect(result.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(result.ok).toBe(true);
    expect(sections).toEqual([
      'language', 'municipality', 'plan', 'legal-basis', 'governance', 'participation', 'goals',
      'area:participation', 'area:employment', 'area:health', 'area:culture', 'area:education', 'area:birth-registration', 'area:living-conditions',
      'monitoring', 'details',
    ]);
    const names = ask.asked.map((q) => q.name);
    // The issue's order: language, municipality, basics, governance and participation, goals, areas, monitoring, review.
    // The areas start with the list of those covered and the reason for those left out.
    const firstOf = (prefix: string) => names.findIndex((n) => n.startsWith(prefix));
    const order = ['language', 'municipality.', 'plan.', 'governance.', 'participation', 'goals', 'areas:scope', 'areas.employment', 'areas.participation', 'areas.education', 'monitoring.', 'review'].map(firstOf);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(names.at(-1)).toBe('review');
  });

  it('stores the answers where the plan format wants them', async () => {
    const { plan } = await run();
    expect(plan.schemaVersion).toBe(1);
    expect(plan.language).toBe('sr-Latn');
    expect(plan.currency).toBe('RSD'); // proposed from the country, accepted with Enter
    expect(plan.plan.title).toBe('Local Action Plan for Roma Inclusion of Novi Bečej 2026-2030');
    expect(plan.plan.policyBasis).toEqual(['Strategija za socijalno uključivanje Roma i Romkinja 2022-2030', 'Lokalni plan razvoja']);
    expect(plan.municipality.settlements).toEqual([
      { name: 'Ciglana', households: 80, population: 320, legalStatus: 'partly-formal', services: { water: 'partial', electricity: 'full', sewage: 'none', road: 'partial' } },
      { name: 'Bikara', services: { electricity: 'full' } },
    ]);
    expect(plan.governance.mediators).toEqual([{ field: 'education', count: 2 }, { field: 'health', count: 1 }]);
    expect(plan.participation).toHaveLength(2);
    // Goals keep the catalogue's order whatever order they were ticked in.
    expect(Object.keys(plan.goals ?? {})).toEqual(['service-provision', 'public-participation', 'needs-based-budgeting']);
    expect(plan.goals?.['needs-based-budgeting']).toEqual({ priority: 'medium' });
  });

  it('prefills a measure from the chosen good practice and gives new items ids', async () => {
    const { plan } = await run();
    const objective = plan.areas.participation.objectives?.[0];
    const measure = objective?.measures[0];
    expect(objective?.id).toBe('par-1');
    expect(measure?.id).toBe('par-1-1');
    expect(measure?.practice).toBe('roma-coordinator');
    expect(measure?.description).toMatch(/coordinator for Roma issues/);
    expect(measure?.goals).toEqual(['public-participation', 'needs-based-budgeting']);
    expect(measure?.start).toBe('2026-Q1'); // typed 2026-q1
    expect(measure?.end).toBe(2026); // a year is stored as a number
    const education = plan.areas.education.objectives?.[0]?.measures ?? [];
    expect(education.map((m) => m.id)).toEqual(['edu-1-1', 'edu-1-2']);
    expect(education[0]?.title).toBe(practiceById('preschool-enrolment')?.title);
    expect(education[1]?.practice).toBeUndefined();
  });

  it('proposes the rest of the cost for each source and records direction for falling indicators', async () => {
    const { plan, ask } = await run();
    const [first, second] = plan.areas.education.objectives?.[0]?.measures ?? [];
    expect(first?.cost).toEqual({ total: 1000000, sources: [{ type: 'municipal', amount: 400000 }, { type: 'donor', name: 'UNICEF', amount: 600000 }] });
    expect(ask.asked.find((q) => q.name.endsWith('measures[0].cost.sources[1].amount'))?.default).toBe(600000);
    expect(ask.shown.some((t) => t.includes('Funding so far: 400,000 of 1,000,000 RSD (600,000 still to cover)'))).toBe(true);
    expect(second?.cost).toEqual({ total: 0 });
    expect(second?.indicators[0]?.direction).toBe('decrease');
    expect(plan.areas.education.data).toEqual([{ indicator: 'Romska deca u predškolskom', value: 38, year: 2025, source: 'Predškolska ustanova' }]);
  });

  it('gives the same file for the same answers', async () => {
    const a = formatPlanYaml((await run()).plan);
    const b = formatPlanYaml((await run()).plan);
    expect(a).toBe(b);
  });

  it('asks nothing when the answers already make a valid plan', async () => {
    const { plan } = await run();
    const ask = new ScriptAsk({});
    const again = await collectPlan(ask, { draft: plan, locale: 'en' });
    expect(ask.asked).toEqual([]);
    expect(again).toEqual(plan);
  });
});
