import { RomaPlanError } from '../errors.js';

/**
 * The interview ended before the plan was finished: the person pressed Ctrl+C (inquirer's
 * ExitPromptError), the terminal went away, or something failed. Carries every answer given so far,
 * so that the caller can save the draft; nothing typed is lost.
 */
export class WizardStopped extends RomaPlanError {
  readonly draft: Record<string, unknown>;
  /** The sections finished before the stop, in interview order. */
  readonly done: readonly string[];

  constructor(draft: Record<string, unknown>, done: readonly string[], cause: unknown) {
    super('WIZARD_STOPPED', cause instanceof Error ? cause.message : String(cause), { cause });
    this.name = 'WizardStopped';
    this.draft = draft;
    this.done = done;
  }

  /** True when the person chose to stop (Ctrl+C), false when something went wrong. */
  get byUser(): boolean {
    const name = this.cause instanceof Error ? this.cause.name : '';
    return name === 'ExitPromptError' || name === 'AbortPromptError';
  }
}
