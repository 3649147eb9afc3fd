import { existsSync } from 'node:fs';
import type { DocumentModel } from '../../document/blocks.js';
import { FileExistsError } from '../../errors.js';
import type { OutputTarget } from '../../io/output-paths.js';
import { dirname } from 'node:path';
import { removeStaleTempFiles } from '../../io/remove-stale-temp-files.js';
import { removePendingTempFiles, writeFileAtomic } from '../../io/write-atomic.js';
import { renderDocumentMarkdown } from '../../render/markdown/render-document.js';
import type { CliContext } from '../context.js';
import { ExitCode } from '../exit-codes.js';
import { printable } from '../printable.js';
import { formatMessage } from '../../i18n/messages.js';

/** Renders a block document to every target and writes them, refusing to overwrite before writing any. */
export async function writeDocument(model: DocumentModel, targets: readonly OutputTarget[], force: boolean, ctx: CliContext): Promise<number> {
  if (!force) for (const t of targets) if (t.path !== '-' && existsSync(t.path)) throw new FileExistsError(t.path);
  const outputs: { target: OutputTarget; data: string | Uint8Array }[] = [];
  for (const target of targets) {
    if (target.format === 'md') outputs.push({ target, data: renderDocumentMarkdown(model) });
    else {
      const { renderDocumentPdf } = await import('../../render/pdf/render-document.js');
      outputs.push({ target, data: await renderDocumentPdf(model) });
    }
  }
  await writeOutputs(outputs, force, ctx);
  return ExitCode.ok;
}

/**
 * Writes rendered outputs. Temporary files left by an earlier run that was killed are removed
 * first, and a SIGINT or SIGTERM during the writes removes this run's own before exiting 130 or
 * 143: every target is then either its old or its complete new version, with nothing beside it.
 */
export async function writeOutputs(outputs: readonly { target: OutputTarget; data: string | Uint8Array }[], force: boolean, ctx: CliContext, lang?: string): Promise<void> {
  await removeStaleTempFiles(outputs.filter((o) => o.target.path !== '-').map((o) => dirname(o.target.path)));
  const onSignal = (signal: NodeJS.Signals) => {
    removePendingTempFiles();
    ctx.stderr.write(`roma-plan: stopped (${signal}); files already written are complete, the others were not changed\n`);
    process.exit(signal === 'SIGINT' ? ExitCode.cancelled : ExitCode.terminated);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    for (const { target, data } of outputs) {
      if (target.path === '-') ctx.stdout.write(data);
      else {
        await writeFileAtomic(target.path, data, { force });
        ctx.stderr.write(`${printable(formatMessage(lang, 'cli.wrote', { file: target.path }))}\n`);
      }
    }
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}
