import { readdir, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { TEMP_FILE } from './write-atomic.js';

/**
 * How old a temporary file must be before it counts as stale. A write takes milliseconds; the age
 * guards a folder shared by several machines (batch shards on a network drive), where the pid in
 * the name belongs to another machine and says nothing here.
 */
const STALE_AFTER_MS = 60_000;

/**
 * Removes the temporary files that writeFileAtomic left in `folders` (not below them) when its
 * process was killed: those whose writer, the pid in the name, is no longer running and that have
 * not changed for a minute. A running writer's files, say another batch into the same folder, are
 * left alone. Missing folders and files that vanish meanwhile are fine. Returns how many were removed.
 */
export async function removeStaleTempFiles(folders: Iterable<string>, now = Date.now()): Promise<number> {
  let removed = 0;
  for (const folder of new Set(folders)) {
    const names = await readdir(folder).catch(() => [] as string[]);
    for (const name of names) {
      const m = TEMP_FILE.exec(name);
      if (!m || isRunning(Number(m[2]))) continue;
      const file = join(folder, name);
      const info = await stat(file).catch(() => undefined);
      if (!info?.isFile() || now - info.mtimeMs < STALE_AFTER_MS) continue;
      if (await unlink(file).then(() => true, () => false)) removed++;
    }
  }
  return removed;
}

/** Whether a process with this pid runs on this machine (a pid of another user counts). */
export function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: the process exists but belongs to someone else.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
