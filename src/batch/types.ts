import type { RenderFormat } from '../io/output-paths.js';
import type { Issue } from '../plan/issue.js';
import type { Override } from '../plan/overrides.js';

export type OutputFormat = RenderFormat;

/** One of n parts of a batch, 1-based: `{ index: 2, count: 4 }` is the second quarter. */
export interface Shard {
  index: number;
  count: number;
}

export interface BatchOptions {
  /** Folder that receives the outputs, `index.md` and `report.json`. */
  outDir: string;
  /** At least one of 'md' and 'pdf'. */
  formats: readonly OutputFormat[];
  /** Worker threads; defaults to os.availableParallelism(). */
  jobs?: number;
  /** Stop at the first invalid or failed plan; the plans not done are reported as skipped. */
  failFast?: boolean;
  /** Process only this part of the inputs (see selectShard); the report is named after the shard. */
  shard?: Shard;
  /** `path=value` strings or parsed overrides, applied to every plan before validation. */
  overrides?: readonly (string | Override)[];
  /** Document date YYYY-MM-DD for every plan (default: each plan's own date). */
  date?: string;
  /** A folder of *.md.hbs files replacing built-in Markdown templates of the same name. */
  templateDir?: string;
  /**
   * A folder of progress files named after the plans (`pecs-hu.yaml` -> `pecs-hu.progress.yaml`);
   * by default each plan's progress file is looked for beside the plan.
   */
  progressDir?: string;
  /** Replace existing outputs and reports. */
  force?: boolean;
  /** The language of index.md (English by default); report.json keeps English messages and their values. */
  lang?: string;
  /** Time one plan may take before its worker is stopped and the plan reported as failed (default 60 s). */
  timeoutMs?: number;
  /**
   * Module the workers load to turn one task into a result (default: roma-plan's own processor,
   * see process-plan.ts). It must export `processPlan(task: PlanTask): Promise<PlanOutcome>`.
   * Tests use it to inject a plan that crashes or hangs its worker.
   */
  processor?: string | URL;
}

/** Reported to `onProgress`: once at the start, then once per plan as it finishes, in completion order. */
export type BatchEvent =
  | { kind: 'start'; total: number; workers: number }
  | { kind: 'plan'; done: number; total: number; result: PlanResult };

export interface BatchHooks {
  onProgress?: (event: BatchEvent) => void;
  /** Aborting stops the workers; plans not finished are reported as skipped, no report is written. */
  signal?: AbortSignal;
}

/**
 * rendered: valid, no warnings, every output written; warnings: the same with warnings;
 * invalid: the plan has errors and was not rendered; failed: valid (or unknown) but rendering,
 * writing or the worker failed; skipped: not processed (--fail-fast or interrupted).
 */
export type PlanStatus = 'rendered' | 'warnings' | 'invalid' | 'failed' | 'skipped';

/** What the index shows about a plan; fields are null when the plan does not say (or is unreadable). */
export interface PlanSummary {
  municipality: string | null;
  country: string | null;
  title: string | null;
  period: { from: number; to: number } | null;
  /** The plan's own status: draft, consultation or adopted. */
  planStatus: string | null;
  measures: number | null;
  /** From the view (valid plans only): the total and its text formatted in the plan's language. */
  budget: { total: number; currency: string; text: string } | null;
  /** From the progress file beside the plan (`pecs.progress.yaml` beside `pecs.yaml`), when there is a valid one. */
  progress: ProgressSummary | null;
  /** The reviewer's checklist score (valid plans only); `text` in the plan's language, e.g. "7/13 (53 %)". */
  review: ReviewScore | null;
}

/** A plan's score on the reviewer's checklist: checks met in full, met in part, and that apply. */
export interface ReviewScore {
  met: number;
  partial: number;
  applicable: number;
  percent: number;
  text: string;
}

/** Where a plan's implementation stands in the latest year of its progress file. */
export interface ProgressSummary {
  /** The progress file's name (it sits beside the plan). */
  file: string;
  year: number;
  /** Measures by status in that year; measures the year does not mention are 'not-reported'. */
  statuses: Record<'not-started' | 'on-track' | 'delayed' | 'completed' | 'cancelled' | 'not-reported', number>;
  /** Planned for the years from the plan's start to that year, and spent in them (plan currency). */
  plannedToDate: number;
  spentToDate: number;
  /** spentToDate / plannedToDate; null when nothing was planned to date. */
  executionRate: number | null;
  /** The same figures formatted in the plan's language. */
  text: { plannedToDate: string; spentToDate: string; executionRate: string };
}

export interface PlanResult {
  /** The input path as expanded from the command line. */
  file: string;
  status: PlanStatus;
  summary: PlanSummary;
  errors: number;
  warnings: number;
  /** Paths of the written outputs, relative to outDir, with `/` separators. */
  outputs: Partial<Record<OutputFormat, string>>;
  issues: Issue[];
  /** Why a plan failed (status failed): e.g. TIMEOUT, WORKER_CRASHED, RENDER_FAILED, FILE_EXISTS. */
  failure?: { code: string; message: string };
  /** Source text of an invalid plan, so a reporter can quote the offending lines (not in report.json). */
  text?: string;
}

export interface BatchSummary {
  plans: number;
  /** Rendered plans, with or without warnings. */
  rendered: number;
  withWarnings: number;
  invalid: number;
  failed: number;
  skipped: number;
}

export interface BatchReport {
  /** Version of the report.json format. */
  version: 1;
  generator: string;
  /** Set when the report covers one shard; `plans` and `inputs` describe the whole batch. */
  shard: (Shard & { plans: number; inputs: string }) | null;
  options: { formats: OutputFormat[]; date: string | null; overrides: string[]; templateDir: string | null; progressDir?: string | null };
  summary: BatchSummary;
  /** In input order (sorted by path), whatever order the workers finished in. */
  plans: PlanResult[];
  /** True when the run was aborted; index.md and report.json were not written then. */
  interrupted: boolean;
  /** Where index.md and report.json were written (relative to outDir), when they were. */
  files: { index: string; report: string } | null;
}

/** One plan for a worker. Plain data: it crosses the thread boundary by structured clone. */
export interface PlanTask {
  file: string;
  formats: OutputFormat[];
  overrides: Override[];
  date?: string;
  templateDir?: string;
  progressDir?: string;
}

/** What a processor returns for a task. Outputs are returned, not written: the main thread writes. */
export interface PlanOutcome {
  ok: boolean;
  issues: Issue[];
  summary: PlanSummary;
  outputs: { format: OutputFormat; data: string | Uint8Array }[];
  /** Set when a valid plan could not be rendered (a bug in a renderer, most likely). */
  failure?: { code: string; message: string };
  /** Source text, when the plan is invalid. */
  text?: string;
}
