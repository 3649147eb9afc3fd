import { performance } from 'node:perf_hooks';
import { join } from 'node:path';
import { summaryLine } from '../../batch/index-markdown.js';
import { mergeReportFiles } from '../../batch/merge-reports.js';
import { formatReportJson } from '../../batch/report-json.js';
import { runBatch } from '../../batch/run-batch.js';
import { parseShard } from '../../batch/shard.js';
import type { BatchReport } from '../../batch/types.js';
import { UsageError } from '../../errors.js';
import { expandInputs } from '../../io/expand-inputs.js';
import { parseFormats, RENDER_FORMATS } from '../../io/output-paths.js';
import { parseOverride } from '../../plan/overrides.js';
import { dateFromEpoch } from '../../view/document-date.js';
import { createBatchProgress, stderrColor } from '../batch-progress.js';
import type { CliContext } from '../context.js';
import { ExitCode } from '../exit-codes.js';
import { t } from '../../i18n/messages.js';
import { formatIssues } from '../report.js';
import { chosenLanguage } from '../language.js';

export interface BatchCliOptions {
  out: string;
  format: string;
  jobs?: string;
  failFast?: boolean;
  json?: boolean;
  shard?: string;
  timeout: string;
  set?: string[];
  date?: string;
  template?: string;
  progress?: string;
  force?: boolean;
  merge?: boolean;
  lang?: string;
}

export async function runBatchCommand(inputs: string[], opts: BatchCliOptions, ctx: CliContext): Promise<number> {
  const lang = chosenLanguage(opts.lang, ctx.env);
  if (opts.merge) return runMerge(inputs, opts, ctx, lang);
  const started = performance.now();
  const progress = await createBatchProgress(ctx, stderrColor(ctx));
  const controller = new AbortController();
  const stopped: { by: NodeJS.Signals } = { by: 'SIGINT' };
  const interrupt = (received: NodeJS.Signals) => {
    stopped.by = received;
    progress.interrupting();
    controller.abort();
  };
  process.once('SIGINT', interrupt);
  process.once('SIGTERM', interrupt);
  let report: BatchReport;
  try {
    report = await runBatch(
      inputs,
      {
        outDir: opts.out,
        formats: parseFormats(opts.format, RENDER_FORMATS),
        ...(opts.jobs === undefined ? {} : { jobs: parseWhole(opts.jobs, '--jobs') }),
        failFast: Boolean(opts.failFast),
        ...(opts.shard === undefined ? {} : { shard: parseShard(opts.shard) }),
        timeoutMs: parseSeconds(opts.timeout) * 1000,
        overrides: (opts.set ?? []).map(parseOverride),
        ...documentDate(opts, ctx),
        ...(opts.template === undefined ? {} : { templateDir: opts.template }),
        ...(opts.progress === undefined ? {} : { progressDir: opts.progress }),
        force: Boolean(opts.force),
        ...(lang === undefined ? {} : { lang }),
      },
      { onProgress: (e) => progress.onProgress(e), signal: controller.signal },
    );
  } finally {
    progress.stop();
    process.off('SIGINT', interrupt);
    process.off('SIGTERM', interrupt);
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (report.interrupted) {
    const done = report.plans.length - report.summary.skipped;
    ctx.stderr.write(`\n${t(lang, 'cli.interrupted', { done, total: report.plans.length })}\n`);
    // As a shell reports a process stopped by that signal: 130 for Ctrl+C, 143 for SIGTERM.
    return stopped.by === 'SIGTERM' ? ExitCode.terminated : ExitCode.cancelled;
  }
  return finish(report, opts, ctx, t(lang, 'cli.batchTime', { seconds }), lang);
}

async function runMerge(inputs: string[], opts: BatchCliOptions, ctx: CliContext, lang: string | undefined): Promise<number> {
  if (inputs.length === 0) throw new UsageError('--merge needs the shard reports to merge', 'For example: roma-plan batch --merge out/report.shard-*.json --out out');
  // A quoted glob ('out/report.shard-*.json') works as well as one the shell expanded.
  const { files, unmatched } = await expandInputs(inputs);
  if (unmatched.length > 0) throw new UsageError(`no shard reports match ${unmatched.map((u) => `"${u}"`).join(', ')}`, 'Give the report.shard-<i>-of-<n>.json files that batch --shard wrote.');
  const report = await mergeReportFiles(files, opts.out, { force: Boolean(opts.force), ...(lang === undefined ? {} : { lang }) });
  return finish(report, opts, ctx, t(lang, 'cli.batchMerged', { count: files.length }), lang);
}

/** The end of a run: every failure in the same form as `validate`, then the summary and the exit code. */
function finish(report: BatchReport, opts: BatchCliOptions, ctx: CliContext, how: string, lang: string | undefined): number {
  // With --json, stdout carries only the report; the human-readable part goes to stderr.
  const human = opts.json ? ctx.stderr : ctx.stdout;
  const color = opts.json ? stderrColor(ctx) : ctx.color;
  if (opts.json) ctx.stdout.write(formatReportJson(report));
  for (const plan of report.plans) {
    if (plan.status === 'invalid') human.write(`${formatIssues({ file: plan.file, issues: plan.issues, text: plan.text }, { color, lang })}\n`);
    if (plan.status === 'failed' && plan.failure) {
      const failure = { severity: 'error' as const, code: plan.failure.code, path: '', message: plan.failure.message };
      human.write(`${formatIssues({ file: plan.file, issues: [failure], text: undefined }, { color, lang })}\n`);
    }
  }
  const where = report.files ? ` -> ${join(opts.out, report.files.index)}` : '';
  human.write(`${summaryLine(report.summary, lang)} ${how}${where}\n`);
  const bad = report.summary.invalid + report.summary.failed + report.summary.skipped;
  return bad > 0 ? ExitCode.failure : ExitCode.ok;
}

function parseWhole(text: string, flag: string): number {
  if (!/^\d+$/.test(text.trim())) throw new UsageError(`${flag} ${text}: expected a whole number`, 'For example --jobs 4; leave it out to use one worker per CPU core.');
  return Number(text);
}

/** Node's timers hold at most 2^31 - 1 ms (about 24.8 days); a longer delay fires at once. */
const MAX_TIMEOUT_SECONDS = 86_400;

function parseSeconds(text: string): number {
  const n = Number(text);
  if (text.trim() === '' || !Number.isFinite(n) || n <= 0 || n > MAX_TIMEOUT_SECONDS) {
    throw new UsageError(`--timeout ${text}: expected a number of seconds between 1 and ${MAX_TIMEOUT_SECONDS} (one day)`, 'For example --timeout 120; the default is 60.');
  }
  return n;
}

/** --date wins; otherwise SOURCE_DATE_EPOCH (reproducible builds); otherwise each plan's own date. */
function documentDate(opts: BatchCliOptions, ctx: CliContext): { date?: string } {
  if (opts.date !== undefined) return { date: opts.date };
  const epoch = ctx.env['SOURCE_DATE_EPOCH'];
  return epoch ? { date: dateFromEpoch(epoch) } : {};
}
