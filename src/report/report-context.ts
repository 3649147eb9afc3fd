import { messagesFor, type Messages } from '../i18n/index.js';
import { createFormat, intlFormats, type Format } from '../view/format.js';
import type { Plan } from '../plan/types.js';
import type { Progress } from '../progress/types.js';
import type { View } from '../view/types.js';

export type ReportLabels = Messages['followUp']['report'];

/** What every part of the report is built from. */
export interface ReportContext {
  view: View;
  plan: Plan;
  progress: Progress;
  year: number;
  fmt: Format;
  labels: ReportLabels;
  percent: (share: number) => string;
}

export function createReportContext(view: View, plan: Plan, progress: Progress, year: number): ReportContext {
  const messages = messagesFor(view.locale);
  const whole = wholeAmounts(plan, progress);
  const fmt = createFormat(view.locale, plan.currency, messages.document, whole);
  const { percentFormat } = intlFormats(view.locale, plan.currency, whole);
  return { view, plan, progress, year, fmt, labels: messages.followUp.report, percent: (share) => percentFormat.format(share) };
}

function wholeAmounts(plan: Plan, progress: Progress): boolean {
  const planned = Object.values(plan.areas).flatMap((a) => (a.objectives ?? []).flatMap((o) => o.measures.flatMap((m) => [m.cost.total, ...(m.cost.sources ?? []).map((s) => s.amount)])));
  const spent = progress.years.flatMap((y) => y.measures.flatMap((m) => (m.spent ?? []).map((s) => s.amount)));
  return [...planned, ...spent].every(Number.isInteger);
}
