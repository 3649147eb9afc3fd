import { fill, type Messages } from '../../i18n/index.js';
import type { View } from '../../view/types.js';
import { AREA_COLORS, sourceColor } from '../pdf/charts/palette.js';
import { esc, fit, LABEL, ROW, VALUE, WIDTH, type SvgChart } from './chart.js';

/**
 * The budget by area as bars stacked by funding source, with a legend; undefined when there is
 * nothing to draw. `nextFigure` numbers the caption, and is called only for a chart that is drawn.
 */
export function budgetChart(view: View, charts: Messages['pdf'], nextFigure: () => number): SvgChart | undefined {
  const b = view.budget;
  const max = Math.max(0, ...b.byArea.map((a) => a.total.value));
  if (b.byArea.length === 0 || max <= 0) return undefined;
  const short = (id: string, title: string): string => view.coverage.rows.find((r) => r.id === id)?.short ?? title;
  const span = WIDTH - LABEL - VALUE;
  let body = '';
  b.byArea.forEach((a, row) => {
    const y = row * ROW;
    body += `<text x="0" y="${y + 17}" class="label">${esc(fit(`${a.number}. ${short(a.id, a.title)}`, 25))}</text>`;
    let x = LABEL;
    a.bySource.forEach((money, i) => {
      const w = (money.value / max) * span;
      if (w <= 0) return;
      body += `<rect x="${x.toFixed(1)}" y="${y + 6}" width="${w.toFixed(1)}" height="14" fill="${sourceColor(b.bySource[i]?.type ?? 'other')}"/>`;
      x += w;
    });
    body += `<text x="${(x + 6).toFixed(1)}" y="${y + 17}" class="value">${esc(a.total.text)}</text>`;
  });
  const top = b.byArea.length * ROW;
  body += `<line x1="${LABEL}" y1="0" x2="${LABEL}" y2="${top}" class="axis"/>`;
  let lx = 0;
  body += `<text x="0" y="${top + 24}" class="label strong">${esc(charts.legend)}</text>`;
  let ly = top + 46;
  for (const s of b.bySource) {
    const text = `${s.label} (${s.shareText})`;
    const w = 26 + text.length * 7.5;
    if (lx + w > WIDTH) {
      lx = 0;
      ly += 20;
    }
    body += `<rect x="${lx}" y="${ly - 10}" width="12" height="12" fill="${sourceColor(s.type)}"/><text x="${lx + 16}" y="${ly}" class="label">${esc(text)}</text>`;
    lx += w;
  }
  const desc = [
    b.byArea.map((a) => `${a.number}. ${a.title}: ${a.total.text}`).join('; '),
    `${charts.legend} ${b.bySource.map((s) => `${s.label} ${s.total.text} (${s.shareText})`).join('; ')}`,
  ].join('. ');
  const caption = fill(charts.figure, { number: nextFigure(), title: charts.budgetChartTitle });
  return { id: 'chart-budget', caption, title: charts.budgetChartTitle, desc, height: ly + 10, body };
}

/** When each measure runs: one bar per measure over the quarters of the plan period. */
export function ganttChart(view: View, charts: Messages['pdf'], nextFigure: () => number): SvgChart {
  const tl = view.timeline;
  const years = tl.to - tl.from + 1;
  const quarters = years * 4;
  const span = WIDTH - LABEL - 10;
  const q = span / quarters;
  const head = 40;
  let body = '';
  for (let i = 0; i < years; i++) {
    const x = LABEL + i * 4 * q;
    body += `<text x="${(x + 2 * q).toFixed(1)}" y="16" class="label middle">${tl.from + i}</text>`;
    for (let k = 0; k < 4; k++) body += `<text x="${(x + (k + 0.5) * q).toFixed(1)}" y="34" class="tick middle">${esc(fill(charts.quarter, { quarter: k + 1 }))}</text>`;
    body += `<line x1="${x.toFixed(1)}" y1="20" x2="${x.toFixed(1)}" y2="${head + tl.bars.length * ROW}" class="grid"/>`;
  }
  tl.bars.forEach((bar, row) => {
    const y = head + row * ROW;
    const x = LABEL + bar.startIndex * q;
    const w = Math.max(q * 0.5, (bar.endIndex - bar.startIndex + 1) * q);
    body += `<text x="0" y="${y + 17}" class="label">${esc(fit(`${bar.number} ${bar.title}`, 25))}</text>`;
    body += `<rect x="${x.toFixed(1)}" y="${y + 6}" width="${w.toFixed(1)}" height="14" fill="${AREA_COLORS[bar.areaId]}"/>`;
  });
  const desc = tl.bars.map((bar) => `${bar.number} ${bar.title}: ${bar.startText} – ${bar.endText}`).join('; ');
  const caption = fill(charts.figure, { number: nextFigure(), title: charts.ganttTitle });
  return { id: 'chart-timeline', caption, title: charts.ganttTitle, desc, height: head + tl.bars.length * ROW + 6, body };
}
