import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { UsageError } from '../errors.js';
import { RENDER_FORMATS } from '../io/output-paths.js';
import { packagePath } from '../io/package-paths.js';
import { parseOverride, type Override } from '../plan/overrides.js';
import { resolveTemplates } from '../render/markdown/templates.js';
import { isIsoDate } from '../view/document-date.js';
import type { BatchOptions, OutputFormat } from './types.js';

export const DEFAULT_TIMEOUT_MS = 60_000;
const FORMATS: readonly OutputFormat[] = RENDER_FORMATS;

/** The options of runBatch, checked and with their defaults. */
export interface ResolvedOptions {
  outDir: string;
  formats: OutputFormat[];
  jobs: number;
  failFast: boolean;
  overrides: Override[];
  date: string | undefined;
  templateDir: string | undefined;
  progressDir: string | undefined;
  force: boolean;
  /** The language of index.md; undefined for English. */
  lang: string | undefined;
  timeoutMs: number;
  processor: string;
  workerEntry: URL;
}

/** Checks what a caller passed; anything wrong is a UsageError before any work starts. */
export function resolveOptions(options: BatchOptions): ResolvedOptions {
  if (typeof options.outDir !== 'string' || options.outDir.trim() === '') throw new UsageError('an output folder is required', 'Give one with --out <dir>.');
  const formats = [...new Set(options.formats)];
  const unknown = formats.filter((f) => !FORMATS.includes(f));
  if (formats.length === 0 || unknown.length > 0) throw new UsageError(`unknown output format ${unknown.map((f) => `"${String(f)}"`).join(', ') || '(none given)'}`, `Use --format with one or more of ${FORMATS.join(', ')}, separated by commas.`);
  const jobs = options.jobs ?? availableParallelism();
  if (!Number.isSafeInteger(jobs) || jobs < 1 || jobs > 256) throw new UsageError(`--jobs ${jobs}: expected a whole number from 1 to 256`, 'Leave it out to use one worker per CPU core.');
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  // Node's timers hold at most 2^31 - 1 ms; a longer delay would fire at once and fail every plan.
  if (!Number.isFinite(timeoutMs) || timeoutMs <= 0 || timeoutMs > 86_400_000) throw new UsageError(`--timeout: expected a number of seconds between 1 and 86400 (one day)`, 'For example --timeout 120; the default is 60.');
  // A broken template folder would fail every plan in the workers; refuse it once, up front.
  if (options.templateDir !== undefined) resolveTemplates(options.templateDir);
  if (options.progressDir !== undefined && !statSync(options.progressDir, { throwIfNoEntry: false })?.isDirectory()) {
    throw new UsageError(`--progress ${options.progressDir}: no such folder`, 'Give the folder that holds the progress files, named after the plans (pecs-hu.progress.yaml for pecs-hu.yaml).', {
      key: 'fatal.noProgressFolder',
      params: { folder: options.progressDir },
    });
  }
  if (options.date !== undefined && !isIsoDate(options.date)) throw new UsageError(`--date ${options.date}: expected a date YYYY-MM-DD`, 'For example --date 2026-03-01.', { key: 'fatal.badDate', params: { value: options.date } });
  return {
    outDir: options.outDir,
    formats: FORMATS.filter((f) => formats.includes(f)),
    jobs,
    failFast: options.failFast ?? false,
    overrides: (options.overrides ?? []).map((o) => (typeof o === 'string' ? parseOverride(o) : o)),
    date: options.date,
    // Absolute, because the workers resolve it and the report must say which folder it was.
    templateDir: options.templateDir === undefined ? undefined : resolve(options.templateDir),
    progressDir: options.progressDir === undefined ? undefined : resolve(options.progressDir),
    force: options.force ?? false,
    lang: options.lang,
    timeoutMs,
    processor: String(options.processor ?? compiledModule('process-plan.js')),
    workerEntry: compiledModule('worker.js'),
  };
}

/**
 * A module of this folder as the worker threads must load it. Workers run plain Node, which
 * cannot load the TypeScript sources that the tests import, so from src/ (under vitest) they use
 * the compiled copy in dist/ that `npm test` builds first.
 */
function compiledModule(name: string): URL {
  return import.meta.url.endsWith('.ts') ? pathToFileURL(packagePath('dist', 'batch', name)) : new URL(`./${name}`, import.meta.url);
}
