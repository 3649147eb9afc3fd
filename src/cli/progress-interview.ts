import { stringify } from 'yaml';
import { fill } from '../i18n/index.js';
import type { ProgressYear } from '../progress/types.js';
import type { YearContext } from '../progress-wizard/missing.js';
import type { ProgressWizardLanguage } from '../progress-wizard/texts.js';
import type { Ask } from '../wizard/ask.js';
import { WizardStopped } from '../wizard/stopped.js';
import type { CliContext } from './context.js';
import { ExitCode } from './exit-codes.js';
import { saveYearDraft, type YearStart } from './progress-files.js';

export interface ProgressInterviewSetup {
  context: YearContext;
  lang: string | undefined;
  draftFile: string;
  /** The command that continues the interview, printed on Ctrl+C and written into the draft. */
  command: string;
  review: boolean;
}

/**
 * Runs the progress interview on the terminal, saving the draft after every measure. On Ctrl+C
 * (inquirer's ExitPromptError, or SIGINT between questions, which aborts `stop`) the draft is saved
 * and the command to continue is printed; the result is then exit code 130. Anything else that goes
 * wrong is rethrown after the draft is saved.
 */
export async function progressInterview(ask: Ask, stop: AbortController, start: YearStart, setup: ProgressInterviewSetup, ctx: CliContext, l: ProgressWizardLanguage): Promise<ProgressYear | number> {
  const onSigint = () => stop.abort();
  process.on('SIGINT', onSigint);
  const { context } = setup;
  try {
    const { collectProgressYear } = await import('../progress-wizard/collect-progress-year.js');
    return await collectProgressYear(ask, {
      ...context,
      draft: start.data,
      locale: setup.lang,
      review: setup.review,
      ...(start.done !== undefined ? { done: start.done } : {}),
      onStep: async (entry, progress) => {
        await saveYearDraft(setup.draftFile, setup.command, entry, progress.done, ctx, l);
      },
    });
  } catch (err) {
    if (!(err instanceof WizardStopped)) throw err;
    if (await saveYearDraft(setup.draftFile, setup.command, err.draft, err.done, ctx, l)) {
      ctx.stderr.write(`\n${fill(l.messages.cli.draftSaved, { draft: setup.draftFile })}\n${l.messages.cli.continueWith}\n  ${setup.command}\n`);
    } else {
      // The draft cannot be written: print it, so that nothing typed is lost.
      ctx.stdout.write(stringify(err.draft, { lineWidth: 0 }));
    }
    if (err.byUser) return ExitCode.cancelled;
    throw err.cause;
  } finally {
    process.off('SIGINT', onSigint);
  }
}
