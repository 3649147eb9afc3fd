import { readdir, realpath, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

const PLAN_EXTENSIONS = /\.(ya?ml|json)$/i;
/** The wizard's unfinished drafts (`plan.draft.yaml`) sit beside plans; a folder or glob skips them. */
const DRAFT = /\.draft\.ya?ml$/i;
/** Progress files (`plan.progress.yaml`) sit beside their plans too; they are not plans. */
const PROGRESS = /\.progress\.(ya?ml|json)$/i;
const isPlanFile = (f: string): boolean => PLAN_EXTENSIONS.test(f) && !DRAFT.test(f) && !PROGRESS.test(f);

/**
 * Turns the command line's inputs into plan files: a file stays as given (even a missing one, so
 * that it is reported), a folder gives every .yaml/.yml/.json file below it, and a glob pattern
 * (`plans/**\/*.yaml`, quoted so that the shell leaves it alone) is matched here; both skip the
 * wizard's `*.draft.yaml` files and progress files (`*.progress.yaml`). `-` stays `-`.
 * The result is sorted within each input and free of duplicates, so runs are repeatable.
 */
export async function expandInputs(inputs: readonly string[]): Promise<{ files: string[]; unmatched: string[] }> {
  const files: string[] = [];
  const unmatched: string[] = [];
  const seen = new Set<string>();
  const add = (f: string) => {
    if (!seen.has(f)) {
      seen.add(f);
      files.push(f);
    }
  };
  for (const input of inputs) {
    if (input === '-') {
      add(input);
      continue;
    }
    if (/[*?[]/.test(input)) {
      const matches = await glob(input);
      if (matches.length === 0) unmatched.push(input);
      matches.forEach(add);
      continue;
    }
    const info = await stat(input).catch(() => undefined);
    if (info?.isDirectory()) {
      const found = (await walk(input)).filter(isPlanFile).sort();
      if (found.length === 0) unmatched.push(input);
      found.forEach(add);
    } else {
      add(input);
    }
  }
  return { files, unmatched };
}

/**
 * Every file below `dir`. Symbolic links are followed (a plan linked into a shared folder is what
 * the user meant to include); a link to a folder already walked is skipped, so a loop ends, and a
 * broken link is kept, so that it is reported as a missing file instead of vanishing.
 */
async function walk(dir: string, visited = new Set<string>()): Promise<string[]> {
  const real = await realpath(dir).catch(() => dir);
  if (visited.has(real)) return [];
  visited.add(real);
  const out: string[] = [];
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  for (const e of entries) {
    if (e.name.startsWith('.') || e.name === 'node_modules') continue;
    const p = join(dir, e.name);
    if (e.isSymbolicLink()) {
      const target = await stat(p).catch(() => undefined);
      if (target?.isDirectory()) out.push(...(await walk(p, visited)));
      else out.push(p);
    } else if (e.isDirectory()) out.push(...(await walk(p, visited)));
    else if (e.isFile()) out.push(p);
  }
  return out;
}

async function glob(pattern: string): Promise<string[]> {
  const normalized = pattern.split(sep).join('/');
  const parts = normalized.split('/');
  const firstWild = parts.findIndex((p) => /[*?[]/.test(p));
  const base = parts.slice(0, firstWild).join('/') || '.';
  const regex = globToRegExp(parts.slice(firstWild).join('/'));
  const all = await walk(base);
  return all
    .filter((f) => !DRAFT.test(f) && !PROGRESS.test(f) && regex.test(relative(base, f).split(sep).join('/')))
    .map((f) => (base === '.' && !normalized.startsWith('./') ? relative('.', f) : f))
    .sort();
}

function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*' && glob[i + 1] === '*') {
      re += glob[i + 2] === '/' ? '(?:.*/)?' : '.*';
      i += glob[i + 2] === '/' ? 2 : 1;
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '[') {
      const end = glob.indexOf(']', i);
      if (end === -1) re += '\\[';
      else {
        re += `[${glob.slice(i + 1, end).replace(/^!/, '^')}]`;
        i = end;
      }
    } else re += c.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}
