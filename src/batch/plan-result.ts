import { join } from 'node:path';
import { RomaPlanError } from '../errors.js';
import { writeFileAtomic } from '../io/write-atomic.js';
import type { Issue } from '../plan/issue.js';
import type { NamedInput } from './output-names.js';
import type { LaneResult } from './worker-lane.js';
import type { BatchSummary, OutputFormat, PlanResult, PlanSummary } from './types.js';

export const EMPTY_SUMMARY: PlanSummary = { municipality: null, country: null, title: null, period: null, planStatus: null, measures: null, budget: null, progress: null, review: null };

/**
 * Turns what a worker returned into the plan's result, writing its outputs on the way. Writing
 * happens here, in the main thread, so that a worker stopped at any moment never leaves a file
 * behind; writeFileAtomic makes each write all-or-nothing.
 */
export async function settlePlan(item: NamedInput, run: Exclude<LaneResult, { kind: 'cancelled' }>, outDir: string, force: boolean): Promise<PlanResult> {
  if (run.kind === 'failed') return failed(item.file, EMPTY_SUMMARY, [], {}, { code: run.code, message: run.message });
  const { outcome } = run;
  const counts = countIssues(outcome.issues);
  if (!outcome.ok) {
    return { file: item.file, status: 'invalid', summary: outcome.summary, ...counts, outputs: {}, issues: outcome.issues, ...(outcome.text === undefined ? {} : { text: outcome.text }) };
  }
  if (outcome.failure) return failed(item.file, outcome.summary, outcome.issues, {}, outcome.failure);
  const written: Partial<Record<OutputFormat, string>> = {};
  for (const { format, data } of outcome.outputs) {
    const path = `${item.base}.${format}`;
    try {
      await writeFileAtomic(join(outDir, ...path.split('/')), data, { force });
    } catch (err) {
      if (!(err instanceof RomaPlanError)) throw err;
      return failed(item.file, outcome.summary, outcome.issues, written, { code: err.code, message: err.hint ? `${err.message}. ${err.hint}` : err.message });
    }
    written[format] = path;
  }
  return { file: item.file, status: counts.warnings > 0 ? 'warnings' : 'rendered', summary: outcome.summary, ...counts, outputs: written, issues: outcome.issues };
}

export function skipped(item: NamedInput): PlanResult {
  return { file: item.file, status: 'skipped', summary: EMPTY_SUMMARY, errors: 0, warnings: 0, outputs: {}, issues: [] };
}

function failed(file: string, summary: PlanSummary, issues: Issue[], outputs: Partial<Record<OutputFormat, string>>, failure: { code: string; message: string }): PlanResult {
  return { file, status: 'failed', summary, ...countIssues(issues), outputs, issues, failure };
}

function countIssues(issues: readonly Issue[]): { errors: number; warnings: number } {
  let errors = 0;
  for (const i of issues) if (i.severity === 'error') errors++;
  return { errors, warnings: issues.length - errors };
}

/** The counts of a batch's summary. */
export function summarize(plans: readonly PlanResult[]): BatchSummary {
  const count = (...statuses: PlanResult['status'][]) => plans.filter((p) => statuses.includes(p.status)).length;
  return {
    plans: plans.length,
    rendered: count('rendered', 'warnings'),
    withWarnings: count('warnings'),
    invalid: count('invalid'),
    failed: count('failed'),
    skipped: count('skipped'),
  };
}
