import type { Flow } from './flow.js';
import type { StructElement } from './structure.js';
import { HEAD_FILL, RULE, STYLES, type TextStyle } from './styles.js';

/** A cell is plain text, or several paragraphs with their own styles (a bold title over a description). */
export type Cell = string | readonly CellPart[];
export interface CellPart {
  text: string;
  style?: TextStyle;
  /** Set flush right on the part's first line, beside its text (an amount beside its label). */
  right?: string;
}

export interface Column {
  header: string;
  /** Relative width; the columns share the text width in proportion (0: only its minimum). */
  weight: number;
  /** At least this wide (e.g. so that an amount of money is never broken). */
  minWidth?: number;
  align?: 'left' | 'right';
}

export interface Row {
  cells: readonly Cell[];
}

export interface TableSpec {
  columns: readonly Column[];
  rows: readonly Row[];
  style?: TextStyle;
  /** Light stripes on every other body row. */
  zebra?: boolean;
}

interface Line {
  text: string;
  style: TextStyle;
  height: number;
  right?: string;
}

const PAD_X = 3.5;
const PAD_Y = 3;

/**
 * Draws a table that continues across pages: the header row is repeated on every page, a row that
 * does not fit moves to the next page whole, and only a row taller than a whole page is split, line
 * by line, so that nothing is ever cut off. (pdfkit's own `doc.table()` neither repeats the header
 * nor splits such a row: it clamps it and loses the rest.)
 */
export function drawTable(flow: Flow, spec: TableSpec): void {
  if (spec.rows.length === 0) return;
  const misfit = spec.rows.find((r) => r.cells.length !== spec.columns.length);
  if (misfit) throw new Error(`a table row has ${misfit.cells.length} cells for ${spec.columns.length} columns`);
  const style = spec.style ?? STYLES.cell;
  const widths = columnWidths(spec.columns, flow.width);
  const xs = widths.map((_, i) => flow.left + widths.slice(0, i).reduce((s, w) => s + w, 0));

  const layCell = (cell: Cell, col: number, base: TextStyle): Line[] => {
    const parts = typeof cell === 'string' ? [{ text: cell }] : cell;
    return parts.flatMap((p) => {
      const st = p.style ?? base;
      const h = flow.lineHeight(st);
      const beside = p.right === undefined ? 0 : flow.measure(p.right, st) + 6;
      return flow.wrap(p.text, st, widths[col]! - 2 * PAD_X - beside).map((text, i) => ({ text, style: st, height: h, ...(i === 0 && p.right !== undefined ? { right: p.right } : {}) }));
    });
  };
  const height = (cells: Line[][]): number => Math.max(0, ...cells.map((ls) => ls.reduce((s, l) => s + l.height, 0))) + 2 * PAD_Y;

  const head = spec.columns.map((c, i) => layCell(c.header, i, STYLES.head));
  const headHeight = height(head);
  const pageBody = flow.bottom - flow.top;

  const drawLines = (lines: readonly Line[], c: number, y: number): void => {
    let ly = y + PAD_Y;
    for (const l of lines) {
      const x = spec.columns[c]!.align === 'right' ? xs[c]! + widths[c]! - PAD_X - flow.measure(l.text, l.style) : xs[c]! + PAD_X;
      flow.line(l.text, x, ly, l.style);
      if (l.right !== undefined) flow.line(l.right, xs[c]! + widths[c]! - PAD_X - flow.measure(l.right, l.style), ly, l.style);
      ly += l.height;
    }
  };
  /** `parts`: the TD elements of a row split across pages, so that each of its cells stays one element. */
  const drawCells = (cells: Line[][], y: number, h: number, fill?: string, cellTag: 'TH' | 'TD' = 'TD', parts?: readonly (StructElement | undefined)[]): void => {
    const doc = flow.doc;
    // The fill and the rules go first, as one artifact: the text never touches a rule, so it looks the same.
    flow.artifact(() => {
      if (fill) flow.fillRect(flow.left, y, flow.width, h, fill);
      flow.strokeStyle(0.4, RULE);
      for (const x of xs) doc.moveTo(x, y).lineTo(x, y + h);
      doc.moveTo(flow.left + flow.width, y).lineTo(flow.left + flow.width, y + h);
      doc.moveTo(flow.left, y).lineTo(flow.left + flow.width, y).moveTo(flow.left, y + h).lineTo(flow.left + flow.width, y + h).stroke();
    });
    cells.forEach((lines, c) => {
      const part = parts?.[c];
      if (part !== undefined) {
        flow.resume(part, () => drawLines(lines, c, y));
      } else {
        flow.begin(cellTag);
        drawLines(lines, c, y);
        flow.end();
      }
    });
  };
  // The header row is in the structure once; its repetitions on later pages are artifacts.
  let headTagged = false;
  const drawHead = (): void => {
    if (headTagged) {
      flow.artifact(() => drawCells(head, flow.y, headHeight, HEAD_FILL, 'TH'));
    } else {
      flow.begin('TR');
      drawCells(head, flow.y, headHeight, HEAD_FILL, 'TH');
      flow.end();
      headTagged = true;
    }
    flow.y += headHeight;
  };
  const continueOnNewPage = (): void => {
    flow.newPage();
    drawHead();
  };

  const laid = spec.rows.map((row) => row.cells.map((cell, c) => layCell(cell, c, style)));
  const heights = laid.map(height);
  // What of row i must fit below the header: all of it, unless it is taller than a page and will be split.
  const firstPiece = (i: number): number => {
    const h = heights[i] ?? 0;
    return headHeight + h <= pageBody ? h : Math.min(h, 2 * PAD_Y + 3 * flow.lineHeight(style));
  };

  // A short table is not worth breaking: it moves to the next page whole.
  const whole = headHeight + heights.reduce((sum, h) => sum + h, 0);
  flow.ensure(whole <= pageBody / 3 ? whole : headHeight + firstPiece(0));
  flow.begin('Table');
  drawHead();
  let stripe = false;
  laid.forEach((cells, i) => {
    const h = heights[i]!;
    if (flow.y + h > flow.bottom && headHeight + h <= pageBody) continueOnNewPage();
    const fill = spec.zebra && stripe ? '#fafbfc' : undefined;
    stripe = !stripe;
    flow.begin('TR');
    if (flow.y + h <= flow.bottom) {
      drawCells(cells, flow.y, h, fill);
      flow.y += h;
      flow.end();
      return;
    }
    // Taller than a page: split between lines, continuing under a repeated header.
    if (flow.bottom - flow.y < 2 * PAD_Y + 3 * flow.lineHeight(style)) continueOnNewPage();
    // One TD per cell, filled chunk by chunk.
    const parts = cells.map(() => {
      const td = flow.begin('TD');
      flow.end();
      return td;
    });
    let rest = cells.map((ls) => [...ls]);
    while (rest.some((ls) => ls.length > 0)) {
      const room = flow.bottom - flow.y - 2 * PAD_Y;
      const chunk = rest.map((ls) => {
        let used = 0;
        let n = 0;
        while (n < ls.length && used + ls[n]!.height <= room) used += ls[n++]!.height;
        return ls.slice(0, n);
      });
      const ch = height(chunk);
      drawCells(chunk, flow.y, ch, fill, 'TD', parts);
      flow.y += ch;
      rest = rest.map((ls, c) => ls.slice(chunk[c]!.length));
      if (rest.some((ls) => ls.length > 0)) continueOnNewPage();
    }
    flow.end();
  });
  flow.end();
  flow.y += 8;
}

/** Shares the width by weight, first giving every column its minimum (in points, plus padding). */
function columnWidths(columns: readonly Column[], width: number): number[] {
  let fixed = new Set<number>();
  for (;;) {
    const fixedWidth = [...fixed].reduce((s, i) => s + (columns[i]!.minWidth ?? 0) + 2 * PAD_X, 0);
    const weights = columns.reduce((s, c, i) => s + (fixed.has(i) ? 0 : c.weight), 0);
    if (weights === 0) {
      // Every column is as wide as it must be: what is left is shared evenly.
      const least = columns.map((c) => (c.minWidth ?? 0) + 2 * PAD_X);
      const spare = (width - least.reduce((s, w) => s + w, 0)) / columns.length;
      return least.map((w) => w + spare);
    }
    const widths = columns.map((c, i) => (fixed.has(i) ? (c.minWidth ?? 0) + 2 * PAD_X : ((width - fixedWidth) * c.weight) / weights));
    const short = columns.findIndex((c, i) => !fixed.has(i) && c.minWidth !== undefined && widths[i]! < c.minWidth + 2 * PAD_X);
    if (short === -1) return widths;
    fixed = new Set([...fixed, short]);
  }
}
