import type { ChapterRef } from '../../../view/types.js';
import { RULE, STYLES } from '../layout/styles.js';
import type { StructElement } from '../layout/structure.js';
import type { Ctx } from './context.js';

interface Entry {
  id: string;
  page: number;
  top: number;
  bottom: number;
  /** Where the title's last line ends, for the dot leader. */
  textEnd: number;
  leaderY: number;
  /** The entry's Link structure element, which gets its page number and link once the pages are known. */
  link: StructElement | undefined;
}

const NUMBER_WIDTH = 34;
const PAGE_WIDTH = 28;

/**
 * Lays out the contents where they stand; the page numbers and links are added by
 * `fillContents` once the chapters are placed, since only then are their pages known.
 */
export function layoutContents(ctx: Ctx, entries: readonly ChapterRef[]): Entry[] {
  const { flow } = ctx;
  const out: Entry[] = [];
  for (const ref of entries) {
    const style = ref.level === 1 ? STYLES.bodyBold : STYLES.body;
    const indent = ref.level === 1 ? 0 : NUMBER_WIDTH;
    const x = flow.left + indent + NUMBER_WIDTH;
    const lines = flow.wrap(ref.title, style, flow.width - indent - NUMBER_WIDTH - PAGE_WIDTH - 12);
    const lh = flow.lineHeight(style);
    flow.ensure(lh * lines.length + (ref.level === 1 ? 4 : 0));
    if (ref.level === 1) flow.space(4);
    if (out.length === 0) flow.begin('TOC');
    flow.begin('TOCI');
    const link = flow.begin('Link');
    const top = flow.y;
    flow.line(ref.number, flow.left + indent, flow.y, style);
    let textEnd = x;
    for (const line of lines) {
      flow.line(line, x, flow.y, style);
      textEnd = x + flow.measure(line, style);
      flow.y += lh;
    }
    flow.end();
    flow.end();
    const range = flow.doc.bufferedPageRange();
    out.push({ id: ref.id, page: range.start + range.count - 1, top, bottom: flow.y, textEnd, leaderY: flow.y - lh + lh * 0.62, link });
  }
  if (out.length > 0) flow.end();
  return out;
}

export function fillContents(ctx: Ctx, entries: readonly Entry[], pages: ReadonlyMap<string, number>): void {
  const { flow } = ctx;
  const doc = flow.doc;
  const right = flow.left + flow.width;
  for (const e of entries) {
    const target = pages.get(e.id);
    if (target === undefined) continue;
    flow.switchToPage(e.page);
    const number = String(target - doc.bufferedPageRange().start + 1);
    const style = STYLES.body;
    const numberX = right - flow.measure(number, style);
    if (numberX - 6 > e.textEnd + 6) {
      flow.artifact(() => {
        doc.save();
        flow.strokeStyle(0.6, RULE);
        doc.dash(0.6, { space: 2.4 }).moveTo(e.textEnd + 6, e.leaderY).lineTo(numberX - 6, e.leaderY).stroke().undash().restore();
      });
    }
    flow.resume(e.link, () => {
      flow.line(number, numberX, e.bottom - flow.lineHeight(style), style);
      flow.goTo(e.link, flow.left, e.top, flow.width, e.bottom - e.top, e.id);
    });
  }
}
