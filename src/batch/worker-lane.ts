import { Worker } from 'node:worker_threads';
import { RomaPlanError } from '../errors.js';
import type { PlanOutcome, PlanTask } from './types.js';
import type { FromWorker, ToWorker } from './worker.js';

export type LaneResult =
  | { kind: 'done'; outcome: PlanOutcome }
  | { kind: 'failed'; code: string; message: string }
  /** The lane was aborted while the task ran; the task has no result. */
  | { kind: 'cancelled' };

// A plan needs a few tens of MB; the limit turns a runaway plan into one failed plan instead of
// a machine that swaps, and it bounds the batch's peak memory.
const WORKER_HEAP_MB = 512;
// Rendering one plan allocates about 40 MB that lives until its PDF is written. With V8's default
// young generation most of it survives two scavenges and is copied into the old generation, whose
// collections then cost more than the rendering; at 96 MB it mostly dies young. (Measured on 400
// plans: about 17 % less CPU; a larger one did not help and raised the peak memory.)
const WORKER_YOUNG_MB = 96;

/**
 * One worker thread that runs one task at a time. When a task times out, or the worker crashes or
 * runs out of memory, the task fails, the worker is terminated, and the next task gets a fresh one.
 */
export class WorkerLane {
  private worker: Worker | undefined;
  private started = false;
  /** Resolves when the current worker has loaded its processor and said so. */
  private ready: Promise<void> = Promise.resolve();
  private seq = 0;
  private pending: ((result: LaneResult) => void) | undefined;
  private readonly stopping = new Set<Promise<unknown>>();

  constructor(
    private readonly entry: URL,
    private readonly processor: string,
    private readonly timeoutMs: number,
  ) {}

  /** Runs a task; rejects only when a fresh worker cannot even start (a broken installation). */
  run(task: PlanTask): Promise<LaneResult> {
    const worker = (this.worker ??= this.spawn());
    const id = ++this.seq;
    return new Promise<LaneResult>((resolve, reject) => {
      let done = false;
      const finish = (result: LaneResult | Error) => {
        done = true;
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        this.pending = undefined;
        if (result instanceof Error) reject(result);
        else resolve(result);
      };
      const onMessage = (m: FromWorker) => {
        if (m.type === 'result' && m.id === id) finish({ kind: 'done', outcome: m.outcome });
        else if (m.type === 'error' && m.id === id) finish({ kind: 'failed', ...m.error });
      };
      const crashed = (message: string) => {
        const startup = !this.started;
        this.discard(worker);
        finish(
          startup
            ? new RomaPlanError('WORKER_START_FAILED', `a batch worker could not start: ${message}`, { hint: 'The installation looks incomplete; reinstall roma-plan (or run `npm run build` in a checkout).' })
            : { kind: 'failed', code: 'WORKER_CRASHED', message: `the worker crashed on this plan (${message}); the plan was not rendered` },
        );
      };
      const onError = (err: Error) => {
        const oom = (err as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY';
        crashed(oom ? `it ran out of memory (limit ${WORKER_HEAP_MB} MB)` : err.message);
      };
      const onExit = (code: number) => crashed(`it exited with code ${code}`);
      const timer = setTimeout(() => {
        this.discard(worker);
        finish({ kind: 'failed', code: 'TIMEOUT', message: `rendering took longer than ${formatSeconds(this.timeoutMs)}; the worker was stopped` });
      }, this.timeoutMs);
      this.pending = finish;
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      // A fresh worker gets its first task only once it is ready: a crash is then always a crash on
      // a task, never mistaken for a worker that could not start (the error and the "ready"
      // message would otherwise race each other to the main thread).
      void this.ready.then(() => {
        if (!done) worker.postMessage({ id, task } satisfies ToWorker);
      });
    });
  }

  /** Stops the worker now; a task in progress resolves as cancelled. */
  abort(): void {
    const pending = this.pending;
    if (this.worker) this.discard(this.worker);
    pending?.({ kind: 'cancelled' });
  }

  /** Stops the worker and waits until every thread this lane started has ended. */
  async close(): Promise<void> {
    if (this.worker) this.discard(this.worker);
    await Promise.all(this.stopping);
  }

  private spawn(): Worker {
    const worker = new Worker(this.entry, {
      workerData: { processor: this.processor },
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: WORKER_YOUNG_MB },
      // Whatever a processor prints must not end up in the batch's own output (e.g. --json on stdout).
      stdout: true,
    });
    worker.stdout.resume();
    this.started = false;
    this.ready = new Promise<void>((resolve) => {
      worker.on('message', (m: FromWorker) => {
        if (m.type === 'ready') {
          this.started = true;
          resolve();
        }
      });
    });
    // Without a listener an error between two tasks would bring down the whole batch.
    worker.on('error', () => this.discard(worker));
    worker.on('exit', () => {
      if (this.worker === worker) this.worker = undefined;
    });
    return worker;
  }

  private discard(worker: Worker): void {
    if (this.worker === worker) this.worker = undefined;
    const stopped = worker.terminate().catch(() => undefined);
    this.stopping.add(stopped);
    void stopped.then(() => this.stopping.delete(stopped));
  }
}

const formatSeconds = (ms: number): string => (ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`);
