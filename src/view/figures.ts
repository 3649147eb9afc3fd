import type { Messages } from '../i18n/index.js';
import type { View } from './types.js';

/**
 * The alternative text of the charts, for readers who do not see them (a tagged PDF's Figure):
 * the chart's title in the document's language, then what it shows, as the view's own labels and
 * figures, in the chart's order.
 */
export function buildFigures(pdf: Messages['pdf'], budget: View['budget'], timeline: View['timeline']): View['figures'] {
  const sources = (amounts: readonly { value: number; text: string }[]): string =>
    amounts
      .map((m, i) => (m.value === 0 ? '' : `${budget.bySource[i]?.label ?? ''} ${m.text}`))
      .filter((s) => s !== '')
      .join(', ');
  const areas = budget.byArea.map((a) => `${a.number}. ${a.title}: ${a.total.text} (${sources(a.bySource)})`);
  const bars = timeline.bars.map((b) => `${b.number} ${b.title}: ${b.startText} – ${b.endText}`);
  const milestones = timeline.milestones.map((m) => `${m.label} (${m.dateText})`);
  return {
    budget: `${pdf.budgetChartTitle}. ${areas.join('; ')}.`,
    timeline: `${pdf.ganttTitle}. ${[...bars, ...milestones].join('; ')}.`,
  };
}
