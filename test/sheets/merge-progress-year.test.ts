import { describe, expect, it } from 'vitest';
import type { Progress } from '../../src/progress/types.js';
import { mergeProgressYear } from '../../src/sheets/merge-progress-year.js';

describe('mergeProgressYear', () => {
  const existing: Progress = {
    schemaVersion: 1,
    plan: { file: 'old/plan.yaml', version: '1.0', digest: 'sha256:old' },
    years: [
      { year: 2026, measures: [{ measure: 'a', status: 'completed' }] },
      { year: 2027, reportDate: '2028-02-01', measures: [{ measure: 'a', status: 'delayed', community: { by: 'Community action group', rating: 'cancelled' } }, { measure: 'b', status: 'on-track' }] },
    ],
  };

  it('starts a file when there is none', () => {
    expect(mergeProgressYear(undefined, undefined, 'sha256:new', 'plan.yaml', 2027, [{ measure: 'a', status: 'on-track' }])).toEqual({
      schemaVersion: 1,
      plan: { file: 'plan.yaml', digest: 'sha256:new' },
      years: [{ year: 2027, measures: [{ measure: 'a', status: 'on-track' }] }],
    });
  });

  it('replaces the collected measures of that year and keeps everything else: other years and measures, the year’s own fields, the community’s assessment', () => {
    const merged = mergeProgressYear(existing, '1.1', 'sha256:new', 'plan.yaml', 2027, [{ measure: 'a', status: 'on-track' }]);
    expect(merged.plan).toEqual({ file: 'plan.yaml', version: '1.1', digest: 'sha256:new' });
    expect(merged.years[0]).toBe(existing.years[0]);
    expect(merged.years[1]).toEqual({ year: 2027, reportDate: '2028-02-01', measures: [{ measure: 'a', status: 'on-track', community: { by: 'Community action group', rating: 'cancelled' } }, { measure: 'b', status: 'on-track' }] });
  });

  it('adds a new year in order', () => {
    const merged = mergeProgressYear(existing, '1.0', 'sha256:x', 'plan.yaml', 2025, [{ measure: 'b', status: 'not-started' }]);
    expect(merged.years.map((y) => y.year)).toEqual([2025, 2026, 2027]);
  });
});
