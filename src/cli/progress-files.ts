import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { UsageError } from '../errors.js';
import { fill } from '../i18n/index.js';
import { writeFileAtomic } from '../io/write-atomic.js';
import { loadPlanText } from '../plan/load.js';
import { formatYearDraft, yearDraftProgress } from '../progress-wizard/year-draft.js';
import type { ProgressWizardLanguage } from '../progress-wizard/texts.js';
import type { CliContext } from './context.js';
import { commandLine, type StartedWith } from './invocation.js';
import { formatIssues } from './report.js';

/** What `progress` starts from: one year's answers, and the steps a previous run finished. */
export interface YearStart {
  data: unknown;
  done?: string[];
  from?: string;
}

/** The command that continues an interrupted progress wizard, as this one was started. */
export function progressResumeCommand(plan: string, year: number, out: string | undefined, lang: string | undefined, startedWith: StartedWith): string {
  return commandLine(['progress', plan, '--year', String(year), ...(out !== undefined ? ['--out', out] : []), '--resume', ...(lang !== undefined ? ['--lang', lang] : [])], startedWith);
}

/**
 * Reads the year's answers to start from: the draft (--resume) or an answers file. A file that
 * cannot be read or is not a YAML mapping is reported and `undefined` returned (exit 1); answers
 * for another year are a usage error.
 */
export async function readYearStart(opts: { answers?: string; resume?: boolean }, draftFile: string, year: number, ctx: CliContext, l: ProgressWizardLanguage): Promise<YearStart | undefined> {
  const file = opts.resume ? draftFile : opts.answers;
  if (file === undefined) return { data: undefined };
  if (opts.resume && !existsSync(draftFile)) throw new UsageError(fill(l.messages.cli.resumeNoDraft, { draft: draftFile }), 'Start without --resume to record the year from the beginning.');
  const text = await readFile(file, 'utf8').catch((err: unknown) => {
    throw new UsageError(`${file}: ${err instanceof Error ? err.message : String(err)}`);
  });
  const loaded = loadPlanText(text, file);
  const data = loaded.data;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    ctx.stderr.write(formatIssues(loaded, { color: ctx.color }));
    return undefined;
  }
  const given = (data as Record<string, unknown>)['year'];
  if (given !== undefined && given !== year) {
    const message = opts.resume ? fill(l.p.cli.draftOtherYear, { draft: file, draftYear: String(given), year }) : fill(l.p.cli.answersOtherYear, { file, answersYear: String(given), year });
    throw new UsageError(message, `--year ${String(given)}`);
  }
  return { data, from: file, ...(opts.resume ? { done: yearDraftProgress(text) ?? [] } : {}) };
}

/** Saves the year's draft atomically; a failure is reported but does not stop the interview. */
export async function saveYearDraft(draftFile: string, command: string, entry: unknown, done: readonly string[], ctx: CliContext, l: ProgressWizardLanguage): Promise<boolean> {
  try {
    await writeFileAtomic(draftFile, formatYearDraft(entry, done, l.p.draft, command), { force: true });
    return true;
  } catch (err) {
    ctx.stderr.write(`${fill(l.messages.cli.draftNotSaved, { reason: err instanceof Error ? err.message : String(err) })}\n`);
    return false;
  }
}
