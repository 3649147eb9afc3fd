import { RomaPlanError, UsageError } from '../errors.js';
import type { CliContext } from './context.js';
import { ExitCode } from './exit-codes.js';
import { printable } from './printable.js';

interface CommanderLike {
  code: string;
  exitCode: number;
}

/** Turns whatever escaped a command into a message and an exit code. Never rethrows. */
export function reportFatal(err: unknown, ctx: CliContext): number {
  const name = err instanceof Error ? err.name : '';
  if (name === 'ExitPromptError' || name === 'AbortPromptError') {
    ctx.stderr.write('\nCancelled.\n');
    return ExitCode.cancelled;
  }
  if (isCommanderError(err)) {
    // commander has already printed its message (or the help / version).
    if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') return ExitCode.ok;
    return err.exitCode === 0 ? ExitCode.ok : ExitCode.usage;
  }
  if (err instanceof RomaPlanError) {
    // A message that already starts with the file name (`pecs.md already exists`) is not prefixed twice.
    const named = err.file !== undefined && err.line === undefined && err.message.startsWith(`${err.file} `);
    const where = err.file && !named ? `${err.file}${err.line ? `:${err.line}:${err.column ?? 1}` : ''}: ` : '';
    ctx.stderr.write(printable(`roma-plan: ${where}${err.message}`) + '\n');
    if (err.hint) ctx.stderr.write(printable(`  hint: ${err.hint}`) + '\n');
    if (ctx.debug && err.stack) ctx.stderr.write(`${err.stack}\n`);
    return err instanceof UsageError ? ExitCode.usage : ExitCode.failure;
  }
  const message = err instanceof Error ? err.message : String(err);
  ctx.stderr.write(
    `roma-plan: internal error: ${printable(message)}\n` +
      'This is a bug in roma-plan. Please report it with the command you ran and, if you can, the plan file.\n' +
      (ctx.debug ? `${err instanceof Error ? err.stack : ''}\n` : 'Run again with --debug to see the details.\n'),
  );
  return ExitCode.internal;
}

function isCommanderError(err: unknown): err is CommanderLike {
  return typeof err === 'object' && err !== null && 'code' in err && typeof (err as CommanderLike).code === 'string' && (err as CommanderLike).code.startsWith('commander.');
}
