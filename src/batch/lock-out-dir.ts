import { hostname } from 'node:os';
import { open, readFile, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { RomaPlanError } from '../errors.js';
import { isRunning } from '../io/remove-stale-temp-files.js';

/**
 * Takes the output folder for one run (or one shard of a run): a second batch into the same folder
 * would race the first for every output name and end with half its plans marked failed although
 * their files exist. The lock is a dot-file holding the pid and host of its holder; a lock whose
 * process is gone (killed, machine restarted) is taken over. Returns the function that releases it.
 */
export async function lockOutDir(outDir: string, reportName: string): Promise<() => Promise<void>> {
  const file = join(outDir, `.${reportName}.lock`);
  const host = hostname();
  for (let attempt = 0; ; attempt++) {
    try {
      const handle = await open(file, 'wx');
      await handle.writeFile(`${process.pid}\n${host}\n`);
      await handle.close();
      return () => unlink(file).catch(() => undefined);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw new RomaPlanError('WRITE_FAILED', `cannot write in the output folder ${outDir} (${(err as NodeJS.ErrnoException).code ?? String(err)})`, { file: outDir, hint: 'Choose another folder with --out, or fix its permissions.', cause: err, key: 'fatal.outDirFailed', params: { folder: outDir, code: (err as NodeJS.ErrnoException).code ?? String(err) } });
      }
    }
    const [pid = '', holderHost = ''] = (await readFile(file, 'utf8').catch(() => '')).split('\n');
    const stale = holderHost === host && /^\d+$/.test(pid) && !isRunning(Number(pid));
    if (stale && attempt === 0) {
      await unlink(file).catch(() => undefined);
      continue;
    }
    throw new RomaPlanError('OUTPUT_LOCKED', `another roma-plan batch (process ${pid || '?'}${holderHost && holderHost !== host ? ` on ${holderHost}` : ''}) is writing into ${outDir}`, {
      file: outDir,
      hint: `Wait until it has finished, or give this run another --out folder. If no batch is running any more (its machine was switched off), delete ${file}.`,
      params: { pid: pid || '?', host: holderHost && holderHost !== host ? holderHost : 'here', folder: outDir, lock: file },
    });
  }
}
