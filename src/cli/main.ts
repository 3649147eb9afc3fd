import { RomaPlanError } from '../errors.js';
import { ExitCode } from './exit-codes.js';
import { createContext, type CliContext } from './context.js';
import { createProgram } from './program.js';

/**
 * Runs the CLI and returns the exit code. Everything that can go wrong ends here: expected problems
 * become a message and exit 1 or 2, Ctrl+C exits 130, and anything else is a bug (exit 70).
 */
export async function main(argv: readonly string[], overrides: Partial<CliContext> = {}): Promise<number> {
  const ctx = createContext(argv, overrides);
  const program = createProgram(ctx);
  // A closed pipe (`roma-plan ... | head`) is not an error; any other failed write (a full disk
  // behind `> out.md`, /dev/full) means the output is truncated, which must not end with exit 0.
  let stdoutError: NodeJS.ErrnoException | undefined;
  ctx.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0);
    stdoutError ??= err;
  });
  try {
    await program.parseAsync([...argv]);
    stdoutError ??= await flushed(ctx.stdout);
    if (stdoutError && stdoutError.code !== 'EPIPE') {
      const reason = stdoutError.code ?? stdoutError.message;
      throw new RomaPlanError('WRITE_FAILED', `the output could not be written to standard output (${reason})`, { key: 'fatal.stdoutFailed', params: { reason, kind: stdoutError.code === 'ENOSPC' ? 'full' : 'other' } });
    }
    return ctx.exitCode;
  } catch (err) {
    // Only now: the message catalogue is not loaded for a command that ends well (--help stays instant).
    const [{ reportFatal }, { askedLanguage }] = await Promise.all([import('./fatal.js'), import('./language.js')]);
    ctx.lang ??= askedLanguage(argv, ctx.env);
    return reportFatal(err, ctx);
  }
}

/** Resolves once everything written so far has been handed to the system, with the error if that failed. */
function flushed(stream: NodeJS.WritableStream): Promise<NodeJS.ErrnoException | undefined> {
  return new Promise((resolve) => {
    try {
      stream.write('', (err?: Error | null) => resolve((err as NodeJS.ErrnoException | null) ?? undefined));
    } catch (err) {
      resolve(err as NodeJS.ErrnoException);
    }
  });
}

export { ExitCode };
