import { fill, messagesFor, type Messages } from '../../../i18n/index.js';
import type { ChapterRef, View } from '../../../view/types.js';
import type { Flow } from '../layout/flow.js';
import { STYLES } from '../layout/styles.js';

export type LabelKey = keyof Messages['document'] | keyof Messages['content']['labels'];

/** What every chapter renderer works with. */
export interface Ctx {
  flow: Flow;
  view: View;
  /** A document label from view.labels (English when the view lacks it). */
  t: (key: LabelKey) => string;
  pdf: Messages['pdf'];
  /** Charts are numbered in document order. */
  nextFigure: () => number;
  /** Blocks (`chapter id#index`) that start a page, so that a chapter does not end with a runt page. */
  breakBefore: ReadonlySet<string>;
  /** Where a chapter ended with fewer than RUNT lines on its last page: the block to break before. */
  runts: Set<string>;
  /**
   * A place inside a block where a page may start (before one measure's details), so that the end
   * of a chapter can be moved onto its last page in smaller steps than a whole block.
   */
  breakPoint: (name: string) => void;
  /** The break points of the chapter being drawn, with the page each fell on. */
  points: { key: string; page: number }[];
  /** The key of the block being drawn (`chapter id#index`), the prefix of its break points. */
  blockKey: string;
}

/** A chapter's last page should hold at least this many lines. */
const RUNT = 3;

export function createCtx(flow: Flow, view: View, breakBefore: ReadonlySet<string> = new Set()): Ctx {
  const en = messagesFor('en');
  const english: Record<LabelKey, string> = { ...en.document, ...en.content.labels };
  let figures = 0;
  return {
    flow,
    view,
    t: (key) => view.labels[key] ?? english[key],
    pdf: messagesFor(view.locale).pdf,
    nextFigure: () => (figures += 1),
    breakBefore,
    runts: new Set(),
    points: [],
    blockKey: '',
    breakPoint(name) {
      const key = `${this.blockKey}.${name}`;
      if (breakBefore.has(key)) {
        flow.flushHeadings();
        if (!flow.atTop) flow.newPage();
      }
      this.points.push({ key, page: flow.page });
    },
  };
}

/** A chapter of `view.chapters` with the sections that follow it. */
export interface ChapterPart {
  chapter: ChapterRef;
  sections: ChapterRef[];
}

export const refTitle = (ref: ChapterRef): string => (ref.number === '' ? ref.title : `${ref.number}  ${ref.title}`);

/** Chapters start on a new page; the heading is drawn with the first block that follows it. */
export function chapterHeading(ctx: Ctx, ref: ChapterRef): void {
  const { flow } = ctx;
  flow.flushHeadings();
  if (!flow.atTop) flow.newPage();
  flow.heading(refTitle(ref), STYLES.h1, { before: 0, after: 10 }, ref);
}

export function sectionHeading(ctx: Ctx, ref: ChapterRef): void {
  ctx.flow.heading(refTitle(ref), STYLES.h2, { before: 10, after: 5 }, ref);
}

/** A heading below the sections (an objective, a settlement), without a bookmark. */
export function subHeading(ctx: Ctx, text: string): void {
  ctx.flow.heading(text, STYLES.h3, { before: 6, after: 3 });
}

/** A piece of a chapter; `key` ties it to its section in `view.chapters` (id `key` or `…-key`). */
export interface Block {
  key: string;
  /** Heading used when the view lists no section for this block. */
  title?: string;
  draw: () => void;
}

/**
 * Draws a chapter: its heading, then its blocks in order, each under the heading of its section.
 * Sections the renderer has no block for still get their heading, so that the contents and the
 * bookmarks never point nowhere.
 */
export function drawChapter(ctx: Ctx, part: ChapterPart, blocks: readonly Block[]): void {
  const { flow } = ctx;
  chapterHeading(ctx, part.chapter);
  const used = new Set<string>();
  ctx.points = [];
  for (const [i, block] of blocks.entries()) {
    ctx.blockKey = `${part.chapter.id}#${i}`;
    if (ctx.breakBefore.has(ctx.blockKey)) {
      flow.flushHeadings();
      if (!flow.atTop) flow.newPage();
    }
    ctx.points.push({ key: ctx.blockKey, page: flow.page });
    const section = part.sections.find((s) => !used.has(s.id) && (s.id === block.key || s.id.endsWith(`-${block.key}`)));
    if (section) {
      used.add(section.id);
      sectionHeading(ctx, section);
    } else if (block.title !== undefined) {
      subHeading(ctx, block.title);
    }
    block.draw();
  }
  for (const s of part.sections) if (!used.has(s.id)) sectionHeading(ctx, s);
  flow.flushHeadings();
  noteRunt(ctx);
}

/**
 * Notes a chapter whose last page holds fewer than RUNT lines: the place to start a page with
 * instead is the last break point (a block, or one measure's details inside a block) that fell on
 * an earlier page, so that what follows it, the runt included, fills the last page. The chapter's
 * first block is never chosen: the chapter starts a page already.
 */
function noteRunt(ctx: Ctx): void {
  const last = ctx.flow.page;
  const points = ctx.points;
  if (ctx.flow.linesOnPage >= RUNT || points.length < 2 || points[0]!.page === last) return;
  let k = points.findLastIndex((p) => p.page < last);
  // The last point is taken where it was reached, at the foot of a page, though what follows it
  // went to the next page (the area's cost line): break one point earlier.
  if (k === points.length - 1 && k > 1) k -= 1;
  if (k > 0) ctx.runts.add(points[k]!.key);
}

/** The numbered title of a chart, kept on the page with the chart. */
export function figureTitle(ctx: Ctx, title: string): void {
  ctx.flow.heading(fill(ctx.pdf.figure, { number: ctx.nextFigure(), title }), STYLES.h3, { before: 8, after: 6 });
}
