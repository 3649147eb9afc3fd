import { Chalk } from 'chalk';
import type { BatchEvent, PlanResult } from '../batch/types.js';
import type { CliContext } from './context.js';
import { printable } from './printable.js';

export interface BatchProgress {
  onProgress(event: BatchEvent): void;
  /** Says that Ctrl+C was seen and the workers are being stopped. */
  interrupting(): void;
  /** Clears the spinner (if any) so that the final report starts on a clean line. */
  stop(): void;
}

/**
 * Shows a batch's progress on stderr. On an interactive terminal: one spinner line with counts.
 * Anywhere else (a pipe, a file, CI): one plain line per plan, so logs stay readable and no
 * escape sequence is written unless colour is forced. A terminal that reports 0 columns gets the
 * plain lines too: ora 9 spins at 100 % CPU there (libraries.md §7).
 */
export async function createBatchProgress(ctx: CliContext, color: boolean): Promise<BatchProgress> {
  const interactive = Boolean(ctx.stderr.isTTY && (ctx.stderr.columns ?? 0) > 0 && !ctx.env['CI']);
  return interactive ? spinnerProgress(ctx) : lineProgress(ctx, color);
}

/** Colour for what goes to stderr: the global choice, but only on a terminal unless forced. */
export function stderrColor(ctx: CliContext): boolean {
  const force = ctx.env['FORCE_COLOR'];
  const forced = force !== undefined && force !== '' && force !== '0';
  return ctx.color && (Boolean(ctx.stderr.isTTY) || forced);
}

async function spinnerProgress(ctx: CliContext): Promise<BatchProgress> {
  const { default: ora } = await import('ora');
  // discardStdin would put the terminal in raw mode, and Ctrl+C must stay a plain SIGINT.
  const spinner = ora({ stream: ctx.stderr, discardStdin: false, isEnabled: true, text: 'Starting the workers…' }).start();
  let total = 0;
  const counts = { invalid: 0, failed: 0 };
  return {
    onProgress(event) {
      if (event.kind === 'start') {
        total = event.total;
        spinner.text = `Rendering ${total} plan${total === 1 ? '' : 's'} on ${event.workers} worker${event.workers === 1 ? '' : 's'}…`;
        return;
      }
      if (event.result.status === 'invalid') counts.invalid++;
      if (event.result.status === 'failed') counts.failed++;
      const bad = [counts.invalid ? `${counts.invalid} invalid` : '', counts.failed ? `${counts.failed} failed` : ''].filter(Boolean).join(', ');
      spinner.text = `${event.done}/${total} plans done${bad ? ` (${bad})` : ''}`;
    },
    interrupting: () => {
      spinner.text = 'Stopping the workers… (Ctrl+C again quits at once)';
    },
    stop: () => spinner.stop(),
  };
}

function lineProgress(ctx: CliContext, color: boolean): BatchProgress {
  const c = new Chalk({ level: color ? 1 : 0 });
  let width = 1;
  return {
    onProgress(event) {
      if (event.kind === 'start') {
        width = String(event.total).length;
        ctx.stderr.write(`Rendering ${event.total} plan${event.total === 1 ? '' : 's'} on ${event.workers} worker${event.workers === 1 ? '' : 's'}\n`);
        return;
      }
      const counter = c.dim(`[${String(event.done).padStart(width)}/${event.total}]`);
      ctx.stderr.write(`${counter} ${describe(event.result, c)}\n`);
    },
    interrupting: () => ctx.stderr.write('Stopping the workers… (Ctrl+C again quits at once)\n'),
    stop: () => undefined,
  };
}

function describe(result: PlanResult, c: InstanceType<typeof Chalk>): string {
  const r = { ...result, file: printable(result.file) };
  const outputs = printable(Object.values(r.outputs).join(', '));
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  switch (r.status) {
    case 'rendered':
      return `${c.green('rendered')} ${r.file} -> ${outputs}`;
    case 'warnings':
      return `${c.yellow('rendered')} ${r.file} -> ${outputs} (${plural(r.warnings, 'warning')})`;
    case 'invalid':
      return `${c.red('invalid ')} ${r.file} (${plural(r.errors, 'error')})`;
    case 'failed':
      return `${c.red('failed  ')} ${r.file}: ${r.failure?.code ?? 'FAILED'} ${printable(r.failure?.message ?? '')}`.trimEnd();
    case 'skipped':
      return `${c.dim('skipped ')} ${r.file}`;
  }
}
