import { describe, expect, it } from 'vitest';
import { validateProgress } from '../../src/progress/validate.js';
import { buildReportView } from '../../src/report/build-report-view.js';
import { buildView } from '../../src/view/build-view.js';
import { measureOf, minimalPlan } from '../helpers/minimal-plan.js';

/**
 * A plan of two paid measures: par-1-1 costs 6,000 (municipal) in the first half of 2026;
 * emp-1-1 costs 10,000 (EU) spread evenly over 2026-2030, i.e. 2,000 a year. Every figure below
 * is worked out by hand from these numbers.
 */
function fixture() {
  const plan = minimalPlan();
  measureOf(plan, 'employment').cost = { total: 10000, sources: [{ type: 'eu', amount: 10000 }] };
  const progress = {
    schemaVersion: 1,
    plan: { file: 'minimal.yaml' },
    years: [
      {
        year: 2026,
        measures: [
          { measure: 'par-1-1', status: 'completed', spent: [{ type: 'municipal', amount: 4500 }], indicators: [{ indicator: 1, value: 1 }] },
          { measure: 'emp-1-1', status: 'on-track', spent: [{ type: 'eu', amount: 1500 }], indicators: [{ indicator: 1, value: 10 }] },
          { measure: 'hea-1-1', status: 'on-track', indicators: [{ indicator: 'Children vaccinated', value: 80 }] },
        ],
      },
      {
        year: 2027,
        measures: [
          { measure: 'emp-1-1', status: 'delayed', spent: [{ type: 'eu', amount: 2500 }], indicators: [{ indicator: 1, value: 30 }], deviation: 'Late grant', correctiveAction: 'Two more counsellors', community: { by: 'Action group', rating: 'on-track', comment: 'Fine' } },
          { measure: '6.1.1', status: 'on-track', indicators: [{ indicator: 1, value: 36 }], community: { by: 'Action group', rating: 'delayed' } },
        ],
      },
    ],
  };
  const checked = validateProgress(progress, plan, plan);
  expect(checked.issues.filter((i) => i.severity === 'error')).toEqual([]);
  return buildReportView(buildView(plan), plan, checked.progress!, { year: 2027 });
}

describe('the annual report: figures against a hand computation', () => {
  const report = fixture();

  it('budget execution in total: 8,500 spent of 10,000 planned to date (85 %), of 16,000 in all', () => {
    const t = report.budget.total;
    expect([t.planned.value, t.plannedToDate.value, t.spentInYear.value, t.spentToDate.value]).toEqual([16000, 10000, 2500, 8500]);
    expect(t.rate).toBe(0.85);
    expect(t.rateText).toBe('85%');
    expect(report.budget.summary).toBe('Spent from 2026 to 2027: €8,500 of the €10,000 planned for these years (85%). This is 53% of the whole plan budget of €16,000.');
  });

  it('by source and by year', () => {
    const bySource = Object.fromEntries(report.budget.bySource.map((s) => [s.type, [s.plannedToDate.value, s.spentToDate.value, s.rate]]));
    expect(bySource).toEqual({ municipal: [6000, 4500, 0.75], eu: [4000, 4000, 1] });
    expect(report.budget.byYear.map((y) => [y.year, y.planned.value, y.spent.value, y.rate])).toEqual([
      [2026, 8000, 6000, 0.75],
      [2027, 2000, 2500, 1.25],
    ]);
  });

  it('by area', () => {
    const byArea = Object.fromEntries(report.budget.byArea.map((a) => [a.id, [a.plannedToDate.value, a.spentToDate.value]]));
    expect(byArea['participation']).toEqual([6000, 4500]);
    expect(byArea['employment']).toEqual([4000, 4000]);
  });

  it('indicator progress (value − baseline) / (target − baseline) against the expected progress', () => {
    const row = (name: string) => report.indicators.rows.find((r) => r.name === name)!;
    // 0 -> 100 by 2030, 30 in 2027: 30 % of the change; 2 of 5 years gone: 40 % expected; 75 % of it: at risk.
    expect(row('People counselled')).toMatchObject({ progress: 0.3, expected: 0.4, rating: 'at-risk', progressText: '30%', ratingText: 'At risk' });
    // 70 -> 95, latest value 80 (from 2026): 40 %, as expected: on track.
    expect(row('Children vaccinated')).toMatchObject({ progress: 0.4, expected: 0.4, rating: 'on-track' });
    // A decrease, 40 -> 0, value 36: 10 % of the change against 40 %: off track.
    expect(row('People without documents').progress).toBeCloseTo(0.1);
    expect(row('People without documents').rating).toBe('off-track');
    // Reported in no year: no value, no rating.
    expect(row('Events held')).toMatchObject({ valueText: '', ratingText: 'No value reported' });
    expect(report.indicators.method).toContain('On track: at least 90% of the expected progress; at risk: from 60% to 90%; off track: below 60%.');
  });

  it('measures by status, deviations and the community beside the official status', () => {
    expect(report.statuses.map((s) => [s.status, s.count])).toEqual([
      ['on-track', 1],
      ['delayed', 1],
      ['not-reported', 5],
    ]);
    expect(report.deviations).toEqual([{ number: '2.1.1', title: measureOf(minimalPlan(), 'employment').title, statusText: 'Delayed', deviation: 'Late grant', correctiveAction: 'Two more counsellors' }]);
    expect(report.community.rows.map((r) => [r.number, r.officialText, r.ratingText, r.differs])).toEqual([
      ['2.1.1', 'Delayed', 'On track', true],
      ['6.1.1', 'On track', 'Delayed', true],
    ]);
    expect(report.community.summary).toBe('The community rated 2 measures and differs from the official status for 2 of them.');
  });

  it('a draft decision that takes note of the report', () => {
    expect(report.decision.title).toBe('Decision on the report on the implementation of the local action plan for Roma inclusion in 2027');
    expect(report.decision.paragraphs[0]).toMatch(/^1\. The .+ takes note of the report on the implementation of the plan ".+" in 2027, annexed to this decision\./);
  });

  it('refuses a year the progress file does not report on', () => {
    const plan = minimalPlan();
    const progress = validateProgress({ schemaVersion: 1, plan: { file: 'x' }, years: [{ year: 2026, measures: [] }] }, plan, plan).progress!;
    expect(() => buildReportView(buildView(plan), plan, progress, { year: 2028 })).toThrow(/no report for 2028/);
  });
});
