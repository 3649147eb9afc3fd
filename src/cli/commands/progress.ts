import { existsSync } from 'node:fs';
import { unlink } from 'node:fs/promises';
import { dirname, relative, sep } from 'node:path';
import { stringify } from 'yaml';
import { UsageError } from '../../errors.js';
import { fill } from '../../i18n/index.js';
import { progressPathFor } from '../../io/output-paths.js';
import { packagePath } from '../../io/package-paths.js';
import { writeFileAtomic } from '../../io/write-atomic.js';
import { localizeIssues } from '../../plan/issue-text.js';
import { loadPlan } from '../../plan/load.js';
import { formatProgressYaml, updateProgressYaml } from '../../progress/format-progress.js';
import { loadProgress } from '../../progress/load.js';
import { planDigest } from '../../progress/plan-digest.js';
import type { ProgressYear } from '../../progress/types.js';
import { validateProgress } from '../../progress/validate.js';
import { missingProgressAnswers, unanswerableProgress, type YearContext } from '../../progress-wizard/missing.js';
import { progressWizardLanguage, type ProgressWizardLanguage } from '../../progress-wizard/texts.js';
import { withProgressYear } from '../../sheets/merge-progress-year.js';
import type { Ask } from '../../wizard/ask.js';
import { draftPathFor } from '../../wizard/draft.js';
import type { CliContext } from '../context.js';
import { wizardTerminal } from '../wizard-terminal.js';
import { ExitCode } from '../exit-codes.js';
import { shellQuote } from '../init-files.js';
import { commandLine, startedAs } from '../invocation.js';
import { chosenLanguage } from '../language.js';
import { progressResumeCommand, readYearStart } from '../progress-files.js';
import { progressInterview } from '../progress-interview.js';
import { formatIssues } from '../report.js';
import { yearInPeriod } from './sheets.js';

export interface ProgressCliOptions {
  year: string;
  out?: string;
  lang?: string;
  answers?: string;
  resume?: boolean;
  force?: boolean;
}

/**
 * `roma-plan progress <plan> --year Y`: one year of the progress file, asked measure by measure on
 * a terminal, or taken from a complete answers file without one (and the list of what is missing
 * otherwise). A draft is saved beside the progress file after every measure and on Ctrl+C; a year
 * already recorded is replaced only when confirmed or with --force.
 */
export async function runProgress(planFile: string, opts: ProgressCliOptions, ctx: CliContext): Promise<number> {
  if (opts.resume && opts.answers !== undefined) throw new UsageError('--resume and --answers cannot be used together', '--resume continues the draft saved next to the progress file; --answers starts from a file of your own.');
  if (opts.lang !== undefined) ctx.lang = chosenLanguage(opts.lang, ctx.env);
  const loaded = await loadPlan(planFile);
  if (!loaded.ok || !loaded.plan) {
    ctx.stderr.write(formatIssues(loaded, { color: ctx.color, lang: ctx.lang }));
    return ExitCode.failure;
  }
  const plan = loaded.plan;
  ctx.lang ??= plan.language;
  const l = progressWizardLanguage(opts.lang ?? plan.language);
  const year = yearInPeriod(opts.year, plan);
  const out = opts.out ?? progressPathFor(planFile);
  const draftFile = draftPathFor(out);
  const interactive = ctx.stdin.isTTY === true;

  let existing;
  let before: string | undefined;
  if (existsSync(out)) {
    const current = await loadProgress(out, { plan: loaded });
    if (!current.ok || !current.progress) {
      ctx.stderr.write(`${fill(l.p.cli.progressInvalid, { file: out })}\n${formatIssues(current, { color: ctx.color, lang: l.locale })}`);
      return ExitCode.failure;
    }
    existing = current.progress;
    before = current.text;
  }
  const context: YearContext = { plan, planData: loaded.data, year, existing, reference: { file: relative(dirname(out), planFile).split(sep).join('/'), version: plan.plan.version, digest: planDigest(loaded.data) } };

  const stop = new AbortController();
  const ask: Ask | undefined = interactive
    ? await wizardTerminal(ctx, stop, () => l.messages)
    : undefined;

  let start = await readYearStart(opts, draftFile, year, ctx, l);
  if (!start) return ExitCode.failure;
  if (ask && !opts.resume && opts.answers === undefined && existsSync(draftFile)) {
    if (await ask.confirm({ name: 'draft', message: fill(l.p.cli.draftFound, { year, draft: draftFile }), default: true })) start = await readYearStart({ resume: true }, draftFile, year, ctx, l);
    if (!start) return ExitCode.failure;
  }
  if (ask && start.done !== undefined) ask.show(fill(l.messages.cli.resuming, { draft: draftFile }));
  const recorded = existing?.years.find((y) => y.year === year);
  // A year already recorded is the starting point when nothing else is given: the review shows it, ready to change.
  const data = start.data ?? recorded;
  const refused = unanswerableProgress(start.data ?? {}, context);
  if (start.data !== undefined && refused.length > 0) {
    const file = start.from ?? out;
    ctx.stderr.write(`${fill(l.messages.cli.invalidAnswers, { file })}\n${formatIssues({ file, issues: refused }, { color: ctx.color, lang: l.locale })}`);
    return ExitCode.failure;
  }
  if (!interactive) {
    const missing = missingProgressAnswers(data, context);
    if (missing.measures.length + missing.issues.length > 0) return reportMissing(planFile, opts, missing, ctx, l);
  }

  if (recorded && !opts.force) {
    if (!ask || !(await ask.confirm({ name: 'replace', message: fill(l.p.cli.yearExists, { file: out, year }), default: false }))) {
      ctx.stderr.write(`${fill(l.p.cli.notReplaced, { file: out, year })}\n`);
      return ExitCode.failure;
    }
  }

  let entry: ProgressYear;
  if (!ask) entry = { ...(data as object), year } as ProgressYear;
  else {
    const command = progressResumeCommand(planFile, year, opts.out, opts.lang, ctx.startedWith);
    const result = await progressInterview(ask, stop, { ...start, data }, { context, lang: opts.lang, draftFile, command, review: start.done !== undefined || recorded !== undefined }, ctx, l);
    if (typeof result === 'number') return result;
    entry = result;
  }

  const progress = withProgressYear(existing, context.reference, entry);
  const checked = validateProgress(progress, plan, loaded.data);
  const schema = relative(dirname(out), packagePath('schemas', 'progress.schema.json')).split(sep).join('/');
  try {
    if (!checked.ok) throw new Error(localizeIssues(checked.issues, l.locale).filter((i) => i.severity === 'error').map((i) => `${i.path}: ${i.message}`).join('; '));
    // An existing file keeps its comments and the form of the other years; only this year is written anew.
    await writeFileAtomic(out, before === undefined ? formatProgressYaml(progress, schema) : updateProgressYaml(before, progress, schema), { force: true });
  } catch (err) {
    ctx.stderr.write(`${fill(l.p.cli.notSaved, { file: out, reason: err instanceof Error ? err.message : String(err) })}\n`);
    ctx.stdout.write(stringify(entry, { lineWidth: 0 }));
    return ExitCode.failure;
  }
  if (ask) await unlink(draftFile).catch(() => undefined);
  const warnings = checked.issues.some((i) => i.severity === 'warning');
  const file = shellQuote(out, ctx.startedWith);
  ctx.stderr.write(`${startedAs(fill(warnings ? l.p.cli.savedWarnings : l.p.cli.saved, { year, file }), ctx.startedWith)}\n`);
  ctx.stderr.write(`${startedAs(fill(l.p.cli.reportLater, { plan: shellQuote(planFile, ctx.startedWith), file, year }), ctx.startedWith)}\n`);
  return ExitCode.ok;
}

function reportMissing(planFile: string, opts: ProgressCliOptions, missing: ReturnType<typeof missingProgressAnswers>, ctx: CliContext, l: ProgressWizardLanguage): number {
  const issues = localizeIssues(missing.issues, l.locale);
  const lines = [
    ...missing.measures.map((m) => [`measures: ${m.ref}`, fill(l.p.cli.missingMeasure, { measure: m.number })] as const),
    ...issues.map((i) => [i.path, i.code === 'MISSING_FIELD' && i.hint ? i.hint : `${i.message}${i.hint ? `. ${i.hint}` : ''}`] as const),
  ];
  const width = Math.min(40, Math.max(...lines.map(([path]) => path.length)));
  ctx.stderr.write(
    [
      `roma-plan progress: ${l.messages.cli.noTerminal}`,
      fill(l.p.cli.missing, { year: opts.year, count: lines.length }),
      ...lines.map(([path, text]) => `  ${path.padEnd(width)}  ${text}`),
      '',
      l.p.cli.supply,
      `  ${commandLine(['progress', planFile, '--year', opts.year, ...(opts.out !== undefined ? ['--out', opts.out] : []), '--answers', 'answers.yaml'], ctx.startedWith)}`,
      '',
    ].join('\n'),
  );
  return ExitCode.usage;
}
