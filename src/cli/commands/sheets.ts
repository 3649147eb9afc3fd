import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { FileExistsError, UsageError } from '../../errors.js';
import { writeFileAtomic } from '../../io/write-atomic.js';
import { loadPlan } from '../../plan/load.js';
import type { Plan } from '../../plan/types.js';
import { buildSheets } from '../../sheets/build-sheets.js';
import { isIsoDate } from '../../view/document-date.js';
import type { CliContext } from '../context.js';
import { ExitCode } from '../exit-codes.js';
import { formatIssues } from '../report.js';
import { formatMessage } from '../../i18n/messages.js';
import { chosenLanguage, planLanguage } from '../language.js';

export interface SheetsCliOptions {
  year: string;
  out: string;
  date?: string;
  force?: boolean;
  lang?: string;
}

/** `roma-plan sheets <plan> --year Y --out dir`: one progress workbook per lead institution. */
export async function runSheets(planFile: string, opts: SheetsCliOptions, ctx: CliContext): Promise<number> {
  if (opts.date !== undefined && !isIsoDate(opts.date)) throw new UsageError(`--date ${opts.date}: expected a real date written YYYY-MM-DD`, 'For example --date 2026-03-26.', { key: 'fatal.badDate', params: { value: opts.date } });
  const chosen = chosenLanguage(opts.lang, ctx.env);
  const loaded = await loadPlan(planFile);
  const lang = planLanguage(chosen, loaded.data);
  ctx.lang = lang;
  if (!loaded.ok || !loaded.plan) {
    ctx.stderr.write(formatIssues(loaded, { color: ctx.color, lang }));
    ctx.stderr.write(`${formatMessage(lang, 'cli.sheets.invalidPlan', { file: planFile })}\n`);
    return ExitCode.failure;
  }
  const year = yearInPeriod(opts.year, loaded.plan);
  const sheets = await buildSheets(loaded.plan, year, opts.date ?? `${year}-12-31`);
  const paths = sheets.map((s) => join(opts.out, s.fileName));
  if (!opts.force) for (const p of paths) if (existsSync(p)) throw new FileExistsError(p);
  for (const [i, s] of sheets.entries()) {
    await writeFileAtomic(paths[i]!, s.bytes, { force: Boolean(opts.force) });
    ctx.stderr.write(`${formatMessage(lang, 'cli.sheets.wrote', { file: paths[i]!, lead: s.lead, measures: s.measures })}\n`);
  }
  ctx.stderr.write(`${formatMessage(lang, 'cli.sheets.next', { command: `roma-plan collect ${opts.out} --plan ${planFile} --year ${year}` })}\n`);
  return ExitCode.ok;
}

/** --year as a year of the plan period, or a usage error that names the period. */
export function yearInPeriod(text: string, plan: Plan): number {
  const year = Number(text);
  const { from, to } = plan.plan.period;
  if (!Number.isInteger(year)) throw new UsageError(`--year ${text}: expected a year such as ${from}`);
  if (year < from || year > to) throw new UsageError(`--year ${year} is outside the plan period (${from}-${to})`, `Choose a year from ${from} to ${to}.`, { key: 'fatal.yearOutside', params: { year: String(year), from: String(from), to: String(to) } });
  return year;
}
