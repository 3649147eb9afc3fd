/** The exit codes every command uses (documented in the README). */
export const ExitCode = {
  ok: 0,
  /** Invalid input or failed work: a plan with errors, a file that cannot be read or written. */
  failure: 1,
  /** The command line itself is wrong: unknown option, missing argument. */
  usage: 2,
  /** A bug: something unexpected went wrong. */
  internal: 70,
  /** The user pressed Ctrl+C. */
  cancelled: 130,
  /** The process was asked to stop (SIGTERM), as a shell reports it: 128 + 15. */
  terminated: 143,
} as const;
