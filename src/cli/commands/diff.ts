import { basename, dirname, extname, join } from 'node:path';
import type { AmendmentView } from '../../diff/amendment-view.js';
import { loadDiff } from '../../diff/load-diff.js';
import { DOCUMENT_FORMATS, outputTargets, parseFormats } from '../../io/output-paths.js';
import type { CliContext } from '../context.js';
import { ExitCode } from '../exit-codes.js';
import { formatIssues } from '../report.js';
import { formatMessage } from '../../i18n/messages.js';
import { chosenLanguage, planLanguage } from '../language.js';
import { writeDocument } from './write-document.js';

export interface DiffCliOptions {
  format?: string;
  out?: string;
  json?: boolean;
  date?: string;
  force?: boolean;
}

/**
 * `roma-plan diff <old> <new>`: what the new version changes, in the terminal; with --format or
 * --out also the amendment document (Markdown, PDF, Word, HTML); with --json the changes as data.
 */
export async function runDiff(beforeFile: string, afterFile: string, opts: DiffCliOptions, ctx: CliContext): Promise<number> {
  const loaded = await loadDiff(beforeFile, afterFile, opts.date !== undefined ? { date: opts.date } : {});
  if (!loaded.ok) {
    const lang = planLanguage(chosenLanguage(undefined, ctx.env), loaded.after.data ?? loaded.before.data);
    for (const file of [loaded.before, loaded.after]) if (!file.ok) ctx.stderr.write(formatIssues(file, { color: ctx.color, lang }));
    ctx.stderr.write(`${formatMessage(lang, 'cli.diff.notCompared')}\n`);
    return ExitCode.failure;
  }
  if (opts.json) ctx.stdout.write(`${JSON.stringify(loaded.diff, null, 2)}\n`);
  else if (opts.out !== '-') ctx.stdout.write(terminalText(loaded.view));
  if (opts.format === undefined && opts.out === undefined) return ExitCode.ok;
  const stem = `${basename(afterFile, extname(afterFile))}-amendment`;
  const targets = outputTargets(join(dirname(afterFile), `${stem}.yaml`), opts.out, opts.format === undefined ? undefined : parseFormats(opts.format, DOCUMENT_FORMATS));
  return writeDocument(loaded.document, targets, Boolean(opts.force), ctx);
}

/** The changes as plain lines, in the amended plan's language (the words of the document). */
function terminalText(view: AmendmentView): string {
  const l = view.labels;
  const lines = [view.meta.title, ''];
  if (!view.changed) return `${[...lines, view.intro].join('\n')}\n`;
  lines.push(view.periodText);
  const measures = (title: string, sign: string, rows: AmendmentView['added']) => {
    if (rows.length === 0) return;
    lines.push('', `${title} (${rows.length})`, ...rows.map((m) => `  ${sign} ${m.number} ${m.title} · ${m.lead} · ${m.periodText} · ${m.costText}`));
  };
  measures(l.sectionAdded, '+', view.added);
  measures(l.sectionRemoved, '-', view.removed);
  if (view.changedMeasures.length > 0) {
    lines.push('', `${l.sectionChanged} (${view.changedMeasures.length})`);
    for (const m of view.changedMeasures) lines.push(`  ~ ${m.number} ${m.title}`, ...m.rows.map((r) => `      ${r.field}: ${r.before} → ${r.after}`));
  }
  lines.push('', `${l.chapterBudget}: ${view.budget.summary}`);
  for (const r of [...view.budget.byArea, ...view.budget.bySource]) if (r.change !== '') lines.push(`  ${r.field}: ${r.before} → ${r.after} (${r.change})`);
  if (view.other.length > 0) lines.push('', `${l.chapterOther} (${view.other.length})`, ...view.other.map((r) => `  ${r.field}: ${r.before} → ${r.after}`));
  return `${lines.join('\n')}\n`;
}
