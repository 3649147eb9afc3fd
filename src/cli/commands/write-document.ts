import { existsSync } from 'node:fs';
import type { DocumentModel } from '../../document/blocks.js';
import { FileExistsError } from '../../errors.js';
import type { OutputTarget, RenderFormat } from '../../io/output-paths.js';
import type { Sheet } from '../../document/sheets.js';
import { dirname } from 'node:path';
import { removeStaleTempFiles } from '../../io/remove-stale-temp-files.js';
import { removePendingTempFiles, writeFileAtomic } from '../../io/write-atomic.js';
import { renderDocumentMarkdown } from '../../render/markdown/render-document.js';
import type { CliContext } from '../context.js';
import { ExitCode } from '../exit-codes.js';
import { printable } from '../printable.js';
import { formatMessage } from '../../i18n/messages.js';

/**
 * Renders a block document to every target and writes them, refusing to overwrite before writing
 * any. Spreadsheet formats (xlsx, csv) take the document's sheets; the CSV is the first sheet.
 */
export async function writeDocument(model: DocumentModel, targets: readonly OutputTarget[], force: boolean, ctx: CliContext, sheets?: readonly Sheet[]): Promise<number> {
  if (!force) for (const t of targets) if (t.path !== '-' && existsSync(t.path)) throw new FileExistsError(t.path);
  const outputs: { target: OutputTarget; data: string | Uint8Array }[] = [];
  for (const target of targets) outputs.push({ target, data: await renderAs(target.format, model, sheets) });
  await writeOutputs(outputs, force, ctx);
  return ExitCode.ok;
}

async function renderAs(format: RenderFormat, model: DocumentModel, sheets: readonly Sheet[] | undefined): Promise<string | Uint8Array> {
  switch (format) {
    case 'md':
      return renderDocumentMarkdown(model);
    case 'pdf':
      return (await import('../../render/pdf/render-document.js')).renderDocumentPdf(model);
    case 'docx':
      return (await import('../../render/docx/render-document.js')).renderDocumentDocx(model);
    case 'html':
      return (await import('../../render/html/render-document.js')).renderDocumentHtml(model);
    case 'xlsx':
    case 'csv': {
      if (sheets === undefined || sheets.length === 0) throw new Error(`this document has no sheets to write as ${format}`);
      if (format === 'csv') return (await import('../../render/xlsx/render-csv.js')).sheetCsv(sheets[0]!);
      const m = model.meta;
      return (await import('../../render/xlsx/write-workbook.js')).writeWorkbook(sheets, { title: m.title, subject: m.subject, author: m.author, keywords: m.keywords, date: m.date });
    }
  }
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
