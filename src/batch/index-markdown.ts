import { messagesFor } from '../i18n/index.js';
import { effectiveMessageLocale, formatMessage, hasMessage, t } from '../i18n/messages.js';
import { localizeIssues } from '../plan/issue-text.js';
import { FORMAT_NAMES, RENDER_FORMATS } from '../io/output-paths.js';
import { reportFileNames } from './report-json.js';
import type { BatchReport, BatchSummary, PlanResult } from './types.js';

const MAX_LISTED_ERRORS = 10;

/**
 * index.md: one table row per plan (municipality, period, stage, measures, budget, warnings, the
 * reviewer's checklist score and links to its outputs; invalid and failed plans with what went
 * wrong), then the errors of every plan that was not rendered, in plain words (no place in a file is spelt out). Built from the
 * report alone, so merging shards can rebuild it. `lang` is the language of every word of it.
 */
export function formatIndexMarkdown(report: BatchReport, lang?: string): string {
  const out: string[] = [];
  const names = reportFileNames(report.shard);
  out.push(`# ${report.shard ? t(lang, 'batch.index.titleShard', { index: report.shard.index, count: report.shard.count }) : t(lang, 'batch.index.title', {})}`, '');
  out.push(`${t(lang, 'batch.index.intro', { summary: summaryLine(report.summary, lang), generator: report.generator, report: `[${names.report}](${link(names.report)})` })}`, '');
  const columns = (['number', 'file', 'municipality', 'period', 'status', 'measures', 'budget', 'warnings', 'result', 'outputs'] as const).map((c) => t(lang, `batch.index.col.${c}`, {}));
  // The reviewer's checklist score follows the warnings; its heading comes with the checklist's labels.
  columns.splice(8, 0, messagesFor(effectiveMessageLocale(lang)).review.batchColumn);
  out.push(`| ${columns.map(text).join(' | ')} |`);
  out.push('|--:|---|---|---|---|--:|--:|--:|--:|---|---|');
  for (const [i, p] of report.plans.entries()) {
    const s = p.summary;
    const municipality = s.municipality === null ? '' : `${s.municipality}${s.country ? ` (${s.country})` : ''}`;
    const cells = [
      String(i + 1),
      text(p.file),
      text(municipality),
      s.period ? `${s.period.from}–${s.period.to}` : '',
      s.planStatus ? text(t(lang, 'batch.index.status', { status: s.planStatus })) : '',
      s.measures === null ? '' : String(s.measures),
      text(s.budget?.text ?? ''),
      String(p.warnings),
      text(s.review?.text ?? ''),
      result(p, lang),
      outputs(p),
    ];
    out.push(`| ${cells.map((c) => c || '–').join(' | ')} |`);
  }
  const withProgress = report.plans.filter((p) => p.summary.progress !== null);
  if (withProgress.length > 0) {
    const r = messagesFor(effectiveMessageLocale(lang)).followUp.report;
    out.push('', `## ${t(lang, 'batch.index.progress.title', {})}`, '');
    out.push(t(lang, 'batch.index.progress.intro', {}), '');
    const headers = [t(lang, 'batch.index.col.file', {}), r.colYear, r.statusNotStarted, r.statusOnTrack, r.statusDelayed, r.statusCompleted, r.statusCancelled, r.statusNotReported, r.colPlannedToDate, r.colSpentToDate, r.colExecution];
    out.push(`| ${headers.map(text).join(' | ')} |`);
    out.push('|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|');
    for (const p of withProgress) {
      const g = p.summary.progress!;
      const s = g.statuses;
      const cells = [text(p.file), String(g.year), ...[s['not-started'], s['on-track'], s.delayed, s.completed, s.cancelled, s['not-reported']].map(String), text(g.text.plannedToDate), text(g.text.spentToDate), text(g.text.executionRate)];
      out.push(`| ${cells.map((c) => c || '–').join(' | ')} |`);
    }
  }
  const problems = report.plans.filter((p) => p.status === 'invalid' || p.status === 'failed');
  if (problems.length > 0) {
    out.push('', `## ${t(lang, 'batch.index.notRendered', {})}`, '');
    for (const p of problems) {
      out.push(`### ${text(p.file)}`, '');
      if (p.failure) out.push(`- **${p.failure.code}**: ${text(failureText(p.failure, lang))}`);
      const errors = localizeIssues(p.issues.filter((x) => x.severity === 'error'), lang);
      for (const e of errors.slice(0, MAX_LISTED_ERRORS)) {
        const where = t(lang, 'batch.index.where', e.line ? { line: String(e.line), column: e.column ?? 1 } : { line: 'none', column: 0 });
        out.push(`- ${where}: **${e.code}** ${text(e.message)}${e.hint ? ` (${text(e.hint)})` : ''}`);
      }
      if (errors.length > MAX_LISTED_ERRORS) out.push(`- ${t(lang, 'batch.index.more', { count: errors.length - MAX_LISTED_ERRORS, report: names.report })}`);
      out.push('');
    }
  }
  return `${out.join('\n').trimEnd()}\n`;
}

/** `5 plans: 3 rendered (1 with warnings), 1 invalid, 1 failed` (skipped only when there are any). */
export function summaryLine(s: BatchSummary, lang?: string): string {
  return t(lang, 'batch.summary', { plans: s.plans, rendered: s.rendered, withWarnings: s.withWarnings, invalid: s.invalid, failed: s.failed, skipped: s.skipped });
}

/**
 * A failure in the index's language: report.json keeps the English details (the cause, the time
 * limit); another language gives the catalogue's message and hint for the code.
 */
function failureText(failure: { code: string; message: string }, lang: string | undefined): string {
  if (effectiveMessageLocale(lang) === 'en' || !hasMessage(`${failure.code}.message`)) return failure.message;
  return `${formatMessage(lang, `${failure.code}.message`)} (${formatMessage(lang, `${failure.code}.hint`)})`;
}

function result(p: PlanResult, lang: string | undefined): string {
  return t(lang, 'batch.index.result', { result: p.status, errors: p.errors, code: p.failure?.code ?? 'unknown' });
}

function outputs(p: PlanResult): string {
  return RENDER_FORMATS.flatMap((f) => {
    const path = p.outputs[f];
    return path ? [`[${FORMAT_NAMES[f]}](${link(path)})`] : [];
  }).join(' · ');
}

/**
 * A relative link that survives spaces, parentheses, `#`, `?` and non-ASCII names: every path
 * segment is percent-encoded, so no name (nor a crafted `javascript:` in a merged shard report)
 * can become a fragment, a query or a URL scheme.
 */
const link = (path: string): string =>
  path
    .split('/')
    .map((segment) => encodeURIComponent(segment).replace(/\(/g, '%28').replace(/\)/g, '%29'))
    .join('/');

/**
 * User text in running Markdown and table cells: nothing in it may become markup (emphasis, code,
 * links, HTML, a cell break). Characters that only matter at the start of a line stay as they are.
 */
const text = (s: string): string => s.replace(/\r?\n/g, ' ').replace(/[\\`*_[\]|<>~]/g, '\\$&');
