import type { DocumentModel } from '../document/blocks.js';
import { loadPlan, type LoadedPlan } from '../plan/load.js';
import { amendmentDocument } from './amendment-document.js';
import { buildAmendmentView, type AmendmentView } from './amendment-view.js';
import { diffPlans } from './diff-plans.js';
import type { PlanDiff } from './types.js';

export type LoadedDiff =
  | { ok: true; before: LoadedPlan; after: LoadedPlan; diff: PlanDiff; view: AmendmentView; document: DocumentModel }
  | { ok: false; before: LoadedPlan; after: LoadedPlan };

/**
 * Reads two versions of a plan, checks both, and works out what the second changes in the first,
 * with the amendment document in the amended plan's language. Either plan invalid: `ok: false`.
 */
export async function loadDiff(beforeFile: string, afterFile: string, options: { date?: string } = {}): Promise<LoadedDiff> {
  const [before, after] = await Promise.all([loadPlan(beforeFile), loadPlan(afterFile)]);
  if (!before.ok || !before.plan || !after.ok || !after.plan) return { ok: false, before, after };
  const diff = diffPlans(before.plan, after.plan);
  const view = buildAmendmentView(diff, before.plan, after.plan, options);
  return { ok: true, before, after, diff, view, document: amendmentDocument(view) };
}
