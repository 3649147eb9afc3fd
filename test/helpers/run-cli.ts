import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../../', import.meta.url));
export const bin = `${root}bin/roma-plan.js`;

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built binary (the test script builds first) the way a user would. */
export function runCli(args: string[], options: SpawnSyncOptions & { input?: string | Buffer } = {}): CliResult {
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd: root,
    encoding: 'utf8',
    timeout: 60_000,
    ...options,
    // The machine's locale must not choose the language of the messages under test.
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', LC_ALL: '', LC_MESSAGES: '', LANG: 'C.UTF-8', ...options.env },
  });
  return { status: r.status, stdout: String(r.stdout ?? ''), stderr: String(r.stderr ?? '') };
}

/** True when output looks like a leaked stack trace. */
export const hasStackTrace = (s: string): boolean => /^\s+at .+\(.+:\d+:\d+\)$/m.test(s) || /^\s+at file:/m.test(s);
