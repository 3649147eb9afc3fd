import type { View } from '../../view/types.js';

export interface RenderPdfOptions {
  /** Document date, YYYY-MM-DD, for the PDF's creation and modification dates; defaults to view.meta.date. */
  date?: string;
}

/**
 * Renders the view as an A4 PDF and returns the file's bytes: cover, contents, every chapter of
 * `view.chapters`, bookmarks, running header and "page X of Y" footer, two vector charts, with DejaVu
 * Sans embedded so that every plan language prints. The same view and date give the same bytes.
 * Throws a RomaPlanError (INVALID_DATE) for a date that is not YYYY-MM-DD.
 */
export async function renderPdf(view: View, options: RenderPdfOptions = {}): Promise<Uint8Array> {
  // pdfkit takes about 140 ms to import: load it only when a PDF is asked for, not with the library.
  const { renderPdfDocument } = await import('./document.js');
  return renderPdfDocument(view, options.date ?? view.meta.date);
}
