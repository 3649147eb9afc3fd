import { describe, expect, it } from 'vitest';
import { formatIndexMarkdown } from '../../src/batch/index-markdown.js';
import { parseBatchReport } from '../../src/batch/read-report.js';
import { formatReportJson } from '../../src/batch/report-json.js';
import { EMPTY_SUMMARY } from '../../src/batch/plan-result.js';
import type { BatchReport, PlanResult } from '../../src/batch/types.js';

const plan = (file: string, review: PlanResult['summary']['review']): PlanResult => ({
  file,
  status: 'rendered',
  summary: { ...EMPTY_SUMMARY, municipality: 'Example Town', country: 'RS', period: { from: 2026, to: 2030 }, planStatus: 'draft', measures: 7, review },
  errors: 0,
  warnings: 0,
  outputs: { md: file.replace(/\.yaml$/, '.md') },
  issues: [],
});

const report = (plans: PlanResult[]): BatchReport => ({
  version: 1,
  generator: 'roma-plan test',
  shard: null,
  options: { formats: ['md'], date: null, overrides: [], templateDir: null },
  summary: { plans: plans.length, rendered: plans.length, withWarnings: 0, invalid: 0, failed: 0, skipped: 0 },
  plans,
  interrupted: false,
  files: null,
});

describe("the review score in batch's index and report", () => {
  const scored = plan('a.yaml', { met: 4, partial: 2, applicable: 12, percent: 33, text: '4/12 (33%)' });
  const unscored = plan('b.yaml', null);

  it('is a column after the warnings, headed in the index language; a plan without one shows a dash', () => {
    const en = formatIndexMarkdown(report([scored, unscored]), 'en');
    expect(en).toContain('| Warnings | Review score | Result |');
    expect(en).toMatch(/\| a\.yaml \|[^\n]*\| 0 \| 4\/12 \(33%\) \| rendered \|/);
    expect(en).toMatch(/\| b\.yaml \|[^\n]*\| 0 \| – \| rendered \|/);
    expect(formatIndexMarkdown(report([scored]), 'hu')).toContain('| Véleményezési pontszám |');
    expect(formatIndexMarkdown(report([scored]), 'sr-Cyrl')).toContain('| Оцена прегледа |');
  });

  it('is kept in report.json and read back when shards are merged; older reports without it still read', () => {
    const json = formatReportJson(report([scored, unscored]));
    const plans = (JSON.parse(json) as { plans: Record<string, unknown>[] }).plans;
    expect(plans[0]!['review']).toEqual({ met: 4, partial: 2, applicable: 12, percent: 33, text: '4/12 (33%)' });
    expect(plans[1]!['review']).toBeNull();
    expect(parseBatchReport(json, 'report.json').plans.map((p) => p.summary.review)).toEqual([scored.summary.review, null]);
    const older = json.replace(/,\n\s+"review": (null|\{[^}]*\})/g, '');
    expect(older).not.toContain('"review"');
    expect(parseBatchReport(older, 'report.json').plans.map((p) => p.summary.review)).toEqual([null, null]);
  });
});
