import type { AreaView, View } from '../../../view/types.js';
import type { Flow } from '../layout/flow.js';
import { GROUP_FILL, MUTED, RULE, STYLES, type TextStyle } from '../layout/styles.js';
import { fitLine } from '../layout/wrap.js';
import { AREA_COLORS } from './palette.js';

const LABEL_WIDTH = 168;
const ROW = 11;
const BAR = 7;
const QUARTER: TextStyle = { ...STYLES.chart, color: MUTED };

type GanttRow = { area: AreaView } | { bar: View['timeline']['bars'][number] };

/**
 * The measures over the plan period as a vector Gantt chart: one bar per measure, grouped under its
 * area, on a quarter grid with the years above. Long plans continue on the next page under a
 * repeated time axis, like a table.
 */
export function drawGantt(flow: Flow, view: View, quarterLabel: (q: number) => string): void {
  const { from, to, bars } = view.timeline;
  const quarters = (to - from + 1) * 4;
  const x0 = flow.left + LABEL_WIDTH;
  const q = (flow.width - LABEL_WIDTH) / quarters;
  const doc = flow.doc;

  const rows: GanttRow[] = [];
  for (const area of view.areas) {
    const own = bars.filter((b) => b.areaId === area.id);
    if (own.length === 0) continue;
    rows.push({ area }, ...own.map((bar) => ({ bar })));
  }
  if (rows.length === 0) return;

  // Quarter labels only where each fits its column (ten-year plans have narrow quarters).
  const quartersFit = [1, 2, 3, 4].every((k) => flow.measure(quarterLabel(k), QUARTER) <= q - 2);
  const headHeight = quartersFit ? 24 : 14;
  const drawAxis = (): void => {
    const y = flow.y;
    for (let year = from; year <= to; year += 1) {
      const xs = x0 + (year - from) * 4 * q;
      const label = String(year);
      flow.line(label, xs + (4 * q - flow.measure(label, STYLES.chartBold)) / 2, y + 1, STYLES.chartBold);
      if (quartersFit) {
        for (let k = 0; k < 4; k += 1) {
          const ql = quarterLabel(k + 1);
          flow.line(ql, xs + k * q + (q - flow.measure(ql, STYLES.chart)) / 2, y + 13, QUARTER);
        }
      }
    }
    flow.strokeStyle(0.6, RULE);
    doc.moveTo(flow.left, y + headHeight).lineTo(flow.left + flow.width, y + headHeight).stroke();
    flow.y += headHeight;
  };
  const drawGrid = (top: number, bottom: number): void => {
    for (let k = 0; k <= quarters; k += 1) {
      const year = k % 4 === 0;
      flow.strokeStyle(year ? 0.6 : 0.25, year ? RULE : '#d0d0d0');
      doc.moveTo(x0 + k * q, top).lineTo(x0 + k * q, bottom).stroke();
    }
  };

  // Rows are split into pages first, so that each page's grid is drawn beneath its bars.
  flow.ensure(headHeight + 3 * ROW);
  const pages: GanttRow[][] = [[]];
  let y = flow.y + headHeight;
  for (const row of rows) {
    const keep = 'area' in row ? 2 * ROW : ROW;
    if (y + keep > flow.bottom && pages[pages.length - 1]!.length > 0) {
      pages.push([]);
      y = flow.top + headHeight;
    }
    pages[pages.length - 1]!.push(row);
    y += ROW;
  }
  pages.forEach((page, p) => {
    if (p > 0) flow.newPage();
    const top = flow.y;
    drawGrid(top, top + headHeight + page.length * ROW);
    drawAxis();
    for (const row of page) drawRow(row);
  });
  flow.y += 8;

  function drawRow(row: GanttRow): void {
    const y = flow.y;
    if ('area' in row) {
      flow.fillRect(flow.left, y, flow.width, ROW, GROUP_FILL);
      flow.fillRect(flow.left + 1, y + 2, 7, 7, AREA_COLORS[row.area.id]);
      flow.line(fitLine(`${row.area.number}. ${row.area.title}`, flow.width - 12, (s) => flow.measure(s, STYLES.chartBold)), flow.left + 10, y + 1.5, STYLES.chartBold);
    } else {
      const { bar } = row;
      const label = fitLine(`${bar.number}  ${bar.title}`, LABEL_WIDTH - 6, (s) => flow.measure(s, STYLES.chart));
      flow.line(label, flow.left + 10, y + 2, STYLES.chart);
      const bx = x0 + bar.startIndex * q + 0.8;
      const bw = Math.max((bar.endIndex - bar.startIndex + 1) * q - 1.6, 1.5);
      flow.fillRect(bx, y + (ROW - BAR) / 2, bw, BAR, AREA_COLORS[bar.areaId]);
    }
    flow.y += ROW;
  }
}
