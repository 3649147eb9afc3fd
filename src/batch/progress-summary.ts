import { existsSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import type { Issue } from '../plan/issue.js';
import type { LoadedPlan } from '../plan/load.js';
import { loadProgress } from '../progress/load.js';
import { MEASURE_STATUSES } from '../progress/types.js';
import { buildReportView } from '../report/build-report-view.js';
import type { ReportStatus } from '../report/types.js';
import type { View } from '../view/types.js';
import type { ProgressSummary } from './types.js';

const STATUSES: readonly ReportStatus[] = [...MEASURE_STATUSES, 'not-reported'];

/**
 * `plans/pecs.yaml` -> `plans/pecs.progress.yaml` (or .yml, .json), when there is one; with a
 * progress folder, the file of that name in the folder.
 */
export function progressFileBeside(planFile: string, progressDir?: string): string | undefined {
  const stem = join(progressDir ?? dirname(planFile), basename(planFile, extname(planFile)));
  return ['.progress.yaml', '.progress.yml', '.progress.json'].map((ext) => stem + ext).find((f) => existsSync(f));
}

/**
 * Where a plan's implementation stands, from the progress file beside it: the latest year's
 * measures by status and the execution rate to date, computed as the annual report computes them.
 * A progress file with errors gives a warning on the plan instead.
 */
export async function summarizeProgress(plan: LoadedPlan, view: View, progressDir?: string): Promise<{ summary: ProgressSummary | null; issues: Issue[] }> {
  const file = progressFileBeside(plan.file, progressDir);
  if (file === undefined || !plan.plan) return { summary: null, issues: [] };
  const progress = await loadProgress(file, { plan });
  if (!progress.ok || !progress.progress) {
    const errors = progress.issues.filter((i) => i.severity === 'error');
    const first = errors[0];
    return {
      summary: null,
      issues: [{ severity: 'warning', code: 'PROGRESS_INVALID', path: '', message: `the progress file ${basename(file)} beside the plan has ${errors.length} error${errors.length === 1 ? '' : 's'}${first ? ` (first: ${first.code}${first.line ? ` at line ${first.line}` : ''})` : ''}; it is left out of the index`, hint: `Run \`roma-plan validate ${file}\` to see them.`, params: { file: basename(file), count: errors.length, path: file } }],
    };
  }
  const report = buildReportView(view, plan.plan, progress.progress);
  const counts = Object.fromEntries(STATUSES.map((s) => [s, report.statuses.find((x) => x.status === s)?.count ?? 0])) as Record<ReportStatus, number>;
  const total = report.budget.total;
  return {
    summary: {
      file: basename(file),
      year: report.year,
      statuses: counts,
      plannedToDate: total.plannedToDate.value,
      spentToDate: total.spentToDate.value,
      executionRate: total.rate ?? null,
      text: { plannedToDate: total.plannedToDate.text, spentToDate: total.spentToDate.text, executionRate: total.rateText },
    },
    issues: [],
  };
}
