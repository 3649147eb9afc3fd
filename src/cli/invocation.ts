import { posix, win32 } from 'node:path';

/**
 * How this process was started, so that a command the CLI prints (the one that continues the
 * wizard after Ctrl+C, the one that renders the plan later) is one the person can type again as it
 * is. Everything that differs between Windows and POSIX shells is here, and depends only on the
 * values passed in, so that both are tested on any machine.
 */
export interface StartedWith {
  /** process.argv: the Node.js executable, the script, then the arguments. */
  argv: readonly string[];
  env: NodeJS.ProcessEnv;
  cwd: string;
  platform: NodeJS.Platform;
}

const NAME = 'roma-plan';

/** The words that start roma-plan as this process was started: `npx roma-plan`, `roma-plan` or `node <script>`. */
export function invocation(s: StartedWith): string[] {
  const script = s.argv[1];
  if (script === undefined) return [NAME];
  const path = s.platform === 'win32' ? win32 : posix;
  // npx (and `npm exec`) set npm_command=exec for the program they start, which npx finds again,
  // installed locally, globally or in its cache. Programs that program starts inherit the
  // variable, so it counts only for a script npm found in a node_modules folder.
  if (s.env['npm_command'] === 'exec' && path.resolve(s.cwd, script).split(path.sep).includes('node_modules')) return ['npx', NAME];
  if (onPath(script, s)) return [NAME];
  const rel = path.relative(s.cwd, script);
  const shown = rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : path.resolve(s.cwd, script);
  return ['node', shown];
}

/**
 * Whether the script was started through the `roma-plan` command on the PATH. On POSIX the shell
 * hands Node the path of the link it found (`/usr/local/bin/roma-plan`); on Windows npm's
 * `roma-plan.cmd` (or `.ps1`) beside the package folder starts `node <dir>\node_modules\roma-plan\bin\roma-plan.js`.
 */
function onPath(script: string, s: StartedWith): boolean {
  const win = s.platform === 'win32';
  const path = win ? win32 : posix;
  const pathVar = (win ? Object.entries(s.env).find(([k]) => k.toUpperCase() === 'PATH')?.[1] : s.env['PATH']) ?? '';
  const same = (a: string, b: string) => (win ? a.toLowerCase() === b.toLowerCase() : a === b);
  const dirs = pathVar.split(path.delimiter).filter((d) => d !== '').map((d) => path.resolve(s.cwd, d.replace(/^"(.*)"$/, '$1')));
  const abs = path.resolve(s.cwd, script);
  if (win) {
    const shimDir = path.resolve(abs, '..', '..', '..', '..');
    return same(abs, path.join(shimDir, 'node_modules', NAME, 'bin', `${NAME}.js`)) && dirs.some((d) => same(d, shimDir));
  }
  return path.basename(abs) === NAME && dirs.some((d) => same(d, path.dirname(abs)));
}

/**
 * Quotes one word for the person's shell, only when it needs it: single quotes for POSIX shells;
 * double quotes on Windows, which both PowerShell and cmd.exe read as one word.
 */
export function quoteArg(word: string, platform: NodeJS.Platform): string {
  if (platform === 'win32') return /^[\w@%+=:,./\\-]+$/.test(word) ? word : `"${word.replace(/"/g, '""')}"`;
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

/** The global options of this run that a printed command keeps. */
function globalOptions(argv: readonly string[]): string[] {
  return ['--no-color', '--debug'].filter((o) => argv.slice(2).includes(o));
}

/**
 * A command line that runs roma-plan with `args` the way this process was started, with the same
 * global options, quoted for the person's shell.
 */
export function commandLine(args: readonly string[], s: StartedWith): string {
  return [...invocation(s), ...globalOptions(s.argv), ...args].map((w) => quoteArg(w, s.platform)).join(' ');
}

/**
 * Rewrites the commands a translated message writes as `roma-plan <command> ...` so they start the
 * way this process was started (`npx roma-plan render plan.yaml`, `node bin/roma-plan.js render plan.yaml`).
 */
export function startedAs(text: string, s: StartedWith): string {
  const words = invocation(s);
  if (words.length === 1 && words[0] === NAME) return text;
  const prefix = words.map((w) => quoteArg(w, s.platform)).join(' ');
  return text.replace(/(^|[\s(:`])roma-plan(?= (?:init|edit|validate|render|report|batch|new|catalogue|templates|schema|doctor)\b)/g, (_, before: string) => `${before}${prefix}`);
}

/** This process, as the CLI sees it. */
export function thisProcess(argv: readonly string[], env: NodeJS.ProcessEnv): StartedWith {
  return { argv, env, cwd: process.cwd(), platform: process.platform };
}

/**
 * The editor for long answers when the person has not chosen one ($VISUAL, $EDITOR): Notepad on
 * Windows; elsewhere nano, the editor that shows its keys on screen, when it is on the PATH, and
 * vi otherwise (POSIX systems have it). Returns undefined when the person has chosen.
 */
export function defaultEditor(s: Pick<StartedWith, 'env' | 'platform'>, exists: (file: string) => boolean): string | undefined {
  if (s.env['VISUAL'] || s.env['EDITOR']) return undefined;
  if (s.platform === 'win32') return 'notepad';
  const dirs = (s.env['PATH'] ?? '').split(posix.delimiter).filter((d) => d !== '');
  return dirs.some((d) => exists(posix.join(d, 'nano'))) ? 'nano' : 'vi';
}
