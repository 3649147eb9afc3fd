import { readFile } from 'node:fs/promises';
import { RomaPlanError } from '../errors.js';
import { parseBatchReport } from './read-report.js';
import { summarize } from './plan-result.js';
import type { BatchReport, PlanResult } from './types.js';
import { writeReportFiles } from './write-report.js';

/**
 * Joins the reports of the n shards of one batch into the report of the whole batch, with the
 * plans back in the batch's order. Refuses reports of different batches (a different list of
 * plans, other options, another roma-plan version), a shard given twice, and a missing shard.
 */
export function mergeReports(reports: readonly { file: string; report: BatchReport }[]): BatchReport {
  if (reports.length === 0) throw new RomaPlanError('MERGE_FAILED', 'no reports to merge', { hint: 'Give the report.shard-<i>-of-<n>.json file of every shard.' });
  const first = reports[0]!;
  const count = first.report.shard?.count;
  const byIndex = new Map<number, { file: string; report: BatchReport }>();
  for (const r of reports) {
    const shard = r.report.shard;
    if (!shard) throw refuse(`${r.file} is the report of a whole batch, not of a shard`, 'Only the reports written with --shard i/n need merging.');
    const same = (what: string, a: unknown, b: unknown) => {
      if (JSON.stringify(a) !== JSON.stringify(b)) throw refuse(`${r.file} and ${first.file} come from different batches (${what} differ)`, 'Merge the shards of one run: the same plans, options and roma-plan version on every machine.');
    };
    same('the shard counts', shard.count, count);
    same('the lists of plans', [shard.plans, shard.inputs], [first.report.shard?.plans, first.report.shard?.inputs]);
    same('the options', r.report.options, first.report.options);
    same('the roma-plan versions', r.report.generator, first.report.generator);
    if (byIndex.has(shard.index)) throw refuse(`shard ${shard.index} of ${shard.count} is given twice (${byIndex.get(shard.index)!.file} and ${r.file})`);
    byIndex.set(shard.index, r);
  }
  const n = count!;
  const missing = Array.from({ length: n }, (_, i) => i + 1).filter((i) => !byIndex.has(i));
  if (missing.length > 0) throw refuse(`shard${missing.length > 1 ? 's' : ''} ${missing.join(', ')} of ${n} ${missing.length > 1 ? 'are' : 'is'} missing`, 'Give the report of every shard; run the missing shards first.');
  const total = first.report.shard!.plans;
  // Shard i holds plans i-1, i-1+n, i-1+2n, ... of the batch's order (see selectShard).
  const plans: PlanResult[] = [];
  for (let k = 0; k < total; k++) {
    const part = byIndex.get((k % n) + 1)!;
    const plan = part.report.plans[Math.floor(k / n)];
    if (!plan) throw refuse(`${part.file} lists ${part.report.plans.length} plans, fewer than its shard of ${total} should hold`);
    plans.push(plan);
  }
  for (const [index, part] of byIndex) {
    const expected = Math.floor((total - index) / n) + 1;
    if (part.report.plans.length !== expected) throw refuse(`${part.file} lists ${part.report.plans.length} plans; shard ${index} of ${n} of ${total} plans holds ${expected}`);
  }
  return { ...first.report, shard: null, summary: summarize(plans), plans, interrupted: false, files: null };
}

/** Reads shard reports, merges them, and writes report.json and index.md of the whole batch into outDir. */
export async function mergeReportFiles(files: readonly string[], outDir: string, options: { force?: boolean; lang?: string } = {}): Promise<BatchReport> {
  const reports = [];
  for (const file of files) {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      throw new RomaPlanError(code === 'ENOENT' ? 'FILE_NOT_FOUND' : 'FILE_UNREADABLE', `${file} ${code === 'ENOENT' ? 'does not exist' : `cannot be read (${code ?? String(err)})`}`, { file, cause: err });
    }
    reports.push({ file, report: parseBatchReport(text, file) });
  }
  const merged = mergeReports(reports);
  const names = await writeReportFiles(merged, outDir, options.force ?? false, options.lang);
  return { ...merged, files: names };
}

function refuse(message: string, hint?: string): RomaPlanError {
  return new RomaPlanError('MERGE_FAILED', `cannot merge: ${message}`, hint ? { hint } : {});
}
