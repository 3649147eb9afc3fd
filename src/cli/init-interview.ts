import { dirname, resolve } from 'node:path';
import { fill } from '../i18n/index.js';
import { schemaReferenceFrom } from '../io/package-paths.js';
import type { Plan } from '../plan/types.js';
import type { Ask } from '../wizard/ask.js';
import { formatDraft } from '../wizard/draft.js';
import type { WizardLanguage, WizardMessages } from '../wizard/messages.js';
import { WizardStopped } from '../wizard/stopped.js';
import type { CliContext } from './context.js';
import { ExitCode } from './exit-codes.js';
import { resumeCommand, saveDraft, type StartingPoint } from './init-files.js';

export interface InterviewSetup {
  target: string;
  /** The draft file, and whether this run has written (or resumed) it. */
  draft: { file: string; written: boolean };
  lang: string | undefined;
  /** Called with each saved draft, so that the CLI's own words follow the plan's language. */
  follow: (data: unknown) => void;
  messages: () => WizardMessages;
  /** The language to start in without --lang, until the plan's is chosen: the environment's. */
  initialLang?: string;
  /** Called with the interview's language whenever it is set (see CollectOptions.onLanguage). */
  speak?: (language: WizardLanguage) => void;
  /** The command that continues after Ctrl+C; `init <target> --resume` unless told. */
  resume?: string;
  /** `review`: open the review screen at once (`roma-plan edit`). */
  startAt?: 'review';
}

/**
 * Runs the interview on the terminal, saving the draft after every section. On Ctrl+C (inquirer's
 * ExitPromptError, or SIGINT between questions, which aborts `stop`) the draft is saved and the
 * command to continue is printed; the result is then exit code 130. Anything else that goes wrong
 * is rethrown after the draft is saved.
 */
export async function interview(ask: Ask, stop: AbortController, start: StartingPoint, setup: InterviewSetup, ctx: CliContext): Promise<Plan | number> {
  const { draft } = setup;
  const command = setup.resume ?? resumeCommand(setup.target, setup.lang, ctx.startedWith);
  const onSigint = () => stop.abort();
  process.on('SIGINT', onSigint);
  try {
    const { collectPlan } = await import('../wizard/collect-plan.js');
    return await collectPlan(ask, {
      draft: start.data,
      ...(setup.lang !== undefined ? { locale: setup.lang } : {}),
      ...(setup.initialLang !== undefined ? { initialLocale: setup.initialLang } : {}),
      ...(start.done !== undefined ? { done: start.done, review: true } : {}),
      ...(setup.startAt !== undefined ? { startAt: setup.startAt } : {}),
      ...(setup.speak !== undefined ? { onLanguage: setup.speak } : {}),
      onSection: async (data, progress) => {
        setup.follow(data);
        draft.written = (await saveDraft(draft.file, command, data, progress.done, ctx, setup.messages())) || draft.written;
      },
    });
  } catch (err) {
    if (!(err instanceof WizardStopped)) throw err;
    const m = setup.messages();
    if (await saveDraft(draft.file, command, err.draft, err.done, ctx, m)) {
      ctx.stderr.write(`\n${fill(m.cli.draftSaved, { draft: draft.file })}\n${m.cli.continueWith}\n  ${command}\n`);
    } else {
      // The draft cannot be written (disk full, folder gone): print it, so that nothing is lost.
      ctx.stdout.write(formatDraft(err.draft, err.done, command, schemaReferenceFrom(dirname(resolve(draft.file)))));
    }
    if (err.byUser) return ExitCode.cancelled;
    throw err.cause;
  } finally {
    process.off('SIGINT', onSigint);
  }
}
