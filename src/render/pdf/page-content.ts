/**
 * Collects what is drawn on each page as text and writes it into the page's content stream once,
 * when the document is finished. pdfkit turns every drawing operator into a byte array of its own
 * (thousands per page, a character at a time) and joins them again at the end; here each page's
 * operators are joined once and converted in one native call. The order on every page is kept.
 * Returns the function that writes the collected content; call it before `doc.end()`.
 */
export function collectPageContent(doc: PDFKit.PDFDocument): () => void {
  const pages = new Map<object, string>();
  const target = doc as unknown as { page: { write(chunk: Uint8Array): void }; addContent(data: string | Uint8Array): unknown };
  target.addContent = function addContent(data: string | Uint8Array) {
    // Operators are "binary strings" (one character per byte), as pdfkit writes them.
    const op = typeof data === 'string' ? `${data}\n` : Buffer.from(data).toString('latin1');
    pages.set(target.page, (pages.get(target.page) ?? '') + op);
    return doc;
  };
  return () => {
    for (const [page, content] of pages) (page as typeof target.page).write(Buffer.from(content, 'latin1'));
    pages.clear();
  };
}
