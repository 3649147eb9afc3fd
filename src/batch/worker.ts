/**
 * The worker thread of a batch. It imports the processor (and with it the view, the templates and
 * pdfkit) once, then turns one task after another into an outcome. Fonts and compiled templates live
 * in module-level caches of the render modules, so they are loaded once per worker, not per plan.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { PlanOutcome, PlanTask } from './types.js';

export type ToWorker = { id: number; task: PlanTask };
export type FromWorker =
  | { type: 'ready' }
  | { type: 'result'; id: number; outcome: PlanOutcome }
  | { type: 'error'; id: number; error: { code: string; message: string } };

type Processor = (task: PlanTask) => Promise<PlanOutcome>;

const port = parentPort;
if (!port) throw new Error('src/batch/worker.js runs only as a worker thread (see runBatch)');

// The yaml parser looks up process.env.LOG_TOKENS once per token, and every lookup in process.env is
// a call into the runtime: about 15 % of parsing a plan. The worker's environment is its own copy
// and nothing here changes it, so a plain object with the same values serves every lookup.
process.env = { ...process.env };

const { processor } = workerData as { processor: string };
const loaded = (await import(processor)) as { processPlan?: unknown };
if (typeof loaded.processPlan !== 'function') throw new Error(`${processor} does not export a processPlan function`);
const processPlan = loaded.processPlan as Processor;

port.on('message', (message: ToWorker) => {
  void handle(message);
});
port.postMessage({ type: 'ready' } satisfies FromWorker);

async function handle({ id, task }: ToWorker): Promise<void> {
  let reply: FromWorker;
  try {
    reply = { type: 'result', id, outcome: await processPlan(task) };
  } catch (err) {
    // A processor that throws has a bug; the plan fails with the message and the worker carries on.
    const code = typeof (err as { code?: unknown })?.code === 'string' ? (err as { code: string }).code : 'RENDER_FAILED';
    reply = { type: 'error', id, error: { code, message: err instanceof Error ? err.message : String(err) } };
  }
  port!.postMessage(reply, reply.type === 'result' ? transferable(reply.outcome) : []);
}

/** The PDFs' memory moves to the main thread instead of being copied (a 35-page plan is about 150 KB). */
function transferable(outcome: PlanOutcome): ArrayBuffer[] {
  const buffers: ArrayBuffer[] = [];
  for (const { data } of outcome.outputs) {
    // Only a buffer that holds nothing else: small Buffers share one pooled allocation.
    if (typeof data !== 'string' && data.buffer instanceof ArrayBuffer && data.byteOffset === 0 && data.byteLength === data.buffer.byteLength) buffers.push(data.buffer);
  }
  return buffers;
}
