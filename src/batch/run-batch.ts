import { access, mkdir, stat } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import { FileExistsError, RomaPlanError, UsageError } from '../errors.js';
import { expandInputs } from '../io/expand-inputs.js';
import { removeStaleTempFiles } from '../io/remove-stale-temp-files.js';
import { resolveOptions, type ResolvedOptions } from './batch-options.js';
import { lockOutDir } from './lock-out-dir.js';
import { generator } from './generator.js';
import { inputsFingerprint, nameOutputs, type NamedInput } from './output-names.js';
import { skipped, summarize } from './plan-result.js';
import { reportFileNames } from './report-json.js';
import { schedulePlans } from './schedule.js';
import { selectShard } from './shard.js';
import type { BatchHooks, BatchOptions, BatchReport, PlanResult } from './types.js';
import { writeReportFiles } from './write-report.js';

/**
 * Validates and renders many plans on worker threads and writes, in `outDir`, one output per plan
 * and format (named after the input, see nameOutputs), `index.md` and `report.json`.
 *
 * One bad plan never stops the others (unless `failFast`): invalid plans are reported with their
 * issues, and a plan that fails to render, times out or crashes its worker is reported as failed
 * while the rest of the batch carries on. Problems with the request itself (no plans found, bad
 * options, an existing report without `force`) throw a RomaPlanError before any work starts.
 *
 *   const report = await runBatch(['plans/'], { outDir: 'out', formats: ['md', 'pdf'] },
 *     { onProgress: (e) => { if (e.kind === 'plan') done.push(`${e.result.file}: ${e.result.status}`); } });
 */
export async function runBatch(inputs: readonly string[], options: BatchOptions, hooks: BatchHooks = {}): Promise<BatchReport> {
  const opts = resolveOptions(options);
  const named = nameOutputs(await findPlans(inputs, opts.outDir));
  const items = selectShard(named, options.shard);
  const names = reportFileNames(options.shard);
  const release = await prepareOutDir(opts.outDir, names, opts.force);
  try {
    return await runLocked(named, items, names, opts, options, hooks);
  } finally {
    await release();
  }
}

async function runLocked(named: NamedInput[], items: NamedInput[], names: { index: string; report: string }, opts: ResolvedOptions, options: BatchOptions, hooks: BatchHooks): Promise<BatchReport> {
  // A run killed earlier (SIGKILL, power cut) can leave its temporary files; a write never leaves
  // a partial output. They are dot-files no output name can match; clear them from our folders.
  await removeStaleTempFiles([opts.outDir, ...items.map((item) => dirname(join(opts.outDir, ...item.base.split('/'))))]);

  const { results, interrupted } = await schedulePlans(items, opts, hooks);
  const plans: PlanResult[] = items.map((item, i) => results[i] ?? skipped(item));
  const report: BatchReport = {
    version: 1,
    generator: generator(),
    shard: options.shard ? { index: options.shard.index, count: options.shard.count, plans: named.length, inputs: inputsFingerprint(named.map((n) => n.key)) } : null,
    options: { formats: opts.formats, date: opts.date ?? null, overrides: opts.overrides.map((o) => o.source), templateDir: opts.templateDir ?? null, ...(opts.progressDir === undefined ? {} : { progressDir: opts.progressDir }) },
    summary: summarize(plans),
    plans,
    interrupted,
    files: null,
  };
  // An interrupted run writes no report: a complete-looking index of a partial run would mislead.
  if (interrupted) return report;
  await writeReportFiles(report, opts.outDir, opts.force, opts.lang);
  return { ...report, files: names };
}

/** The plan files of the inputs, leaving out the output folder (a run's report.json is not a plan). */
async function findPlans(inputs: readonly string[], outDir: string): Promise<string[]> {
  if (inputs.includes('-')) throw new UsageError('batch reads plan files, not standard input', 'Use `roma-plan render -` for a plan on standard input, or save it to a file.');
  if (inputs.length === 0) throw new UsageError('no plans given', 'Give plan files, folders or quoted glob patterns, e.g. roma-plan batch plans/ --out out');
  const { files, unmatched } = await expandInputs(inputs);
  if (unmatched.length > 0) throw new UsageError(`no plan files match ${unmatched.map((u) => `"${u}"`).join(', ')}`, 'Give .yaml, .yml or .json files, a folder that holds them, or a quoted glob such as "plans/**/*.yaml".', { key: 'fatal.noPlanFiles', params: { patterns: unmatched.map((u) => `"${u}"`).join(', ') } });
  const out = resolve(outDir) + sep;
  const plans = files.filter((f) => !resolve(f).startsWith(out));
  if (plans.length === 0) throw new UsageError(`no plan files outside the output folder ${outDir}`, 'Give the folder of the plans, not the folder of a previous run.');
  return plans;
}

/**
 * Creates and locks the output folder, and refuses, before any work, to overwrite a previous run's
 * report. Returns the function that releases the lock.
 */
async function prepareOutDir(outDir: string, names: { index: string; report: string }, force: boolean): Promise<() => Promise<void>> {
  const info = await stat(outDir).catch(() => undefined);
  if (info && !info.isDirectory()) throw new RomaPlanError('NOT_A_FOLDER', `--out ${outDir} is a file, not a folder`, { file: outDir, hint: 'Give a folder for the outputs (it is created when missing).', params: { folder: outDir } });
  try {
    await mkdir(outDir, { recursive: true });
  } catch (err) {
    throw new RomaPlanError('WRITE_FAILED', `cannot create the output folder ${outDir} (${(err as NodeJS.ErrnoException).code ?? String(err)})`, { file: outDir, hint: 'Choose another folder with --out, or fix its permissions.', cause: err, key: 'fatal.outDirFailed', params: { folder: outDir, code: (err as NodeJS.ErrnoException).code ?? String(err) } });
  }
  const release = await lockOutDir(outDir, names.report);
  if (force) return release;
  for (const name of [names.report, names.index]) {
    const file = join(outDir, name);
    if (await access(file).then(() => true, () => false)) {
      await release();
      throw new FileExistsError(file);
    }
  }
  return release;
}
