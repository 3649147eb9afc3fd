import type { View } from '../../../view/types.js';
import type { Flow } from '../layout/flow.js';
import { RULE, STYLES } from '../layout/styles.js';
import { fitLine } from '../layout/wrap.js';
import { sourceColor } from './palette.js';

const LABEL_WIDTH = 120;
const VALUE_WIDTH = 78;
const ROW = 17;
const BAR = 10;
const SWATCH = 7;

/**
 * The budget by area as horizontal bars stacked by funding source, with a legend. Small enough
 * (at most seven areas) to be kept on one page.
 */
export function drawBudgetBars(flow: Flow, view: View, legendTitle: string): void {
  const { budget } = view;
  const rows = budget.byArea;
  // The short area names of the coverage matrix fit the label column without being cut.
  const name = (id: string, title: string): string => view.coverage.rows.find((r) => r.id === id)?.short ?? title;
  const max = Math.max(0, ...rows.map((r) => r.total.value));
  if (rows.length === 0 || max <= 0) return;
  const doc = flow.doc;
  const x0 = flow.left + LABEL_WIDTH;
  const span = flow.width - LABEL_WIDTH - VALUE_WIDTH;

  const legend = legendRows(flow, budget.bySource, legendTitle);
  const legendHeight = legend.length * 12;
  flow.ensure(rows.length * ROW + 10 + legendHeight);

  const top = flow.y;
  for (const row of rows) {
    const y = flow.y;
    const label = fitLine(`${row.number}. ${name(row.id, row.title)}`, LABEL_WIDTH - 8, (s) => flow.measure(s, STYLES.chart));
    flow.line(label, flow.left, y + (ROW - 8) / 2, STYLES.chart);
    let x = x0;
    // byArea[].bySource is in the same order as budget.bySource.
    row.bySource.forEach((money, i) => {
      const w = (money.value / max) * span;
      if (w <= 0) return;
      flow.fillRect(x, y + (ROW - BAR) / 2, w, BAR, sourceColor(budget.bySource[i]?.type ?? 'other'));
      x += w;
    });
    flow.line(row.total.text, x + 4, y + (ROW - 8) / 2, STYLES.chart);
    flow.y += ROW;
  }
  flow.strokeStyle(0.6, RULE);
  doc.moveTo(x0, top).lineTo(x0, flow.y).stroke();
  flow.y += 8;

  for (const line of legend) {
    for (const item of line) {
      if (item.color) flow.fillRect(flow.left + item.x, flow.y + 1, SWATCH, SWATCH, item.color);
      flow.line(item.text, flow.left + item.x + (item.color ? SWATCH + 3 : 0), flow.y, item.color ? STYLES.chart : STYLES.chartBold);
    }
    flow.y += 12;
  }
  flow.y += 6;
}

interface LegendItem {
  x: number;
  text: string;
  color?: string;
}

/** Lays the legend out in as many lines as its entries need. */
function legendRows(flow: Flow, sources: View['budget']['bySource'], title: string): LegendItem[][] {
  const lines: LegendItem[][] = [[{ x: 0, text: title }]];
  let x = flow.measure(title, STYLES.chartBold) + 10;
  for (const s of sources) {
    const text = `${s.label} (${s.shareText})`;
    const w = SWATCH + 3 + flow.measure(text, STYLES.chart) + 12;
    if (x + w > flow.width && x > 0) {
      lines.push([]);
      x = 0;
    }
    lines[lines.length - 1]!.push({ x, text, color: sourceColor(s.type) });
    x += w;
  }
  return lines;
}
