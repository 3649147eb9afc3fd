import { Document } from 'yaml';

/** The line of a draft file that records which steps are finished: `:year` and the measures. */
const MARKER = 'roma-plan-progress-done:';

/** The step of the questions about the whole year (who prepared the report, its date). */
export const YEAR_STEP = ':year';

/**
 * A draft of one year as a file: the answers so far in the shape of one year of the progress file
 * (so that `--answers` can take it), with the command that continues it and the finished steps in
 * comments.
 */
export function formatYearDraft(entry: unknown, done: readonly string[], heading: string, resumeCommand: string): string {
  return [`# ${heading}`, `#   ${resumeCommand}`, `# ${MARKER} ${done.join(' ')}`, new Document(entry, { compat: 'yaml-1.1' }).toString({ lineWidth: 0 })].join('\n');
}

/** The finished steps a draft file records, or undefined when the text is not a draft of the progress wizard. */
export function yearDraftProgress(text: string): string[] | undefined {
  const line = text.split(/\r?\n/).find((l) => l.startsWith(`# ${MARKER}`));
  if (line === undefined) return undefined;
  return line
    .slice(`# ${MARKER}`.length)
    .trim()
    .split(/\s+/)
    .filter((step) => step !== '');
}
