import { parseYearOrQuarter } from '../plan/rules/period.js';
import type { ViewContext } from './context.js';
import type { AreaView, View } from './types.js';

/**
 * When each measure runs, as quarter indexes from the start of the period (0 = Q1 of the first
 * year), and the same bars as a Mermaid gantt chart that Markdown viewers draw.
 */
export function buildTimeline(ctx: ViewContext, areas: readonly AreaView[]): View['timeline'] {
  const { from, to } = ctx.plan.plan.period;
  const bars = areas.flatMap((a) =>
    a.objectives.flatMap((o) =>
      o.measures.map((m) => {
        const s = parseYearOrQuarter(m.start);
        const e = parseYearOrQuarter(m.end);
        const startIndex = s ? (s.year - from) * 4 + s.firstQuarter - 1 : 0;
        const endIndex = e ? (e.year - from) * 4 + e.lastQuarter - 1 : (to - from + 1) * 4 - 1;
        return {
          number: m.number,
          title: m.title,
          areaId: a.id,
          areaNumber: a.number,
          startIndex,
          endIndex,
          startText: ctx.fmt.yearOrQuarter(m.start),
          endText: ctx.fmt.yearOrQuarter(m.end),
        };
      }),
    ),
  );
  const milestones = buildMilestones(ctx);
  return { from, to, bars, milestones, mermaid: mermaidGantt(ctx, areas, bars, milestones) };
}

function buildMilestones(ctx: ViewContext): View['timeline']['milestones'] {
  const { plan, labels, fmt } = ctx;
  const { from, to } = plan.plan.period;
  const out: View['timeline']['milestones'] = [];
  const adoption = plan.plan.status === 'adopted' ? plan.plan.adoption : undefined;
  if (adoption !== undefined) {
    const [y, m] = adoption.date.split('-').map(Number);
    out.push({ label: labels.coverAdoptionDate, dateText: fmt.date(adoption.date), at: (y! - from) * 4 + (m! - 1) / 3 });
  }
  const { midTermReview, finalEvaluation } = plan.monitoring;
  if (midTermReview !== undefined) out.push({ label: labels.monitoringMidTerm, dateText: String(midTermReview), at: (midTermReview - from) * 4 + 2 });
  if (finalEvaluation !== undefined) out.push({ label: labels.monitoringFinal, dateText: String(finalEvaluation), at: (finalEvaluation - from) * 4 + 2 });
  return out.filter((m) => m.at >= 0 && m.at <= (to - from + 1) * 4);
}

function mermaidGantt(ctx: ViewContext, areas: readonly AreaView[], bars: View['timeline']['bars'], milestones: View['timeline']['milestones']): string {
  const { from } = ctx.plan.plan.period;
  const lines = ['gantt', `  title ${mermaidText(ctx.plan.plan.title, 120)}`, '  dateFormat YYYY-MM-DD', '  axisFormat %Y', '  todayMarker off'];
  if (milestones.length > 0) {
    lines.push(`  section ${mermaidText(ctx.labels.chapterMonitoring, 60)}`);
    for (const m of milestones) {
      const month = Math.floor((m.at % 4) * 3) + 1;
      const date = `${from + Math.floor(m.at / 4)}-${String(month).padStart(2, '0')}-01`;
      lines.push(`    ${mermaidText(`${m.label} (${m.dateText})`, 80)} :milestone, ${date}, 0d`);
    }
  }
  for (const area of areas) {
    const own = bars.filter((b) => b.areaId === area.id);
    if (own.length === 0) continue;
    lines.push(`  section ${mermaidText(`${area.number}. ${ctx.texts.areas[area.id].short}`, 60)}`);
    for (const b of own) {
      // Mermaid end dates are exclusive: a bar ending in Q2 runs up to the first day of Q3.
      lines.push(`    ${mermaidText(`${b.number} ${b.title}`, 80)} :${quarterStart(from, b.startIndex)}, ${quarterStart(from, b.endIndex + 1)}`);
    }
  }
  return lines.join('\n');
}

function quarterStart(from: number, index: number): string {
  const year = from + Math.floor(index / 4);
  const month = (index % 4) * 3 + 1;
  return `${year}-${String(month).padStart(2, '0')}-01`;
}

/**
 * Text safe inside a Mermaid gantt line: `:` ends a task name, `;` and `#` start entity codes,
 * `%%` a comment (so any run of `%` becomes one: `%%%` must not leave `%%` behind), and a newline
 * a new statement. Long names are cut so the chart stays legible.
 */
export function mermaidText(text: string, max: number): string {
  const clean = text
    .replace(/[:;#]/g, ' ')
    .replace(/%{2,}/g, '%')
    .replace(/[`]/g, "'")
    .replace(/</g, '‹')
    .replace(/>/g, '›')
    .replace(/\s+/g, ' ')
    .trim();
  const chars = [...clean];
  return chars.length > max ? `${chars.slice(0, max - 1).join('').trimEnd()}…` : clean;
}
