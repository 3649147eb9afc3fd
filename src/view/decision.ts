import { fill } from '../i18n/index.js';
import type { ViewContext } from './context.js';
import { romaTookPart } from './sections.js';
import type { View } from './types.js';

/**
 * The council decision that adopts the plan (Annex 3), worded from the language file. For a plan
 * not yet adopted it is the draft the council votes on, with the date left blank.
 */
export function buildDecision(ctx: ViewContext, budget: View['budget'], frequencyText: string): View['decision'] {
  const { plan, fmt, labels } = ctx;
  const adoption = plan.plan.adoption;
  const adopted = plan.plan.status === 'adopted' && adoption !== undefined;
  // Before adoption the council that will adopt is the one the monitoring reports go to.
  const body = adoption?.body ?? plan.monitoring.reportTo;
  const values = {
    body,
    title: plan.plan.title,
    municipality: plan.municipality.name,
    period: fmt.period(plan.plan.period.from, plan.plan.period.to),
    decision: adoption?.decision ?? '',
    coordinator: plan.governance.coordinator.role,
    monitoringBody: plan.monitoring.body,
    reportTo: plan.monitoring.reportTo,
    frequency: frequencyText,
    total: budget.total.text,
    municipal: budget.municipal.text,
    date: adopted ? fmt.date(adoption.date) : labels.decisionDateBlank,
  };
  return {
    title: fill(adopted ? labels.decisionTitleAdopted : labels.decisionTitleDraft, values),
    paragraphs: [
      romaTookPart(plan) ? labels.decisionPreamble : labels.decisionPreambleUnrecorded,
      labels.decisionAdopt,
      labels.decisionCoordination,
      labels.decisionBudget,
      labels.decisionEntry,
      labels.decisionPlaceDate,
      labels.decisionSignature,
    ].map((p) => fill(p, values)),
  };
}
