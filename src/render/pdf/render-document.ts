import type { DocumentModel } from '../../document/blocks.js';

/**
 * Renders a block document (the progress report, the amendment list) as an A4 PDF with the plan's
 * fonts, page layout, bookmarks and running header and footer. Returns the file's bytes; the same
 * model gives the same bytes.
 */
export async function renderDocumentPdf(model: DocumentModel): Promise<Uint8Array> {
  // pdfkit loads only when a PDF is asked for (see renderPdf).
  const { drawDocument } = await import('./draw-document.js');
  return drawDocument(model);
}

