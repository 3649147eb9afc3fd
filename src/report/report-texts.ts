import { fill } from '../i18n/index.js';
import type { MeasureProgress } from '../progress/types.js';
import type { ReportContext, ReportLabels } from './report-context.js';
import type { ReportStatus, ReportView } from './types.js';

/** The label of each status, typed as a complete record so that a new status needs a label. */
export const STATUS_LABEL: Record<ReportStatus, keyof ReportLabels> = {
  'not-started': 'statusNotStarted',
  'on-track': 'statusOnTrack',
  delayed: 'statusDelayed',
  completed: 'statusCompleted',
  cancelled: 'statusCancelled',
  'not-reported': 'statusNotReported',
};

/** "120 (Roma 100, women 60)": the total, then the parts the measure counted. */
export function reachedText(ctx: ReportContext, r: NonNullable<MeasureProgress['reached']>): string {
  const { fmt, labels } = ctx;
  const parts = [
    r.roma !== undefined ? fill(labels.reachedRoma, { count: fmt.number(r.roma) }) : undefined,
    r.women !== undefined ? fill(labels.reachedWomen, { count: fmt.number(r.women) }) : undefined,
    r.children !== undefined ? fill(labels.reachedChildren, { count: fmt.number(r.children) }) : undefined,
  ].filter((p): p is string => p !== undefined);
  const total = r.total !== undefined ? fmt.number(r.total) : '';
  return parts.length === 0 ? total : `${total} (${parts.join(', ')})`.trim();
}

/**
 * The draft decision by which the council takes note of the report. It cites only what the plan
 * itself records (the body it reports to, the adopting decision, the coordinator), no law.
 */
export function buildDecision(ctx: ReportContext): ReportView['decision'] {
  const { labels, plan, view, year } = ctx;
  const body = plan.monitoring.reportTo;
  const adoption = view.meta.adoption;
  return {
    title: fill(labels.decisionTitle, { year }),
    paragraphs: [
      [fill(labels.decisionTakeNote, { body, plan: view.meta.title, year }), adoption ? fill(labels.decisionAdoptedBy, { decision: adoption.decision, date: adoption.dateText }) : undefined].filter(Boolean).join(' '),
      fill(labels.decisionCorrective, { body, coordinator: plan.governance.coordinator.role }),
      labels.decisionPublish,
      fill(view.labels['decisionPlaceDate'] ?? '{municipality}, {date}', { municipality: view.meta.municipality, date: view.labels['decisionDateBlank'] ?? '' }),
    ],
  };
}
