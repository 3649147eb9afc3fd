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
  // A closed pipe (`roma-plan ... | head`) is not an error.
  ctx.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0);
  });
  try {
    await program.parseAsync([...argv]);
    return ctx.exitCode;
  } catch (err) {
    const { reportFatal } = await import('./fatal.js');
    return reportFatal(err, ctx);
  }
}

export { ExitCode };
