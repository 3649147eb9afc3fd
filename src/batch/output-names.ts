import { RENDER_FORMATS } from '../io/output-paths.js';
import { createHash } from 'node:crypto';
import { dirname, parse, relative, resolve, sep } from 'node:path';

/** One input with the names the batch uses for it. */
export interface NamedInput {
  file: string;
  /** Path relative to the inputs' common folder, `/`-separated, NFC: the sort and shard key. */
  key: string;
  /** Output path without extension, relative to the output folder, `/`-separated and safe to create. */
  base: string;
}

// Windows refuses these as file names whatever the extension (CON, con.md, LPT1.pdf ...).
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;
// The batch's own files at the top of the output folder, including those of shards.
const OWN_FILE = /^(index|report)(\.shard-\d+-of-\d+)?\.(md|json)$/i;
const OWN_BASE = /^index(\.shard-\d+-of-\d+)?$/i;
const MAX_SEGMENT = 150;

/**
 * Names the outputs of a batch. The outputs mirror the inputs' folders below their common folder:
 * `plans/hu/pecs.yaml` and `plans/rs/pecs.yaml` become `hu/pecs.md` and `rs/pecs.md`, so plans with
 * the same file name never collide. Names that would still clash (`a.yaml` and `a.json`, or `A.yaml`
 * and `a.yaml` on a case-insensitive disk, or a plan called `index`) get a short suffix derived
 * from the input's key (`a-3f9c1e.md`): stable, so every run and every shard agrees on it.
 * Every segment is made safe: no `..`, no absolute path, no characters or names Windows refuses.
 * The result is sorted by key.
 */
export function nameOutputs(files: readonly string[]): NamedInput[] {
  const absolute = files.map((f) => resolve(f));
  const root = commonFolder(absolute.map((f) => dirname(f)));
  const items = files.map((file, i) => {
    const key = relative(root, absolute[i]!).split(sep).join('/').normalize('NFC');
    return { file, key, base: safeBase(key) };
  });
  items.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return disambiguate(items);
}

/** Fingerprint of the whole input list, so that reports of different batches are never merged. */
export function inputsFingerprint(keys: readonly string[]): string {
  return `sha256:${createHash('sha256').update(keys.join('\n')).digest('hex').slice(0, 16)}`;
}

function commonFolder(dirs: readonly string[]): string {
  if (dirs.length === 0) return resolve('.');
  let common = dirs[0]!.split(sep);
  for (const d of dirs.slice(1)) {
    const parts = d.split(sep);
    let n = 0;
    while (n < common.length && n < parts.length && common[n] === parts[n]) n++;
    common = common.slice(0, n);
  }
  // On Windows, inputs on two drives share nothing; their keys then keep the drive as a segment.
  return common.length === 0 ? '' : common.join(sep) || sep;
}

function safeBase(key: string): string {
  const segments = key.split('/').filter((s) => s !== '' && s !== '.');
  const name = segments.pop() ?? 'plan';
  const stem = parse(name).name || name;
  const dirs = segments.map((s, i) => safeSegment(s, i === 0));
  return [...dirs, safeSegment(stem, false)].join('/');
}

function safeSegment(segment: string, topLevel: boolean): string {
  let s = segment
    // eslint-disable-next-line no-control-regex -- control characters are exactly what must go
    .replace(/[\u0000-\u001f\u007f<>:"/\\|?*]/g, '_')
    .replace(/[. ]+$/, '')
    .replace(/^\./, '_');
  if (s === '' || s === '..') s = '_';
  if (RESERVED.test(s) || (topLevel && OWN_FILE.test(s))) s = `_${s}`;
  return [...s].slice(0, MAX_SEGMENT).join('');
}

function disambiguate(items: NamedInput[]): NamedInput[] {
  const lower = (s: string) => s.toLowerCase();
  const folders = new Set<string>();
  for (const it of items) {
    const parts = it.base.split('/');
    for (let i = 1; i < parts.length; i++) folders.add(lower(parts.slice(0, i).join('/')));
  }
  const clashes = (base: string, count: number) =>
    count > 1 || (!base.includes('/') && OWN_BASE.test(base)) || RENDER_FORMATS.some((f) => folders.has(lower(`${base}.${f}`)));
  let length = 6;
  for (;;) {
    const counts = new Map<string, number>();
    for (const it of items) counts.set(lower(it.base), (counts.get(lower(it.base)) ?? 0) + 1);
    const bad = items.filter((it) => clashes(it.base, counts.get(lower(it.base)) ?? 0));
    if (bad.length === 0 || length > 40) return items;
    for (const it of bad) it.base = `${safeBase(it.key)}-${hash(it.key, length)}`;
    length += 4;
  }
}

function hash(key: string, length: number): string {
  return createHash('sha256').update(key).digest('hex').slice(0, length);
}
