import { describe, expect, it } from 'vitest';
import { buildView } from '../../src/view/build-view.js';
import { mermaidText } from '../../src/view/timeline.js';
import { measureOf, minimalPlan } from '../helpers/minimal-plan.js';

describe('coverage matrix', () => {
  it('counts the measures of each area serving each goal, and lists the goals none serves', () => {
    const plan = minimalPlan();
    measureOf(plan, 'participation').goals = ['public-participation', 'needs-based-budgeting'];
    const edu = measureOf(plan, 'education');
    plan.areas.education.objectives![0]!.measures.push({ ...structuredClone(edu), id: 'edu-1-2', title: 'Second', goals: ['public-participation'] });
    const view = buildView(plan);
    const { coverage } = view;
    expect(coverage.goals.map((g) => g.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(coverage.rows).toHaveLength(7);
    const cell = (area: string, goal: string) => coverage.rows.find((r) => r.id === area)!.cells[coverage.goals.findIndex((g) => g.id === goal)];
    expect(cell('participation', 'public-participation')).toBe(1);
    expect(cell('participation', 'needs-based-budgeting')).toBe(1);
    expect(cell('education', 'public-participation')).toBe(1 + (edu.goals.includes('public-participation') ? 1 : 0));
    // A gap is a goal with an empty column; the matrix and the gap list never disagree.
    const served = new Set(view.areas.flatMap((a) => a.objectives.flatMap((o) => o.measures.flatMap((m) => m.goals.map((g) => g.id)))));
    expect(coverage.gaps.map((g) => g.id)).toEqual(coverage.goals.filter((g) => !served.has(g.id)).map((g) => g.id));
    for (const gap of coverage.gaps) expect(coverage.rows.every((r) => r.cells[gap.number - 1] === 0)).toBe(true);
  });

  it('marks goals the plan pursues, with priority and statement', () => {
    const plan = minimalPlan();
    plan.goals = { security: { priority: 'low', statement: 'Joint patrols.' } };
    const goal = buildView(plan).goals.find((g) => g.id === 'security')!;
    expect(goal).toMatchObject({ number: 10, pursued: true, priority: 'low', priorityText: 'Low', statement: 'Joint patrols.' });
    expect(buildView(plan).goals.find((g) => g.id === 'conflict-prevention')).toMatchObject({ pursued: false });
  });
});

describe('timeline', () => {
  it('gives quarter indexes from the start of the period', () => {
    const plan = minimalPlan();
    Object.assign(measureOf(plan, 'participation'), { start: '2027-Q3', end: 2028 });
    Object.assign(measureOf(plan, 'health'), { start: 2026, end: '2026-Q1' });
    Object.assign(measureOf(plan, 'culture'), { start: 2030, end: 2030 });
    const { timeline } = buildView(plan);
    expect(timeline).toMatchObject({ from: 2026, to: 2030 });
    const bar = (n: string) => timeline.bars.find((b) => b.number === n)!;
    expect(bar('1.1.1')).toMatchObject({ areaId: 'participation', areaNumber: 1, startIndex: 6, endIndex: 11, startText: 'Q3 2027', endText: '2028' });
    expect(bar('3.1.1')).toMatchObject({ startIndex: 0, endIndex: 0 });
    expect(bar('4.1.1')).toMatchObject({ startIndex: 16, endIndex: 19 });
    expect(timeline.bars.map((b) => b.number)).toEqual(buildView(plan).indicators.map((i) => i.measureNumber).filter((n, i, all) => all.indexOf(n) === i));
  });

  it('draws the same bars as a Mermaid gantt with exclusive end dates', () => {
    const plan = minimalPlan();
    Object.assign(measureOf(plan, 'participation'), { title: 'Coordinator: hire #1; train', start: '2027-Q3', end: 2028 });
    const lines = buildView(plan).timeline.mermaid.split('\n');
    expect(lines.slice(0, 5)).toEqual(['gantt', '  title Local Action Plan for Roma Inclusion 2026-2030', '  dateFormat YYYY-MM-DD', '  axisFormat %Y', '  todayMarker off']);
    expect(lines).toContain('  section 1. Participation');
    expect(lines).toContain('    1.1.1 Coordinator hire 1 train :2027-07-01, 2029-01-01');
    expect(lines.filter((l) => l.startsWith('  section ')).length).toBe(7);
  });

  it('keeps Mermaid syntax out of task names', () => {
    expect(mermaidText('a: b; c # d %% e\nf `g`', 80)).toBe("a b c d % e f 'g'");
    expect(mermaidText('x'.repeat(100), 10)).toBe(`${'x'.repeat(9)}…`);
  });
});

describe('timeline milestones', () => {
  it('places the adoption, the mid-term review and the final evaluation on the quarter axis', () => {
    const plan = minimalPlan();
    plan.plan.status = 'adopted';
    plan.plan.adoption = { body: 'Council', decision: '1/2026', date: '2026-04-15' };
    plan.monitoring.midTermReview = 2028;
    plan.monitoring.finalEvaluation = 2031;
    const { timeline } = buildView(plan);
    expect(timeline.milestones.map((m) => [m.label, m.at])).toEqual([
      ['Date of adoption', 1],
      ['Mid-term review', 10],
    ]);
  });
});
