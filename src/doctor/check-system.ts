import { randomBytes } from 'node:crypto';
import { access, constants, readFile, stat, unlink, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { packagePath } from '../io/package-paths.js';
import { LANGUAGE_SAMPLES } from './check-fonts.js';
import { failed, passed, type CheckResult } from './check-result.js';

/** Node.js itself, compared with package.json's engines field. */
export async function checkNode(version: string): Promise<CheckResult> {
  const pkg = JSON.parse(await readFile(packagePath('package.json'), 'utf8')) as { engines?: { node?: string } };
  const wanted = /(\d+)\.(\d+)\.(\d+)/.exec(pkg.engines?.node ?? '')?.slice(1).map(Number) ?? [20, 19, 0];
  const have = version.replace(/^v/, '').split('.').map(Number);
  const cmp = wanted.reduce((acc, w, i) => acc || Math.sign((have[i] ?? 0) - w), 0);
  const need = wanted.join('.');
  return cmp >= 0
    ? passed('node', 'Node.js', `${version} (needs ${need} or newer)`)
    : failed('node', 'Node.js', `${version} is too old; roma-plan needs ${need} or newer`, `Install Node.js ${need} or newer (an LTS release from nodejs.org, or: nvm install 22).`);
}

/** Numbers, dates and currencies are formatted in the plan's language; a Node built without full ICU formats them in English. */
export function checkLocales(): CheckResult {
  const tags = Object.keys(LANGUAGE_SAMPLES);
  const missing = tags.filter((t) => Intl.NumberFormat.supportedLocalesOf([t]).length === 0 || Intl.DateTimeFormat.supportedLocalesOf([t]).length === 0);
  return missing.length === 0
    ? passed('locales', 'Locale data', `number and date formats for ${tags.length} languages`)
    : failed('locales', 'Locale data', `no formats for ${missing.join(', ')}: documents in these languages would show English dates and numbers`, 'Use an official Node.js build (it includes full ICU), or install the full-icu data and set NODE_ICU_DATA.');
}

/** Writes and removes a small file; a missing folder is fine when it can be created. */
export async function checkOutputDir(dir: string): Promise<CheckResult> {
  const label = 'Output folder';
  const info = await stat(dir).catch((err: NodeJS.ErrnoException) => err);
  if (info instanceof Error) {
    if (info.code !== 'ENOENT' && info.code !== 'ENOTDIR') return failed('output', label, `${dir} cannot be inspected (${info.code})`, 'Choose another folder with --out.');
    let parent = dirname(dir);
    while (parent !== dirname(parent) && !(await stat(parent).catch(() => undefined))) parent = dirname(parent);
    const parentInfo = await stat(parent).catch(() => undefined);
    if (!parentInfo?.isDirectory()) return failed('output', label, `${dir} cannot be created: ${parent} is not a folder`, 'Choose another folder with --out.');
    const writable = await access(parent, constants.W_OK).then(() => true, () => false);
    return writable
      ? passed('output', label, `${dir} does not exist yet; it will be created`)
      : failed('output', label, `${dir} cannot be created: ${parent} is not writable`, 'Choose a folder you can write to with --out, or ask for write permission.');
  }
  if (!info.isDirectory()) return failed('output', label, `${dir} is a file, not a folder`, 'Give --out a folder, e.g. --out out.');
  const probe = join(dir, `.roma-plan-doctor-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(probe, 'roma-plan doctor\n', { flag: 'wx' });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'EROFS' ? 'the file system is read-only' : code === 'ENOSPC' ? 'the disk is full' : String(code ?? err);
    return failed('output', label, `${dir} is not writable: ${why}`, code === 'ENOSPC' ? 'Free some disk space or choose another folder with --out.' : 'Choose a folder you can write to with --out, or ask for write permission.');
  } finally {
    await unlink(probe).catch(() => undefined);
  }
  return passed('output', label, `${dir} is writable`);
}
