import type { ResolvedOptions } from './batch-options.js';
import type { NamedInput } from './output-names.js';
import { settlePlan } from './plan-result.js';
import type { BatchHooks, PlanResult, PlanTask } from './types.js';
import { WorkerLane } from './worker-lane.js';

export interface Scheduled {
  /** By input position; undefined for plans that were never finished (fail-fast or interrupted). */
  results: (PlanResult | undefined)[];
  interrupted: boolean;
}

/**
 * Runs every plan on a pool of worker lanes, at most `jobs` at a time, and writes the outputs as the
 * results come in. A worker is busy with the next plan while the main thread writes the last one's
 * files. Aborting (or --fail-fast after a bad plan) stops the workers at once; files being written
 * are completed (each write is atomic), so the folder never holds a half-written output.
 */
export async function schedulePlans(items: readonly NamedInput[], opts: ResolvedOptions, hooks: BatchHooks): Promise<Scheduled> {
  const results: (PlanResult | undefined)[] = new Array<PlanResult | undefined>(items.length).fill(undefined);
  const lanes = Array.from({ length: Math.min(opts.jobs, items.length) }, () => new WorkerLane(opts.workerEntry, opts.processor, opts.timeoutMs));
  hooks.onProgress?.({ kind: 'start', total: items.length, workers: lanes.length });
  const writes = new Set<Promise<void>>();
  const bugs: unknown[] = [];
  let next = 0;
  let done = 0;
  let stopped = false;
  let interrupted = false;
  const stop = () => {
    stopped = true;
    for (const lane of lanes) lane.abort();
  };
  const onAbort = () => {
    interrupted = true;
    stop();
  };
  if (hooks.signal?.aborted) onAbort();
  hooks.signal?.addEventListener('abort', onAbort, { once: true });

  const record = (i: number, result: PlanResult) => {
    results[i] = result;
    done++;
    hooks.onProgress?.({ kind: 'plan', done, total: items.length, result });
    if (opts.failFast && !stopped && (result.status === 'invalid' || result.status === 'failed')) stop();
  };

  const work = async (lane: WorkerLane) => {
    while (!stopped && next < items.length) {
      const i = next++;
      const item = items[i]!;
      const task: PlanTask = {
        file: item.file,
        formats: opts.formats,
        overrides: opts.overrides,
        ...(opts.date === undefined ? {} : { date: opts.date }),
        ...(opts.templateDir === undefined ? {} : { templateDir: opts.templateDir }),
        ...(opts.progressDir === undefined ? {} : { progressDir: opts.progressDir }),
      };
      const run = await lane.run(task);
      if (run.kind === 'cancelled') break;
      const write = settlePlan(item, run, opts.outDir, opts.force)
        .then((result) => record(i, result))
        .catch((err: unknown) => {
          bugs.push(err);
          stop();
        })
        .finally(() => writes.delete(write));
      writes.add(write);
    }
  };

  try {
    await Promise.all(lanes.map(work));
  } catch (err) {
    stop();
    throw err;
  } finally {
    hooks.signal?.removeEventListener('abort', onAbort);
    await Promise.all([...writes]);
    await Promise.all(lanes.map((lane) => lane.close()));
  }
  // Expected write problems (disk full, file exists) are plan failures; anything else is a bug.
  if (bugs.length > 0) throw bugs[0];
  return { results, interrupted };
}
