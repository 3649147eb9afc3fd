import { describe, expect, it } from 'vitest';
import { formatIndexMarkdown } from '../../src/batch/index-markdown.js';
import { EMPTY_SUMMARY } from '../../src/batch/plan-result.js';
import { parseBatchReport } from '../../src/batch/read-report.js';
import { formatReportJson } from '../../src/batch/report-json.js';
import type { BatchReport, PlanResult } from '../../src/batch/types.js';
import { FORMAT_NAMES, RENDER_FORMATS } from '../../src/io/output-paths.js';

const every = Object.fromEntries(RENDER_FORMATS.map((f) => [f, `hu/pécs plan.${f}`])) as PlanResult['outputs'];

const report = (outputs: PlanResult['outputs']): BatchReport => ({
  version: 1,
  generator: 'roma-plan test',
  shard: null,
  options: { formats: [...RENDER_FORMATS], date: null, overrides: [], templateDir: null },
  summary: { plans: 1, rendered: 1, withWarnings: 0, invalid: 0, failed: 0, skipped: 0 },
  plans: [{ file: 'hu/pécs plan.yaml', status: 'rendered', summary: { ...EMPTY_SUMMARY, municipality: 'Pécs' }, errors: 0, warnings: 0, outputs, issues: [] }],
  interrupted: false,
  files: null,
});

/** The links of the plan's row, as index.md writes them. */
const links = (index: string): string => index.split('\n').find((line) => line.startsWith('| 1 |'))!.split(' | ').at(-1)!.replace(/ \|$/, '');

describe("batch's index.md", () => {
  it('links every format a plan was rendered to, in the formats order, with encoded paths', () => {
    expect(RENDER_FORMATS).toEqual(['md', 'pdf', 'docx', 'html', 'xlsx', 'csv']);
    expect(links(formatIndexMarkdown(report(every), 'en'))).toBe(RENDER_FORMATS.map((f) => `[${FORMAT_NAMES[f]}](hu/p%C3%A9cs%20plan.${f})`).join(' · '));
  });

  it('links only the formats that were written', () => {
    expect(links(formatIndexMarkdown(report({ docx: 'a.docx', csv: 'a.csv' }), 'en'))).toBe('[Word](a.docx) · [CSV](a.csv)');
  });

  it('keeps every format through report.json, so that merged shards link them too', () => {
    const read = parseBatchReport(formatReportJson(report(every)), 'report.json');
    expect(read.plans[0]!.outputs).toEqual(every);
    expect(links(formatIndexMarkdown(read, 'en'))).toBe(links(formatIndexMarkdown(report(every), 'en')));
  });
});
