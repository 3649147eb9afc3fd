import type { View } from '../../view/types.js';
import { fillContents, layoutContents } from './chapters/contents.js';
import { chapterHeading, createCtx } from './chapters/context.js';
import { drawCover } from './chapters/cover.js';
import { chapterParts, drawChapters } from './chapters/draw-chapters.js';
import { loadFonts } from './fonts.js';
import { markMissingGlyphs } from './glyph-coverage.js';
import { drawRunners } from './header-footer.js';
import { openPdf } from './open-pdf.js';

/**
 * Lays out the whole document: cover, contents, the chapters of `view.chapters` in order, then the
 * contents' page numbers and the running header and footer, which need the finished page count.
 * A chapter that ends with a page of one or two lines is laid out once more with a page break
 * earlier in it (a second pass only for such documents).
 */
export async function renderPdfDocument(source: View, date: string): Promise<Uint8Array> {
  const first = await layOut(source, date, new Set());
  if (first.runts.size === 0) return first.finish();
  return (await layOut(source, date, first.runts)).finish();
}

async function layOut(source: View, date: string, breakBefore: ReadonlySet<string>): Promise<{ runts: ReadonlySet<string>; finish: () => Promise<Uint8Array> }> {
  // The metadata keeps every character (viewers show it in their own fonts); what is drawn on the
  // page shows a marker such as [U+1F680] where the embedded font has no glyph, never an empty box.
  const { flow, outline, finish } = await openPdf({
    title: source.meta.title,
    author: source.meta.author,
    subject: source.meta.subject,
    keywords: source.meta.keywords,
    language: source.language,
    date,
  });
  const view = markMissingGlyphs(source, await loadFonts());
  const { meta } = view;
  const ctx = createCtx(flow, view, breakBefore);
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
  return {
    runts: ctx.runts,
    finish: () => {
      fillContents(ctx, contents, outline.pages);
      drawRunners(flow, meta.runningHeader, ctx.pdf.pageOf, meta.draftMark);
      return finish();
    },
  };
}
