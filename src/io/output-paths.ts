import { statSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { UsageError } from '../errors.js';

export type RenderFormat = 'md' | 'pdf';
export const RENDER_FORMATS: readonly RenderFormat[] = ['md', 'pdf'];

/** Where one rendered format goes: a file path, or `-` for standard output. */
export interface OutputTarget {
  format: RenderFormat;
  path: string;
}

/**
 * Where `render` writes, from the input name and `--out`:
 *   no --out       next to the plan, named after it (plans/pecs.yaml -> plans/pecs.md, plans/pecs.pdf);
 *                  standard output when the plan itself came from standard input
 *   --out <dir>    the same names in that folder
 *   --out x.md     exactly that file (one format only; x.pdf likewise)
 *   --out -        Markdown to standard output
 * `formats` is what --format asked for, or undefined for the default (both, or what --out implies).
 */
export function outputTargets(input: string, out: string | undefined, formats: readonly RenderFormat[] | undefined): OutputTarget[] {
  const toStdout = out === '-' || (out === undefined && input === '-');
  if (toStdout) {
    const chosen = formats ?? ['md'];
    if (chosen.includes('pdf')) {
      throw new UsageError(`${out === '-' ? '--out -' : 'a plan read from standard input'} gives Markdown on standard output; a PDF needs a file`, 'Add --out <folder> or --out plan.pdf.');
    }
    return [{ format: 'md', path: '-' }];
  }
  const fileFormat = out === undefined ? undefined : formatOfFile(out);
  if (out !== undefined && fileFormat !== undefined) {
    const chosen = formats ?? [fileFormat];
    if (chosen.length !== 1 || chosen[0] !== fileFormat) {
      throw new UsageError(`--out ${out} names one ${fileFormat === 'md' ? 'Markdown' : 'PDF'} file, but --format asks for ${chosen.join(',')}`, 'Give a folder to --out to write several formats, or make --format match the file name.');
    }
    return [{ format: fileFormat, path: out }];
  }
  const dir = out ?? dirname(input);
  const stem = input === '-' ? 'plan' : basename(input, extname(input));
  return (formats ?? RENDER_FORMATS).map((format) => ({ format, path: join(dir, `${stem}.${format}`) }));
}

/** `md,pdf` -> ['md', 'pdf']; an unknown name is a usage error. */
export function parseFormats(list: string): RenderFormat[] {
  const names = list.split(',').map((f) => f.trim().toLowerCase()).filter((f) => f !== '');
  const unknown = names.filter((f) => !(RENDER_FORMATS as readonly string[]).includes(f));
  if (names.length === 0 || unknown.length > 0) {
    throw new UsageError(`--format ${list}: ${names.length === 0 ? 'no format given' : `unknown format ${unknown.map((u) => `"${u}"`).join(', ')}`}`, 'Use md, pdf or md,pdf.');
  }
  return RENDER_FORMATS.filter((f) => names.includes(f));
}

function formatOfFile(path: string): RenderFormat | undefined {
  const ext = extname(path).toLowerCase();
  return ext === '.md' ? 'md' : ext === '.pdf' ? 'pdf' : undefined;
}

/**
 * Refuses targets that are one of the input files (the same file, also through a link), so that
 * `render plan.md --format md --force` can never replace the plan with its own rendering.
 */
export function refuseInputAsOutput(inputs: readonly string[], targets: readonly OutputTarget[]): void {
  const ids = new Set(inputs.filter((i) => i !== '-').map(fileId).filter((id) => id !== undefined));
  for (const t of targets) {
    if (t.path === '-') continue;
    const id = fileId(t.path);
    if (id !== undefined && ids.has(id)) {
      throw new UsageError(`${t.path} is the file being read; writing the ${t.format === 'md' ? 'Markdown' : 'PDF'} there would replace it`, 'Give another name or folder with --out.');
    }
  }
}

function fileId(path: string): string | undefined {
  try {
    const s = statSync(path);
    return `${s.dev}:${s.ino}`;
  } catch {
    return undefined;
  }
}
