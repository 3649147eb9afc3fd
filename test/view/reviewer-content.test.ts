import { describe, expect, it } from 'vitest';
import { loadPlan } from '../../src/plan/load.js';
import type { Plan } from '../../src/plan/types.js';
import { buildView } from '../../src/view/build-view.js';
import type { View } from '../../src/view/types.js';
import { measureOf, minimalPlan } from '../helpers/minimal-plan.js';

const fixture = new URL('../fixtures/valid/reviewer-content.yaml', import.meta.url).pathname;

async function fixtureView(locale?: string): Promise<View> {
  const loaded = await loadPlan(fixture);
  expect(loaded.ok).toBe(true);
  expect(loaded.issues).toEqual([]);
  return buildView(loaded.plan!, locale === undefined ? {} : { locale });
}

/** A plan whose only costs are the ones a test sets. */
function freePlan(): Plan {
  const plan = minimalPlan();
  for (const area of Object.values(plan.areas)) for (const o of area.objectives ?? []) for (const m of o.measures) m.cost = { total: 0 };
  return plan;
}

describe('secured funding', () => {
  it('gives the secured share in total, by year and by source type', () => {
    const plan = freePlan();
    Object.assign(measureOf(plan, 'participation'), {
      start: 2026,
      end: 2027,
      cost: {
        total: 10000,
        sources: [
          { type: 'municipal', amount: 4000, status: 'secured' },
          { type: 'municipal', amount: 2000, status: 'pledged' },
          { type: 'eu', amount: 4000, status: 'to-be-sought' },
        ],
      },
    });
    Object.assign(measureOf(plan, 'education'), { start: 2027, end: 2027, cost: { total: 6000, sources: [{ type: 'national', amount: 6000, status: 'secured' }] } });
    const { budget } = buildView(plan);
    const secured = budget.secured!;
    expect(secured.total).toEqual({ value: 10000, text: '€10,000' });
    expect(secured.shareText).toBe('63%');
    // 2026: half the first measure (5000), of which 2000 secured; 2027: the other half and the national 6000.
    expect(secured.byYear.slice(0, 2).map((y) => [y.year, y.secured.value, y.shareText])).toEqual([
      [2026, 2000, '40%'],
      [2027, 8000, '73%'],
    ]);
    expect(secured.byYear.slice(2).map((y) => y.secured.value)).toEqual([0, 0, 0]);
    expect(secured.bySource.map((s) => [s.type, s.secured.value, s.shareText])).toEqual([
      ['municipal', 4000, '67%'],
      ['national', 6000, '100%'],
      ['eu', 0, '0%'],
    ]);
  });

  it('is left out when no source states its status, and says what each source is', () => {
    const plan = freePlan();
    expect(buildView(plan).budget.secured).toBeUndefined();
    expect(buildView(plan).chapters.map((c) => c.id)).not.toContain('budget-secured');
    Object.assign(measureOf(plan, 'participation'), { cost: { total: 100, sources: [{ type: 'municipal', amount: 100, status: 'pledged' }] } });
    const view = buildView(plan);
    expect(view.budget.secured?.shareText).toBe('0%');
    expect(view.areas[0]!.objectives[0]!.measures[0]!.sources[0]!.statusText).toBe('pledged');
  });
});

describe('reviewer content in the view', () => {
  it('lists the plan risks with their labels, and a measure risk in either form', async () => {
    const view = await fixtureView();
    expect(view.risks[0]).toMatchObject({ risk: 'Donor funding for the water network is delayed', likelihoodText: 'medium', impactText: 'high', owner: 'Head of the finance department' });
    expect(view.risks[1]).toEqual({ risk: 'Low turnout of parents at the preschool enrolment days', likelihoodText: 'low', text: 'Low turnout of parents at the preschool enrolment days (Likelihood: low)' });
    const m = view.areas[0]!.objectives[0]!.measures[0]!;
    expect(m.risks.map((r) => r.text)).toEqual([
      'The post stays vacant after the first call',
      'Staff turnover in the administration (Likelihood: high; Impact: medium) — Mitigation: Two deputies trained — Responsible: Town clerk',
    ]);
    expect(m.sustainability).toBe('The post is in the municipal staff plan from 2027.');
  });

  it('names the measures that serve each commitment, or says there is none yet', async () => {
    const view = await fixtureView();
    expect(view.crossCutting.map((c) => [c.id, c.measuresText, c.statement !== undefined])).toEqual([
      ['gender-equality', '2.1.1', true],
      ['children-youth', '5.1.1', false],
      ['anti-discrimination', 'no measure yet', false],
      ['desegregation', '5.1.1', true],
    ]);
  });

  it('keeps outcome indicators apart from outputs, with who collects them and how often', async () => {
    const view = await fixtureView();
    expect(view.indicatorAnnex.outcomes.map((i) => [i.measureNumber, i.name, i.collectionText])).toEqual([
      ['5.1', 'Roma children completing primary school', 'Collected by: Education department; Frequency: annually'],
      ['7.1.1', 'Households with water', 'Collected by: Public utility company; Frequency: quarterly'],
    ]);
    expect(view.indicatorAnnex.outputs).toHaveLength(6);
    expect(view.indicatorAnnex.outputs.every((i) => i.level === 'output')).toBe(true);
  });

  it('shows each contribution to a target with its framework and the sources once', async () => {
    const view = await fixtureView();
    expect(view.targets.rows.map((r) => [r.number, r.baselineText, r.targetText, r.targetId, r.frameworkText])).toEqual([
      ['5.1', '62 (2025)', '85 (2030)', 'poznan-primary', 'Poznan 2019'],
      ['5.1.1', '20 (2025)', '60 (2030)', 'eu-early-childhood', 'EU 2030'],
      ['7.1.1', '30 (2025)', '100', 'eu-tap-water', 'EU 2030'],
    ]);
    expect(view.targets.sources).toHaveLength(2);
    expect(view.targets.sources.join('\n')).toContain('COM(2020) 620 final');
  });

  it('words data breakdowns, monitoring and the new chapters in the plan language', async () => {
    const view = await fixtureView('hu');
    expect(view.areas.find((a) => a.id === 'education')!.data.map((d) => d.breakdownText)).toEqual(['nők, 3-6 évesek', 'férfiak, 3-6 évesek']);
    expect(view.monitoring.budget?.value).toBe(3000);
    expect(view.chapters.map((c) => c.id)).toEqual(expect.arrayContaining(['cross-cutting', 'targets', 'risks', 'budget-secured', 'implementation-sustainability']));
    expect(view.targets.rows[0]!.targetTitle).toBe('A roma gyermekek 90%-a beiratkozik az általános iskolába és elvégzi azt');
  });

  it('adds no chapter to a plan without the new fields', () => {
    const plan = minimalPlan();
    delete plan.crossCutting;
    for (const area of Object.values(plan.areas)) for (const o of area.objectives ?? []) for (const m of o.measures) delete m.crossCutting;
    const ids = buildView(plan).chapters.map((c) => c.id);
    for (const id of ['cross-cutting', 'targets', 'risks', 'implementation-sustainability']) expect(ids).not.toContain(id);
  });
});
