import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { FileExistsError, RomaPlanError } from '../errors.js';

export interface WriteOptions {
  /** Replace an existing file. Without it an existing file is an error and stays untouched. */
  force?: boolean;
}

/**
 * Writes a file so that a crash, a kill or Ctrl+C at any moment leaves either the old file or the
 * complete new one, never a half-written file: the bytes go to a temporary file in the same folder,
 * are flushed to disk, and the temporary file is renamed over the target (atomic on POSIX).
 */
export async function writeFileAtomic(file: string, data: string | Uint8Array, options: WriteOptions = {}): Promise<void> {
  const dir = dirname(file);
  try {
    await mkdir(dir, { recursive: true });
  } catch (err) {
    throw writeError(err, file);
  }
  const tmp = join(dir, `.${basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  let handle;
  try {
    // 'wx' on the final name reserves it when overwriting is not allowed, so two writers cannot both win.
    if (!options.force) {
      try {
        const reserve = await open(file, 'wx');
        await reserve.close();
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'EEXIST') throw new FileExistsError(file);
        throw err;
      }
    }
    handle = await open(tmp, 'w', 0o644);
    await handle.writeFile(data);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await rename(tmp, file);
  } catch (err) {
    await handle?.close().catch(() => undefined);
    await unlink(tmp).catch(() => undefined);
    if (err instanceof RomaPlanError) throw err;
    // The reservation (an empty file) must not survive a failed write.
    if (!options.force) await unlink(file).catch(() => undefined);
    throw writeError(err, file);
  }
}

function writeError(err: unknown, file: string): RomaPlanError {
  const code = (err as NodeJS.ErrnoException).code;
  const reason =
    code === 'EACCES' || code === 'EPERM' || code === 'EROFS'
      ? 'permission denied (the folder is read-only)'
      : code === 'ENOSPC'
        ? 'the disk is full'
        : code === 'ENOTDIR'
          ? 'a part of the path is a file, not a folder'
          : (code ?? String(err));
  return new RomaPlanError('WRITE_FAILED', `cannot write ${file}: ${reason}`, { file, hint: 'Choose another output folder with --out, or free space / fix permissions.', cause: err });
}
