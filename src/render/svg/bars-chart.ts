import type { BarsBlock } from '../../document/blocks.js';
import { SERIES_COLORS } from '../pdf/charts/palette.js';
import { esc, fit, LABEL, ROW, VALUE, WIDTH, type SvgChart } from './chart.js';

/**
 * A block document's bar chart: one group of bars per row (planned above done), each with its
 * figure at its end, and a legend; undefined when there is nothing to draw.
 */
export function barsChart(b: BarsBlock, id: string): SvgChart | undefined {
  if (b.rows.length === 0 || b.max <= 0) return undefined;
  const bar = 10;
  const rowHeight = Math.max(ROW, b.series.length * (bar + 3) + 8);
  const span = WIDTH - LABEL - VALUE;
  let body = '';
  b.rows.forEach((row, r) => {
    const top = r * rowHeight;
    body += `<text x="0" y="${top + rowHeight / 2 + 4}" class="label">${esc(fit(row.label, 25))}</text>`;
    b.series.forEach((s, i) => {
      const y = top + 4 + i * (bar + 3);
      const w = Math.max(0, Math.min(1, (row.values[i] ?? 0) / b.max)) * span;
      if (w > 0) body += `<rect x="${LABEL}" y="${y}" width="${w.toFixed(1)}" height="${bar}" fill="${SERIES_COLORS[s.key]}"/>`;
      body += `<text x="${(LABEL + w + 6).toFixed(1)}" y="${y + bar - 1}" class="tick">${esc(row.texts[i] ?? '')}</text>`;
    });
  });
  const top = b.rows.length * rowHeight;
  body += `<line x1="${LABEL}" y1="0" x2="${LABEL}" y2="${top}" class="axis"/>`;
  let x = LABEL;
  for (const s of b.series) {
    body += `<rect x="${x}" y="${top + 12}" width="12" height="12" fill="${SERIES_COLORS[s.key]}"/><text x="${x + 16}" y="${top + 22}" class="label">${esc(s.label)}</text>`;
    x += 30 + s.label.length * 7.5;
  }
  const desc = b.rows.map((row) => `${row.label}: ${b.series.map((s, i) => `${s.label} ${row.texts[i] ?? ''}`).join(', ')}`).join('; ');
  return { id, caption: b.caption, title: b.caption, desc, height: top + 32, body };
}
