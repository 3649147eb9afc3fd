import { Chalk } from 'chalk';
import { formatMessage } from '../i18n/messages.js';
import type { Issue } from '../plan/issue.js';
import { localizeIssues } from '../plan/issue-text.js';
import type { LoadedPlan } from '../plan/load.js';
import { printable } from './printable.js';

export type FileStatus = 'valid' | 'warnings' | 'invalid';

/** valid: no issue; warnings: usable but with warnings; invalid: errors (or warnings under --strict). */
export function fileStatus(loaded: Pick<LoadedPlan, 'ok' | 'issues'>, strict = false): FileStatus {
  if (!loaded.ok) return 'invalid';
  const warnings = loaded.issues.some((i) => i.severity === 'warning');
  if (warnings) return strict ? 'invalid' : 'warnings';
  return 'valid';
}

export interface ReportStyle {
  color: boolean;
  quiet?: boolean;
  /** The language of the messages, hints and labels (English by default). */
  lang?: string;
}

/**
 * One block per issue, in the form editors and terminals recognise:
 *
 *   plans/pecs.yaml:41:15  error  OUTSIDE_PERIOD  areas.education.objectives[0].measures[1].end
 *     measure 5.1.2 “Homework club”: its end (2031) is after the plan period (2026–2030)
 *     hint: Move the end of the measure into the period, or let the plan period run until 2031.
 *
 * The first line is for people who edit the file (position, code, path); the rest is in the
 * reader's language and plain words. Errors come before warnings.
 *       41 |         end: 2031
 *          |              ^
 */
export function formatIssues(loaded: Pick<LoadedPlan, 'file' | 'issues' | 'text'>, style: ReportStyle): string {
  const c = new Chalk({ level: style.color ? 1 : 0 });
  const lines = loaded.text?.split(/\r?\n/);
  let out = '';
  const issues = localizeIssues(loaded.issues, style.lang);
  const hint = formatMessage(style.lang, 'cli.hint');
  const errorWord = formatMessage(style.lang, 'cli.severity.error');
  const warningWord = formatMessage(style.lang, 'cli.severity.warning');
  for (const issue of [...issues.filter((i) => i.severity === 'error'), ...issues.filter((i) => i.severity !== 'error')]) {
    if (style.quiet && issue.severity === 'warning') continue;
    const where = `${printable(loaded.file)}${issue.line ? `:${issue.line}:${issue.column ?? 1}` : ''}`;
    const sev = issue.severity === 'error' ? c.red.bold(errorWord) : c.yellow.bold(warningWord);
    out += `${c.bold(where)}  ${sev}  ${c.dim(issue.code)}${issue.path ? `  ${c.cyan(issue.path)}` : ''}\n`;
    out += `  ${printable(issue.message)}\n`;
    if (issue.hint) out += `  ${c.green(hint)} ${printable(issue.hint)}\n`;
    const source = issue.line ? lines?.[issue.line - 1] : undefined;
    if (source !== undefined && source.trim() !== '') out += caret(source, issue, c);
  }
  return out;
}

function caret(source: string, issue: Issue, c: InstanceType<typeof Chalk>): string {
  const number = String(issue.line);
  const pad = ' '.repeat(number.length);
  const shown = printable(source.replace(/\t/g, ' ').slice(0, 160));
  const col = Math.min(Math.max((issue.column ?? 1) - 1, 0), shown.length);
  return `  ${c.dim(`${number} |`)} ${shown}\n  ${c.dim(`${pad} |`)} ${' '.repeat(col)}${c.red('^')}\n`;
}

export interface Counts {
  valid: number;
  warnings: number;
  invalid: number;
}

export function countStatuses(statuses: readonly FileStatus[]): Counts {
  return {
    valid: statuses.filter((s) => s === 'valid').length,
    warnings: statuses.filter((s) => s === 'warnings').length,
    invalid: statuses.filter((s) => s === 'invalid').length,
  };
}

/** `3 plans: 1 valid, 1 with warnings, 1 invalid`, in the reader's language; red when any is invalid. */
export function formatSummary(counts: Counts, color: boolean, lang?: string): string {
  const c = new Chalk({ level: color ? 1 : 0 });
  const total = counts.valid + counts.warnings + counts.invalid;
  const line = formatMessage(lang, 'cli.summary', { total, ...counts });
  return `${counts.invalid ? c.red(line) : counts.warnings ? c.yellow(line) : c.green(line)}\n`;
}

/** The stable shape of `--json` issues (documented in the README). */
export { issueToJson as issueJson } from '../plan/issue.js';
