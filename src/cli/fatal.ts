import { startedAs } from './invocation.js';
import { RomaPlanError, UsageError } from '../errors.js';
import { formatMessage, hasMessage } from '../i18n/messages.js';
import { issueText } from '../plan/issue-text.js';
import type { CliContext } from './context.js';
import { ExitCode } from './exit-codes.js';
import { printable } from './printable.js';

interface CommanderLike {
  code: string;
  exitCode: number;
}

/** Turns whatever escaped a command into a message and an exit code. Never rethrows. */
export function reportFatal(err: unknown, ctx: CliContext): number {
  const lang = ctx.lang;
  const name = err instanceof Error ? err.name : '';
  if (name === 'ExitPromptError' || name === 'AbortPromptError') {
    ctx.stderr.write(`\n${formatMessage(lang, 'fatal.cancelled.message')}\n`);
    return ExitCode.cancelled;
  }
  if (isCommanderError(err)) {
    // commander has already printed its message (or the help / version).
    if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') return ExitCode.ok;
    return err.exitCode === 0 ? ExitCode.ok : ExitCode.usage;
  }
  if (err instanceof RomaPlanError) {
    const { message, hint } = wording(err, lang);
    // A message that already starts with the file name (`pecs.md already exists`) is not prefixed twice.
    const named = err.file !== undefined && err.line === undefined && message.includes(err.file);
    const where = err.file && !named ? `${err.file}${err.line ? `:${err.line}:${err.column ?? 1}` : ''}: ` : '';
    ctx.stderr.write(printable(`roma-plan: ${where}${message}`) + '\n');
    // A hint that names a command names it as this process was started (`npx roma-plan edit …`).
    if (hint) ctx.stderr.write(printable(`  ${formatMessage(lang, 'cli.hint')} ${startedAs(hint, ctx.startedWith)}`) + '\n');
    if (ctx.debug && err.stack) ctx.stderr.write(`${err.stack}\n`);
    return err instanceof UsageError ? ExitCode.usage : ExitCode.failure;
  }
  const message = err instanceof Error ? err.message : String(err);
  ctx.stderr.write(
    `roma-plan: ${formatMessage(lang, 'fatal.internal.message', { message: printable(message) })}\n` +
      `${formatMessage(lang, 'fatal.internal.hint')}\n` +
      (ctx.debug ? `${err instanceof Error ? err.stack : ''}\n` : `${formatMessage(lang, 'fatal.internal.debug')}\n`),
  );
  return ExitCode.internal;
}

/**
 * The error in the user's language when the catalogue words it (it carries the values its message
 * needs), else as the code that raised it worded it.
 */
function wording(err: RomaPlanError, lang: string | undefined): { message: string; hint?: string } {
  const key = err.key ?? err.code;
  if (err.params !== undefined && hasMessage(`${key}.message`)) {
    const text = issueText(key, err.params, lang);
    if (text) return text;
  }
  return err.hint === undefined ? { message: err.message } : { message: err.message, hint: err.hint };
}

function isCommanderError(err: unknown): err is CommanderLike {
  return typeof err === 'object' && err !== null && 'code' in err && typeof (err as CommanderLike).code === 'string' && (err as CommanderLike).code.startsWith('commander.');
}
