import type { BarsBlock, Block, DocumentModel } from '../../document/blocks.js';
import { loadFonts } from './fonts.js';
import { markMissingGlyphs } from './glyph-coverage.js';
import { drawRunners } from './header-footer.js';
import { drawDefinitions } from './layout/definitions.js';
import type { Flow } from './layout/flow.js';
import { RULE, STYLES } from './layout/styles.js';
import { SERIES_COLORS } from './charts/palette.js';
import { drawTable } from './layout/table.js';
import { fitLine } from './layout/wrap.js';
import { openPdf } from './open-pdf.js';

/** Lays out the blocks in order; a level-2 heading starts a page unless the page is still empty. */
export async function drawDocument(source: DocumentModel): Promise<Uint8Array> {
  const { flow, finish } = await openPdf(source.meta);
  const model = markMissingGlyphs(source, await loadFonts());
  let number = 0;
  for (const b of model.blocks) drawBlock(flow, b, () => (number += 1));
  flow.flushHeadings();
  drawRunners(flow, model.runningHeader, model.pageOf);
  return finish();
}

function drawBlock(flow: Flow, b: Block, nextChapter: () => number): void {
  switch (b.kind) {
    case 'heading': {
      const style = b.level === 1 ? STYLES.h1 : b.level === 2 ? STYLES.h2 : STYLES.h3;
      const ref = b.level === 3 ? undefined : { id: b.id, number: '', title: b.text, level: (b.level === 1 ? 1 : 2) as 1 | 2 };
      if (b.level === 2) nextChapter();
      flow.heading(b.text, style, b.level === 1 ? { before: 0, after: 12 } : b.level === 2 ? { before: 14, after: 6 } : { before: 8, after: 4 }, ref);
      return;
    }
    case 'paragraph':
      flow.paragraph(b.text, b.tone === 'note' ? STYLES.small : b.tone === 'strong' ? STYLES.bodyBold : STYLES.body);
      return;
    case 'list':
      flow.bullets(b.items, STYLES.body, { numbered: b.numbered ?? false });
      return;
    case 'definitions':
      drawDefinitions(flow, b.pairs);
      return;
    case 'table': {
      const totals = new Set(b.totalRows ?? []);
      drawTable(flow, {
        columns: b.columns.map((c, i) => ({ header: c.header, weight: c.weight, ...(c.align ? { align: c.align } : {}), ...unbroken(flow, b.rows, i) })),
        rows: b.rows.map((cells, i) => ({ cells: totals.has(i) ? cells.map((text) => [{ text, style: STYLES.cellBold }]) : cells })),
        zebra: true,
      });
      return;
    }
    case 'bars':
      flow.figure(b.alt, () => drawBars(flow, b));
      return;
  }
}

/** Short cells (amounts, a one-word status) are never broken: their column is at least as wide as the widest. */
const UNBROKEN_UP_TO = 78;

function unbroken(flow: Flow, rows: readonly (readonly string[])[], column: number): { minWidth?: number } {
  let widest = 0;
  for (const r of rows) {
    const text = r[column] ?? '';
    if (text.length > 24) return {};
    widest = Math.max(widest, flow.measure(text, STYLES.cellBold));
  }
  return widest > 0 && widest <= UNBROKEN_UP_TO ? { minWidth: widest + 1 } : {};
}

const LABEL_WIDTH = 150;
const VALUE_WIDTH = 84;
const BAR = 6;

/** One group of thin bars per row (planned above done), each with its figure at its end. */
function drawBars(flow: Flow, b: BarsBlock): void {
  if (b.rows.length === 0 || b.max <= 0) return;
  const rowHeight = b.series.length * (BAR + 2) + 6;
  const span = flow.width - LABEL_WIDTH - VALUE_WIDTH;
  flow.heading(b.caption, STYLES.h3, { before: 8, after: 6 });
  flow.ensure(Math.min(b.rows.length, 6) * rowHeight + 14);
  const x0 = flow.left + LABEL_WIDTH;
  for (const row of b.rows) {
    if (flow.y + rowHeight > flow.bottom) flow.newPage();
    const top = flow.y;
    flow.line(fitLine(row.label, LABEL_WIDTH - 8, (s) => flow.measure(s, STYLES.chart)), flow.left, top + (rowHeight - 12) / 2, STYLES.chart);
    b.series.forEach((s, i) => {
      const y = top + 3 + i * (BAR + 2);
      const w = Math.max(0, Math.min(1, (row.values[i] ?? 0) / b.max)) * span;
      if (w > 0) flow.fillRect(x0, y, w, BAR, SERIES_COLORS[s.key]);
      flow.line(row.texts[i] ?? '', x0 + w + 4, y - 1, STYLES.chart);
    });
    flow.strokeStyle(0.5, RULE);
    flow.doc.moveTo(x0, top).lineTo(x0, top + rowHeight).stroke();
    flow.y += rowHeight;
  }
  flow.y += 4;
  let x = flow.left + LABEL_WIDTH;
  for (const s of b.series) {
    flow.fillRect(x, flow.y + 1, 7, 7, SERIES_COLORS[s.key]);
    flow.line(s.label, x + 10, flow.y, STYLES.chart);
    x += 10 + flow.measure(s.label, STYLES.chart) + 16;
  }
  flow.y += 16;
}
