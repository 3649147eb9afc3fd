import { thisProcess, type StartedWith } from './invocation.js';

/** What every command gets from the program: where to write, and the global options. */
export interface CliContext {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
  /** Whether to colour output (off with --no-color, NO_COLOR, or when not a terminal). */
  color: boolean;
  debug: boolean;
  /** How this process was started, for the commands the CLI prints (see invocation.ts). */
  startedWith: StartedWith;
  /** Set by the command that ran. */
  exitCode: number;
  /**
   * The language of the messages that stop a command: a command that has read a plan sets it to
   * the language of that plan's messages; otherwise the one asked for is used (see askedLanguage).
   */
  lang: string | undefined;
}

export function createContext(argv: readonly string[], overrides: Partial<CliContext> = {}): CliContext {
  const stdout = overrides.stdout ?? process.stdout;
  const env = overrides.env ?? process.env;
  const force = env['FORCE_COLOR'];
  const color =
    !argv.includes('--no-color') &&
    !env['NO_COLOR'] &&
    force !== '0' &&
    (force !== undefined && force !== '' ? true : Boolean((stdout as { isTTY?: boolean }).isTTY) && env['TERM'] !== 'dumb');
  return {
    stdout,
    stderr: overrides.stderr ?? process.stderr,
    stdin: overrides.stdin ?? process.stdin,
    env,
    color,
    debug: argv.includes('--debug'),
    startedWith: thisProcess(argv, env),
    exitCode: 0,
    lang: undefined,
    ...overrides,
  };
}
