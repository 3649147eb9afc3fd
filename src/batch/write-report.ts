import { join } from 'node:path';
import { writeFileAtomic } from '../io/write-atomic.js';
import { formatIndexMarkdown } from './index-markdown.js';
import { formatReportJson, reportFileNames } from './report-json.js';
import type { BatchReport } from './types.js';

/** Writes report.json and index.md (or a shard's own pair) into the output folder, each atomically. */
export async function writeReportFiles(report: BatchReport, outDir: string, force: boolean, lang?: string): Promise<{ index: string; report: string }> {
  const names = reportFileNames(report.shard);
  await writeFileAtomic(join(outDir, names.report), formatReportJson(report), { force });
  await writeFileAtomic(join(outDir, names.index), formatIndexMarkdown(report, lang), { force });
  return names;
}
