import { randomBytes } from 'node:crypto';
import { unlinkSync } from 'node:fs';
import { link, mkdir, open, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { FileExistsError, RomaPlanError } from '../errors.js';

export interface WriteOptions {
  /** Replace an existing file. Without it an existing file is an error and stays untouched. */
  force?: boolean;
}

/**
 * Writes a file so that a crash, a kill or Ctrl+C at any moment leaves either the old file or the
 * complete new one, never a half-written file: the bytes go to a temporary file in the same folder,
 * are flushed to disk, and the temporary file is renamed over the target (atomic on POSIX), or,
 * without `force`, linked to the target name, which fails if the name is taken. A kill can leave a
 * temporary file behind, named `.<name>.<pid>.<random>.tmp` (see TEMP_FILE).
 */
export async function writeFileAtomic(file: string, data: string | Uint8Array, options: WriteOptions = {}): Promise<void> {
  const dir = dirname(file);
  try {
    await mkdir(dir, { recursive: true });
  } catch (err) {
    throw writeError(err, file);
  }
  // rename() over a folder fails with EISDIR only after the whole file was written; say it first.
  if ((await stat(file).catch(() => undefined))?.isDirectory()) {
    throw new RomaPlanError('WRITE_FAILED', `cannot write ${file}: a folder has that name`, { file, hint: 'Give a file name that is not a folder, or give the folder itself to --out.', key: 'fatal.writeFolder', params: { file } });
  }
  const tmp = join(dir, `.${basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  let handle;
  pending.add(tmp);
  try {
    handle = await open(tmp, 'w', 0o644);
    await handle.writeFile(data);
    await handle.sync();
    await handle.close();
    handle = undefined;
    if (options.force) await rename(tmp, file);
    else await publishNew(tmp, file);
  } catch (err) {
    await handle?.close().catch(() => undefined);
    await unlink(tmp).catch(() => undefined);
    if (err instanceof RomaPlanError) throw err;
    throw writeError(err, file);
  } finally {
    pending.delete(tmp);
  }
}

/** Temporary files being written right now, so that a signal handler can remove them. */
const pending = new Set<string>();

/**
 * Removes the temporary files of writes still in progress. For a SIGINT or SIGTERM handler, which
 * must be synchronous: the target files themselves are untouched (they are either the old or the
 * complete new file).
 */
export function removePendingTempFiles(): void {
  for (const tmp of pending) {
    try {
      unlinkSync(tmp);
    } catch {
      // Already renamed into place or never created.
    }
  }
  pending.clear();
}

/** `.plan.md.4242.9f3a0c1e.tmp`: a temporary file of writeFileAtomic, with the pid of its writer. */
export const TEMP_FILE = /^\.(.+)\.(\d+)\.[0-9a-f]{8}\.tmp$/;

/** Error codes of a file system that has no hard links (FAT and exFAT, some network shares). */
const NO_HARD_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS']);

/**
 * Gives the finished temporary file the target name, only if that name is free. A hard link does
 * both in one step (it fails with EEXIST when the name is taken), so the name never shows an empty
 * or partial file, and two writers cannot both win; a kill between the link and the unlink leaves
 * only the temporary file. Without hard links the name is reserved with an empty file ('wx') and
 * the temporary file renamed over it: a kill in between leaves an empty file, but nothing better
 * exists there.
 */
async function publishNew(tmp: string, file: string): Promise<void> {
  try {
    await link(tmp, file);
    await unlink(tmp).catch(() => undefined);
    return;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new FileExistsError(file);
    if (code === undefined || !NO_HARD_LINKS.has(code)) throw err;
  }
  try {
    await (await open(file, 'wx')).close();
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') throw new FileExistsError(file);
    throw err;
  }
  try {
    await rename(tmp, file);
  } catch (err) {
    // The reservation must not survive a failed write.
    await unlink(file).catch(() => undefined);
    throw err;
  }
}

function writeError(err: unknown, file: string): RomaPlanError {
  const code = (err as NodeJS.ErrnoException).code;
  const kind =
    code === 'EACCES' || code === 'EPERM' || code === 'EROFS'
      ? 'readOnly'
      : code === 'ENOSPC'
        ? 'full'
        : code === 'ENOTDIR' || code === 'EEXIST'
          ? 'notFolder'
          : code === 'EISDIR'
            ? 'isFolder'
            : code === 'ENOENT'
              ? 'noFolder'
              : 'other';
  const reason = {
    readOnly: 'permission denied (the folder is read-only)',
    full: 'the disk is full',
    notFolder: 'a part of the path is a file, not a folder',
    isFolder: 'a folder has that name',
    noFolder: 'its folder does not exist and cannot be created',
    other: code ?? String(err),
  }[kind];
  return new RomaPlanError('WRITE_FAILED', `cannot write ${file}: ${reason}`, {
    file,
    hint: 'Choose another output folder with --out, or free space / fix permissions.',
    cause: err,
    key: 'fatal.writeFailed',
    params: { file, kind, code: code ?? String(err) },
  });
}
