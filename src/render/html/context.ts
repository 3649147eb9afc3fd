import { messagesFor, type Messages } from '../../i18n/index.js';
import type { ChapterRef, View } from '../../view/types.js';
import { numbered } from '../numbered.js';
import { esc } from './markup.js';

export type LabelKey = keyof Messages['document'] | keyof Messages['content']['labels'];

/** What every chapter of the web page works with. */
export interface Ctx {
  view: View;
  /** A document label from view.labels (English when the view lacks it). */
  t: (key: LabelKey) => string;
  /** Chart titles and legends, shared with the PDF. */
  charts: Messages['pdf'];
  /** Charts are numbered in document order. */
  nextFigure: () => number;
}

export function createCtx(view: View): Ctx {
  const en = messagesFor('en');
  const english: Record<LabelKey, string> = { ...en.document, ...en.content.labels };
  let figures = 0;
  return { view, t: (key) => view.labels[key] ?? english[key], charts: messagesFor(view.locale).pdf, nextFigure: () => (figures += 1) };
}

export { numbered };

/** The heading of a chapter (h2) or section (h3) of `view.chapters`, with its anchor. */
export function heading(ref: ChapterRef): string {
  const level = ref.level + 1;
  return `<h${level} id="${esc(ref.id)}">${esc(numbered(ref) + ref.title)}</h${level}>`;
}

/** A section of a chapter: its heading from `view.chapters` when listed there, else `title`. */
export function section(ctx: Ctx, id: string, title: string | undefined, body: string): string {
  const ref = ctx.view.chapters.find((c) => c.id === id);
  const head = ref ? heading(ref) : title === undefined ? '' : `<h3>${esc(title)}</h3>`;
  return `<section${ref ? ` aria-labelledby="${esc(ref.id)}"` : ''}>\n${head}\n${body}\n</section>`;
}

/** A heading below the sections (situation, needs, a measure). */
export const sub = (level: 3 | 4, text: string, id?: string): string => `<h${level}${id === undefined ? '' : ` id="${esc(id)}"`}>${esc(text)}</h${level}>`;
