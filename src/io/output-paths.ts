import { statSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { UsageError } from '../errors.js';

export type RenderFormat = 'md' | 'pdf' | 'docx' | 'html' | 'xlsx' | 'csv';
/** Every format a plan renders to, in the order outputs are written and listed. */
export const RENDER_FORMATS: readonly RenderFormat[] = ['md', 'pdf', 'docx', 'html', 'xlsx', 'csv'];
/** What `render`, `report` and `diff` write when no --format is given. */
export const DEFAULT_FORMATS: readonly RenderFormat[] = ['md', 'pdf'];
/** The formats of a block document without sheets (the amendment document). */
export const DOCUMENT_FORMATS: readonly RenderFormat[] = ['md', 'pdf', 'docx', 'html'];
/** The formats' names in messages and links. */
export const FORMAT_NAMES: Readonly<Record<RenderFormat, string>> = { md: 'Markdown', pdf: 'PDF', docx: 'Word', html: 'HTML', xlsx: 'XLSX', csv: 'CSV' };

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
 * `formats` is what --format asked for, or undefined for the default (md and pdf, or what --out implies).
 */
export function outputTargets(input: string, out: string | undefined, formats: readonly RenderFormat[] | undefined): OutputTarget[] {
  const toStdout = out === '-' || (out === undefined && input === '-');
  if (toStdout) {
    const chosen = formats ?? ['md'];
    const file = chosen.find((f) => f !== 'md');
    if (file !== undefined) {
      throw new UsageError(`${out === '-' ? '--out -' : 'a plan read from standard input'} gives Markdown on standard output; ${withArticle(FORMAT_NAMES[file])} needs a file`, `Add --out <folder> or --out plan.${file}.`);
    }
    return [{ format: 'md', path: '-' }];
  }
  const fileFormat = out === undefined ? undefined : formatOfFile(out);
  if (out !== undefined && fileFormat !== undefined) {
    const chosen = formats ?? [fileFormat];
    if (chosen.length !== 1 || chosen[0] !== fileFormat) {
      throw new UsageError(`--out ${out} names one ${FORMAT_NAMES[fileFormat]} file, but --format asks for ${chosen.join(',')}`, 'Give a folder to --out to write several formats, or make --format match the file name.');
    }
    return [{ format: fileFormat, path: out }];
  }
  const dir = out ?? dirname(input);
  const stem = input === '-' ? 'plan' : basename(input, extname(input));
  return (formats ?? DEFAULT_FORMATS).map((format) => ({ format, path: join(dir, `${stem}.${format}`) }));
}

/**
 * `md,pdf` -> ['md', 'pdf']; a name outside `allowed` is a usage error. Plans render to every
 * format, the annual report too (pass RENDER_FORMATS), the amendment to DOCUMENT_FORMATS.
 */
export function parseFormats(list: string, allowed: readonly RenderFormat[] = DEFAULT_FORMATS): RenderFormat[] {
  const names = list.split(',').map((f) => f.trim().toLowerCase()).filter((f) => f !== '');
  const unknown = names.filter((f) => !(allowed as readonly string[]).includes(f));
  if (names.length === 0 || unknown.length > 0) {
    throw new UsageError(`--format ${list}: ${names.length === 0 ? 'no format given' : `unknown format ${unknown.map((u) => `"${u}"`).join(', ')}`}`, `Use one or more of ${allowed.join(', ')}, separated by commas (for example md,pdf).`, {
      key: 'fatal.badFormat',
      params: { kind: names.length === 0 ? 'none' : 'unknown', formats: unknown.map((u) => `"${u}"`).join(', '), allowed: allowed.join(', ') },
    });
  }
  return allowed.filter((f) => names.includes(f));
}

/** 'PDF' -> 'a PDF', 'HTML' -> 'an HTML' (as the letters are spoken). */
const withArticle = (name: string): string => `${/^(HTML|XLSX)$/.test(name) ? 'an' : 'a'} ${name}`;

function formatOfFile(path: string): RenderFormat | undefined {
  const ext = extname(path).toLowerCase().slice(1);
  return (RENDER_FORMATS as readonly string[]).includes(ext) ? (ext as RenderFormat) : undefined;
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
      throw new UsageError(`${t.path} is the file being read; writing the ${FORMAT_NAMES[t.format]} there would replace it`, 'Give another name or folder with --out.', { key: 'fatal.outputIsInput', params: { file: t.path, format: t.format } });
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

/** The progress file of a plan when none is named: beside it, `pecs.yaml` -> `pecs.progress.yaml`. */
export function progressPathFor(planFile: string): string {
  return join(dirname(planFile), `${basename(planFile, extname(planFile))}.progress.yaml`);
}
