import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { parse } from 'yaml';
import { FileExistsError, UsageError } from '../../errors.js';
import { progressPathFor } from '../../io/output-paths.js';
import { packagePath } from '../../io/package-paths.js';
import { writeFileAtomic } from '../../io/write-atomic.js';
import { loadPlan } from '../../plan/load.js';
import { formatProgressYaml } from '../../progress/format-progress.js';
import { planDigest } from '../../progress/plan-digest.js';
import type { Progress } from '../../progress/types.js';
import { validateProgress } from '../../progress/validate.js';
import { collectProgress, type CollectIssue } from '../../sheets/collect-progress.js';
import { mergeProgressYear } from '../../sheets/merge-progress-year.js';
import type { CliContext } from '../context.js';
import { ExitCode } from '../exit-codes.js';
import { formatIssues } from '../report.js';
import { formatMessage } from '../../i18n/messages.js';
import { localizeIssues } from '../../plan/issue-text.js';
import { printable } from '../printable.js';
import { chosenLanguage, planLanguage } from '../language.js';
import { yearInPeriod } from './sheets.js';

export interface CollectCliOptions {
  plan: string;
  year: string;
  out?: string;
  partial?: boolean;
  force?: boolean;
  lang?: string;
}

/**
 * `roma-plan collect <dir> --plan p --year Y`: reads the returned workbooks into the progress file.
 * Nothing is written while any cell is wrong, unless --partial (which then says what it left out).
 */
export async function runCollect(dir: string, opts: CollectCliOptions, ctx: CliContext): Promise<number> {
  const chosen = chosenLanguage(opts.lang, ctx.env);
  const loaded = await loadPlan(opts.plan);
  const lang = planLanguage(chosen, loaded.data);
  ctx.lang = lang;
  const say = (key: string, values: Record<string, string | number> = {}) => ctx.stderr.write(`${formatMessage(lang, key, values)}\n`);
  if (!loaded.ok || !loaded.plan) {
    ctx.stderr.write(formatIssues(loaded, { color: ctx.color, lang }));
    say('cli.collect.invalidPlan', { file: opts.plan });
    return ExitCode.failure;
  }
  const plan = loaded.plan;
  const year = yearInPeriod(opts.year, plan);
  const out = opts.out ?? progressPathFor(opts.plan);
  if (!opts.force && existsSync(out)) throw new FileExistsError(out);
  const names = (await readdir(dir).catch(() => {
    throw new UsageError(`${dir}: no such folder`, 'Give the folder the returned .xlsx files are in.', { key: 'fatal.noSheetFolder', params: { folder: dir } });
  }))
    .filter((n) => n.toLowerCase().endsWith('.xlsx') && !n.startsWith('~$') && !n.startsWith('.~lock'))
    .sort();
  if (names.length === 0) throw new UsageError(`${dir}: no .xlsx files`, `Write them with: roma-plan sheets ${opts.plan} --year ${year} --out ${dir}`, { key: 'fatal.noSheets', params: { folder: dir, command: `roma-plan sheets ${opts.plan} --year ${year} --out ${dir}` } });
  const files = await Promise.all(names.map(async (n) => ({ name: join(dir, n), bytes: new Uint8Array(await readFile(join(dir, n))) })));
  const result = await collectProgress(files, plan, year);

  // Each bad cell keeps its place (`file.xlsx:Sheet!C7`) and code; its words come in the language asked for.
  const hintLabel = formatMessage(lang, 'cli.hint');
  const cellIssues = localizeIssues(result.issues.map((i) => ({ severity: 'error' as const, code: i.code, path: where(i), message: i.message, ...(i.params ? { params: i.params } : {}) })), lang);
  for (const issue of cellIssues) {
    ctx.stderr.write(`${printable(`${issue.path}  ${issue.code}  ${issue.message}`)}\n`);
    if (issue.hint) ctx.stderr.write(`${printable(`  ${hintLabel} ${issue.hint}`)}\n`);
  }
  if (result.issues.length > 0 && !opts.partial) {
    const inFiles = new Set(result.issues.map((i) => i.file)).size;
    say('cli.collect.notWrittenErrors', { errors: result.issues.length, workbooks: inFiles });
    return ExitCode.failure;
  }

  if (result.measures.length === 0 && result.issues.length === 0) {
    say('cli.collect.notWrittenEmpty', { workbooks: names.length });
    return ExitCode.failure;
  }
  const existing = opts.force && existsSync(out) ? (parse(await readFile(out, 'utf8')) as Progress) : undefined;
  const progress = mergeProgressYear(existing, plan.plan.version, planDigest(loaded.data), relative(dirname(out), opts.plan).split(sep).join('/'), year, result.measures);
  const checked = validateProgress(progress, plan, loaded.data);
  if (!checked.ok) {
    ctx.stderr.write(formatIssues({ file: out, issues: checked.issues }, { color: ctx.color, lang }));
    say('cli.collect.notWrittenChecks');
    return ExitCode.failure;
  }
  const schema = relative(dirname(out), packagePath('schemas', 'progress.schema.json')).split(sep).join('/');
  await writeFileAtomic(out, formatProgressYaml(progress, schema), { force: Boolean(opts.force) });
  say('cli.collect.wrote', { file: out, measures: result.measures.length, year: String(year), workbooks: names.length });
  if (result.notReported.length > 0) say('cli.collect.notReported', { measures: result.notReported.join(', ') });
  if (result.leftOut.length > 0) {
    say('cli.collect.leftOut');
    for (const l of result.leftOut) ctx.stderr.write(`  ${l.measure ? formatMessage(lang, 'cli.collect.leftOutMeasure', { file: l.file, measure: l.measure }) : formatMessage(lang, 'cli.collect.leftOutWorkbook', { file: l.file })}\n`);
  }
  const warning = formatMessage(lang, 'cli.severity.warning');
  for (const w of localizeIssues(checked.issues, lang).filter((i) => i.severity === 'warning')) ctx.stderr.write(`${warning}  ${w.code}  ${w.path}: ${w.message}\n`);
  return ExitCode.ok;
}

const where = (i: CollectIssue): string => (i.sheet ? `${i.file}:${i.sheet}${i.cell ? `!${i.cell}` : ''}` : i.file);
