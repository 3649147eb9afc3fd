import type { View } from '../../view/types.js';
import { fillContents, layoutContents } from './chapters/contents.js';
import { chapterHeading, createCtx } from './chapters/context.js';
import { drawCover } from './chapters/cover.js';
import { chapterParts, drawChapters } from './chapters/draw-chapters.js';
import { drawRunners } from './header-footer.js';
import { openPdf } from './open-pdf.js';

/**
 * Lays out the whole document: cover, contents, the chapters of `view.chapters` in order, then the
 * contents' page numbers and the running header and footer, which need the finished page count.
 */
export async function renderPdfDocument(view: View, date: string): Promise<Uint8Array> {
  const { meta } = view;
  const { flow, outline, finish } = await openPdf({
    title: meta.title,
    author: meta.author,
    subject: meta.subject,
    keywords: meta.keywords,
    language: view.language,
    date,
  });
  const ctx = createCtx(flow, view);
  const parts = chapterParts(view.chapters);

  drawCover(ctx);
  flow.newPage();
  const contentsRef = parts.find((p) => p.chapter.id === 'contents')?.chapter ?? { id: 'contents', number: '', title: ctx.pdf.contents, level: 1 as const };
  chapterHeading(ctx, contentsRef);
  const contents = layoutContents(
    ctx,
    view.chapters.filter((c) => c.id !== contentsRef.id),
  );
  drawChapters(ctx, parts);
  fillContents(ctx, contents, outline.pages);
  drawRunners(flow, `${meta.municipality} · ${meta.title}`, ctx.pdf.pageOf);
  return finish();
}
