import { existsSync } from 'node:fs';
import type { WizardHelp } from '../i18n/wizard-help-en.js';
import type { Ask } from '../wizard/ask.js';
import type { WizardMessages } from '../wizard/messages.js';
import type { CliContext } from './context.js';
import { defaultEditor } from './invocation.js';

/**
 * The wizard's questions on this terminal (`init`, `edit`, `progress`): the prompt adapter with the
 * words it follows, Ctrl+C between questions through `stop`, and the editor this system offers for
 * long answers. inquirer is loaded only here, so that a command without a terminal never loads it.
 */
export async function wizardTerminal(ctx: CliContext, stop: AbortController, messages: () => WizardMessages, help?: () => WizardHelp): Promise<Ask> {
  const { createPromptAdapter } = await import('./prompt-adapter.js');
  const editor = defaultEditor(ctx.startedWith, existsSync);
  return createPromptAdapter({
    input: ctx.stdin,
    output: ctx.stdout,
    color: ctx.color,
    messages,
    ...(help ? { help } : {}),
    signal: stop.signal,
    ...(editor === undefined ? {} : { editor }),
  });
}

/** The `language` a plan file or draft names, if any. */
export function languageOf(data: unknown): string | undefined {
  const language = data !== null && typeof data === 'object' ? (data as Record<string, unknown>)['language'] : undefined;
  return typeof language === 'string' ? language : undefined;
}
