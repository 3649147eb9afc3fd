import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { readFile, unlink } from 'node:fs/promises';
import { UsageError } from '../errors.js';
import { fill } from '../i18n/index.js';
import { schemaReferenceFrom } from '../io/package-paths.js';
import { writeFileAtomic } from '../io/write-atomic.js';
import { loadPlan, loadPlanText, type LoadedPlan } from '../plan/load.js';
import { draftProgress, formatDraft } from '../wizard/draft.js';
import type { WizardMessages } from '../wizard/messages.js';
import type { CliContext } from './context.js';
import { commandLine, quoteArg, type StartedWith } from './invocation.js';
import { formatIssues } from './report.js';

/** What `init` starts from: answers already given, and the sections a previous run finished. */
export interface StartingPoint {
  data: unknown;
  /** Set when continuing a wizard draft. */
  done?: string[];
  /** The file the answers came from, for messages. */
  from?: string;
}

/**
 * The command that continues an interrupted wizard, as the person started this one (`npx
 * roma-plan`, `node bin/roma-plan.js` or `roma-plan`), in the same language and with the same
 * global options.
 */
export function resumeCommand(file: string, lang: string | undefined, startedWith: StartedWith): string {
  return commandLine(['init', file, '--resume', ...(lang !== undefined ? ['--lang', lang] : [])], startedWith);
}

/** Quotes a path for the person's shell only when it needs it. */
export function shellQuote(s: string, startedWith: StartedWith): string {
  return quoteArg(s, startedWith.platform);
}

/**
 * Reads the answers to start from. A file that cannot be read or parsed is reported and `undefined`
 * returned (exit 1); problems with the values themselves are for the wizard to ask about again.
 */
export async function readStart(opts: { answers?: string; resume?: boolean }, draftFile: string, ctx: CliContext, m: WizardMessages): Promise<StartingPoint | undefined> {
  if (opts.resume) {
    if (!existsSync(draftFile)) throw new UsageError(fill(m.cli.resumeNoDraft, { draft: draftFile }), 'Start without --resume to begin a new plan.');
    const text = await readFile(draftFile, 'utf8');
    const loaded = loadPlanText(text, draftFile);
    if (!readable(loaded, ctx)) return undefined;
    return { data: loaded.data, done: draftProgress(text) ?? [], from: draftFile };
  }
  if (opts.answers !== undefined) {
    const loaded = await loadPlan(opts.answers);
    if (!readable(loaded, ctx)) return undefined;
    return { data: loaded.data, from: opts.answers };
  }
  return { data: undefined };
}

/** A file whose text is not a YAML mapping cannot be answers; say where it is broken. */
function readable(loaded: LoadedPlan, ctx: CliContext): boolean {
  if (loaded.data !== undefined && loaded.data !== null && typeof loaded.data === 'object' && !Array.isArray(loaded.data)) return true;
  ctx.stderr.write(formatIssues(loaded, { color: ctx.color }));
  return false;
}

/** Saves the draft atomically; a failure is reported but does not stop the interview. */
export async function saveDraft(draftFile: string, command: string, draft: unknown, done: readonly string[], ctx: CliContext, m: WizardMessages): Promise<boolean> {
  try {
    await writeFileAtomic(draftFile, formatDraft(draft, done, command, schemaReferenceFrom(dirname(resolve(draftFile)))), { force: true });
    return true;
  } catch (err) {
    ctx.stderr.write(`${fill(m.cli.draftNotSaved, { reason: err instanceof Error ? err.message : String(err) })}\n`);
    return false;
  }
}

/** Removes the draft once the plan is saved; a draft already gone is fine. */
export async function removeDraft(draftFile: string): Promise<void> {
  await unlink(draftFile).catch(() => undefined);
}
