import { basename, dirname, extname, join } from 'node:path';
import { UsageError } from '../../errors.js';
import { outputTargets, parseFormats, refuseInputAsOutput, RENDER_FORMATS } from '../../io/output-paths.js';
import { loadReport } from '../../report/load-report.js';
import type { CliContext } from '../context.js';
import { ExitCode } from '../exit-codes.js';
import { t } from '../../i18n/messages.js';
import { formatIssues } from '../report.js';
import { chosenLanguage, planLanguage } from '../language.js';
import { writeDocument } from './write-document.js';

export interface ReportCliOptions {
  year?: string;
  format?: string;
  out?: string;
  date?: string;
  force?: boolean;
  lang?: string;
}

/** `roma-plan report <plan> <progress>`: the annual implementation report in the plan's language. */
export async function runReport(planFile: string, progressFile: string, opts: ReportCliOptions, ctx: CliContext): Promise<number> {
  const chosen = chosenLanguage(opts.lang, ctx.env);
  const year = opts.year === undefined ? undefined : Number(opts.year);
  if (year !== undefined && !Number.isInteger(year)) throw new UsageError(`--year ${opts.year}: expected a year such as 2027`);
  const loaded = await loadReport(planFile, progressFile, { ...(year !== undefined ? { year } : {}), ...(opts.date !== undefined ? { date: opts.date } : {}) });
  const lang = planLanguage(chosen, loaded.plan?.data);
  ctx.lang = lang;
  if (!loaded.ok) {
    for (const file of [loaded.plan, loaded.progress]) if (file && !file.ok) ctx.stderr.write(formatIssues(file, { color: ctx.color, lang }));
    ctx.stderr.write(`${t(lang, 'cli.notReported', {})}\n`);
    return ExitCode.failure;
  }
  if (loaded.warnings.length > 0) ctx.stderr.write(formatIssues({ ...loaded.progress, issues: loaded.warnings }, { color: ctx.color, lang }));
  const stem = `${basename(planFile, extname(planFile))}-report-${loaded.view.year}`;
  const targets = outputTargets(join(dirname(progressFile), `${stem}.yaml`), opts.out, opts.format === undefined ? undefined : parseFormats(opts.format, RENDER_FORMATS));
  refuseInputAsOutput([planFile, progressFile], targets);
  return writeDocument(loaded.document, targets, Boolean(opts.force), ctx, loaded.sheets);
}
