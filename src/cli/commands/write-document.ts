import { existsSync } from 'node:fs';
import type { DocumentModel } from '../../document/blocks.js';
import { FileExistsError } from '../../errors.js';
import type { OutputTarget } from '../../io/output-paths.js';
import { writeFileAtomic } from '../../io/write-atomic.js';
import { renderDocumentMarkdown } from '../../render/markdown/render-document.js';
import type { CliContext } from '../context.js';
import { ExitCode } from '../exit-codes.js';

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
  for (const { target, data } of outputs) {
    if (target.path === '-') ctx.stdout.write(data);
    else {
      await writeFileAtomic(target.path, data, { force });
      ctx.stderr.write(`wrote ${target.path}\n`);
    }
  }
  return ExitCode.ok;
}
