import type { Issue } from '../plan/issue.js';
import { loadPlan, type LoadedPlan } from '../plan/load.js';
import { loadProgress, type LoadedProgress } from '../progress/load.js';
import { buildView } from '../view/build-view.js';
import { buildReportView, type BuildReportOptions } from './build-report-view.js';
import { reportDocument } from './report-document.js';
import type { DocumentModel } from '../document/blocks.js';
import type { Sheet } from '../document/sheets.js';
import { reportSheets } from './report-sheets.js';
import type { ReportView } from './types.js';

export type LoadedReport =
  | { ok: true; plan: LoadedPlan; progress: LoadedProgress; view: ReportView; document: DocumentModel; sheets: Sheet[]; warnings: Issue[] }
  | { ok: false; plan: LoadedPlan; progress?: LoadedProgress };

/**
 * Reads a plan and its progress file, checks both, and builds the year's report, its document and its sheets.
 * Invalid input comes back as `ok: false` with the issues of whichever file failed.
 */
export async function loadReport(planFile: string, progressFile: string, options: BuildReportOptions = {}): Promise<LoadedReport> {
  const plan = await loadPlan(planFile);
  if (!plan.ok || !plan.plan) return { ok: false, plan };
  const progress = await loadProgress(progressFile, { plan });
  if (!progress.ok || !progress.progress) return { ok: false, plan, progress };
  const planView = buildView(plan.plan, { issues: plan.issues });
  const view = buildReportView(planView, plan.plan, progress.progress, options);
  return { ok: true, plan, progress, view, document: reportDocument(view), sheets: reportSheets(view), warnings: progress.issues.filter((i) => i.severity === 'warning') };
}
