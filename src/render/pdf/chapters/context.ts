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
  const spans: { from: number; to: number }[] = [];
  for (const [i, block] of blocks.entries()) {
    if (ctx.breakBefore.has(`${part.chapter.id}#${i}`)) {
      flow.flushHeadings();
      if (!flow.atTop) flow.newPage();
    }
    const from = flow.page;
    const section = part.sections.find((s) => !used.has(s.id) && (s.id === block.key || s.id.endsWith(`-${block.key}`)));
    if (section) {
      used.add(section.id);
      sectionHeading(ctx, section);
    } else if (block.title !== undefined) {
      subHeading(ctx, block.title);
    }
    block.draw();
    spans.push({ from, to: flow.page });
  }
  for (const s of part.sections) if (!used.has(s.id)) sectionHeading(ctx, s);
  flow.flushHeadings();
  noteRunt(ctx, part, spans);
}

/**
 * Notes a chapter whose last page holds fewer than RUNT lines: the block to start a page with
 * instead is the one running over onto that page, or else the last one before it.
 */
function noteRunt(ctx: Ctx, part: ChapterPart, spans: readonly { from: number; to: number }[]): void {
  const last = ctx.flow.page;
  if (ctx.flow.linesOnPage >= RUNT || spans.length < 2 || spans[0]!.from === last) return;
  let k = spans.findIndex((s) => s.from < last && s.to === last);
  if (k === -1) k = spans.findLastIndex((s) => s.to < last);
  if (k > 0) ctx.runts.add(`${part.chapter.id}#${k}`);
}

/** The numbered title of a chart, kept on the page with the chart. */
export function figureTitle(ctx: Ctx, title: string): void {
  ctx.flow.heading(fill(ctx.pdf.figure, { number: ctx.nextFigure(), title }), STYLES.h3, { before: 8, after: 6 });
}
