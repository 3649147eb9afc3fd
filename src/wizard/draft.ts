import { basename, dirname, join } from 'node:path';
import { formatPlanYaml } from './format-plan.js';
import { SECTION_IDS } from './sections/index.js';

/** The line of a draft file that records which sections are finished. */
const MARKER = 'roma-plan-wizard-done:';

/** Where the draft of `file` is kept: next to it, `plan.yaml` -> `plan.draft.yaml`. */
export function draftPathFor(file: string): string {
  const name = basename(file).replace(/\.(ya?ml|json)$/i, '');
  return join(dirname(file), `${name}.draft.yaml`);
}

/**
 * A draft as a file: the answers so far in the plan format (so that `validate` can read it and
 * `--answers` can take it), with the command that continues it and the finished sections in comments.
 */
export function formatDraft(draft: unknown, done: readonly string[], resumeCommand: string, schema?: string): string {
  return formatPlanYaml(draft, { draft: true, header: [`  ${resumeCommand}`, `${MARKER} ${done.join(' ')}`], ...(schema === undefined ? {} : { schema }) });
}

/** The finished sections a draft file records, or undefined when the text is not a wizard draft. */
export function draftProgress(text: string): string[] | undefined {
  const line = text.split(/\r?\n/).find((l) => l.startsWith(`# ${MARKER}`));
  if (line === undefined) return undefined;
  return line
    .slice(`# ${MARKER}`.length)
    .trim()
    .split(/\s+/)
    .filter((id) => SECTION_IDS.includes(id));
}
