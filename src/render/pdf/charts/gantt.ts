import type { AreaView, View } from '../../../view/types.js';
import type { Flow } from '../layout/flow.js';
import { ACCENT, GROUP_FILL, MUTED, RULE, STYLES, type TextStyle } from '../layout/styles.js';
import { fitLine } from '../layout/wrap.js';
import { AREA_COLORS } from './palette.js';

const LABEL_WIDTH = 168;
const ROW = 11;
const BAR = 7;
const DIAMOND = 4;
const QUARTER: TextStyle = { ...STYLES.chart, color: MUTED };

type Milestone = View['timeline']['milestones'][number];
type Bar = View['timeline']['bars'][number];
type GanttRow = { area: AreaView; height: number } | { bar: Bar; lines: readonly string[]; height: number } | { milestone: Milestone; lines: readonly string[]; height: number };

/**
 * The measures over the plan period as a vector Gantt chart: the milestones (adoption, mid-term
 * review, final evaluation) first, then one bar per measure, grouped under its area, with the
 * measure's number and full title wrapped in the label column, on a quarter grid with the years
 * above. Long plans continue on the next page under a repeated time axis, like a table.
 */
export function drawGantt(flow: Flow, view: View, quarterLabel: (q: number) => string): void {
  const { from, to, bars, milestones } = view.timeline;
  const quarters = (to - from + 1) * 4;
  const x0 = flow.left + LABEL_WIDTH;
  const q = (flow.width - LABEL_WIDTH) / quarters;
  const doc = flow.doc;
  const lh = flow.lineHeight(STYLES.chart);
  const labelled = (text: string): { lines: readonly string[]; height: number } => {
    const lines = flow.wrap(text, STYLES.chart, LABEL_WIDTH - 14);
    return { lines, height: Math.max(ROW, lines.length * lh + 3) };
  };

  const rows: GanttRow[] = milestones.map((milestone) => ({ milestone, ...labelled(`${milestone.label} (${milestone.dateText})`) }));
  for (const area of view.areas) {
    const own = bars.filter((b) => b.areaId === area.id);
    if (own.length === 0) continue;
    rows.push({ area, height: ROW }, ...own.map((bar) => ({ bar, ...labelled(`${bar.number}  ${bar.title}`) })));
  }
  if (rows.length === 0) return;

  // Every language gets quarter ticks: its own labels where they fit the columns, else the numbers 1-4.
  const own = [1, 2, 3, 4].map(quarterLabel);
  const ticks = own.every((l) => flow.measure(l, QUARTER) <= q - 2) ? own : ['1', '2', '3', '4'];
  const ticksFit = ticks.every((l) => flow.measure(l, QUARTER) <= q - 1);
  const headHeight = ticksFit ? 24 : 14;
  const drawAxis = (): void => {
    const y = flow.y;
    for (let year = from; year <= to; year += 1) {
      const xs = x0 + (year - from) * 4 * q;
      const label = String(year);
      flow.line(label, xs + (4 * q - flow.measure(label, STYLES.chartBold)) / 2, y + 1, STYLES.chartBold);
      if (ticksFit) {
        for (let k = 0; k < 4; k += 1) flow.line(ticks[k]!, xs + k * q + (q - flow.measure(ticks[k]!, QUARTER)) / 2, y + 13, QUARTER);
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
  for (const [i, row] of rows.entries()) {
    // An area's heading stays with its first measure.
    const keep = 'area' in row ? row.height + (rows[i + 1]?.height ?? 0) : row.height;
    if (y + keep > flow.bottom && pages[pages.length - 1]!.length > 0) {
      pages.push([]);
      y = flow.top + headHeight;
    }
    pages[pages.length - 1]!.push(row);
    y += row.height;
  }
  pages.forEach((page, p) => {
    if (p > 0) flow.newPage();
    const top = flow.y;
    drawGrid(top, top + headHeight + page.reduce((s, r) => s + r.height, 0));
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
      row.lines.forEach((l, i) => flow.line(l, flow.left + 10, y + 2 + i * lh, STYLES.chart));
      const mid = y + row.height / 2;
      if ('bar' in row) {
        const bx = x0 + row.bar.startIndex * q + 0.8;
        const bw = Math.max((row.bar.endIndex - row.bar.startIndex + 1) * q - 1.6, 1.5);
        flow.fillRect(bx, mid - BAR / 2, bw, BAR, AREA_COLORS[row.bar.areaId]);
      } else {
        const x = x0 + row.milestone.at * q;
        flow.fillPolygon(
          [
            [x, mid - DIAMOND],
            [x + DIAMOND, mid],
            [x, mid + DIAMOND],
            [x - DIAMOND, mid],
          ],
          ACCENT,
        );
      }
    }
    flow.y += row.height;
  }
}
