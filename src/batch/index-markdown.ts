import { FORMAT_NAMES, RENDER_FORMATS } from '../io/output-paths.js';
import { reportFileNames } from './report-json.js';
import type { BatchReport, BatchSummary, PlanResult } from './types.js';

const MAX_LISTED_ERRORS = 10;

/**
 * index.md: one table row per plan (municipality, period, status, measures, budget, warnings and
 * links to its outputs; invalid and failed plans with what went wrong), then the errors of every
 * plan that was not rendered. Built from the report alone, so merging shards can rebuild it.
 */
export function formatIndexMarkdown(report: BatchReport): string {
  const out: string[] = [];
  const shard = report.shard ? ` (shard ${report.shard.index} of ${report.shard.count})` : '';
  out.push(`# Batch report${shard}`, '');
  out.push(`${summaryLine(report.summary)}. Made by ${report.generator}; every issue is in [${reportFileNames(report.shard).report}](${link(reportFileNames(report.shard).report)}).`, '');
  out.push('| # | Plan file | Municipality | Period | Status | Measures | Total budget | Warnings | Result | Outputs |');
  out.push('|--:|---|---|---|---|--:|--:|--:|---|---|');
  for (const [i, p] of report.plans.entries()) {
    const s = p.summary;
    const municipality = s.municipality === null ? '' : `${s.municipality}${s.country ? ` (${s.country})` : ''}`;
    const cells = [
      String(i + 1),
      text(p.file),
      text(municipality),
      s.period ? `${s.period.from}–${s.period.to}` : '',
      text(s.planStatus ?? ''),
      s.measures === null ? '' : String(s.measures),
      text(s.budget?.text ?? ''),
      String(p.warnings),
      result(p),
      outputs(p),
    ];
    out.push(`| ${cells.map((c) => c || '–').join(' | ')} |`);
  }
  const problems = report.plans.filter((p) => p.status === 'invalid' || p.status === 'failed');
  if (problems.length > 0) {
    out.push('', '## Plans that were not rendered', '');
    for (const p of problems) {
      out.push(`### ${text(p.file)}`, '');
      if (p.failure) out.push(`- **${p.failure.code}**: ${text(p.failure.message)}`);
      const errors = p.issues.filter((x) => x.severity === 'error');
      for (const e of errors.slice(0, MAX_LISTED_ERRORS)) {
        const where = e.line ? `line ${e.line}, column ${e.column ?? 1}` : 'the file';
        out.push(`- ${where}${e.path ? `, \`${code(e.path)}\`` : ''}: **${e.code}** ${text(e.message)}${e.hint ? ` (${text(e.hint)})` : ''}`);
      }
      if (errors.length > MAX_LISTED_ERRORS) out.push(`- … and ${errors.length - MAX_LISTED_ERRORS} more errors in report.json`);
      out.push('');
    }
  }
  return `${out.join('\n').trimEnd()}\n`;
}

/** `5 plans: 3 rendered (1 with warnings), 1 invalid, 1 failed` (skipped only when there are any). */
export function summaryLine(s: BatchSummary): string {
  const parts = [`${s.rendered} rendered${s.withWarnings ? ` (${s.withWarnings} with warnings)` : ''}`, `${s.invalid} invalid`, `${s.failed} failed`];
  if (s.skipped) parts.push(`${s.skipped} skipped`);
  return `${s.plans} plan${s.plans === 1 ? '' : 's'}: ${parts.join(', ')}`;
}

function result(p: PlanResult): string {
  switch (p.status) {
    case 'rendered':
      return 'rendered';
    case 'warnings':
      return 'rendered with warnings';
    case 'invalid':
      return `**invalid**: ${p.errors} error${p.errors === 1 ? '' : 's'}`;
    case 'failed':
      return `**failed**: ${p.failure?.code ?? 'unknown'}`;
    case 'skipped':
      return 'skipped';
  }
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
const code = (s: string): string => s.replace(/`/g, "'");
