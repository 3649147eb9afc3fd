/**
 * Writes what is drawn on each page into one growing buffer per page, and hands each buffer to the
 * page's content stream when the document is finished. pdfkit turns every drawing operator into a
 * byte array of its own (tens of thousands per document, a character at a time) and joins them
 * again at the end; here each operator is copied once, as it is drawn, into memory the garbage
 * collector does not have to scan or move. The order on every page is kept.
 * Returns the function that writes the collected content; call it before `doc.end()`.
 */
export function collectPageContent(doc: PDFKit.PDFDocument): () => void {
  const pages = new Map<object, { bytes: Buffer; length: number }>();
  const target = doc as unknown as { page: { write(chunk: Uint8Array): void }; addContent(data: string | Uint8Array): unknown };
  target.addContent = function addContent(data: string | Uint8Array) {
    let content = pages.get(target.page);
    if (content === undefined) {
      content = { bytes: Buffer.allocUnsafe(16 * 1024), length: 0 };
      pages.set(target.page, content);
    }
    // An operator is a "binary string" (one character per byte) ended by a line break, or bytes as
    // they are, as pdfkit writes them.
    const size = data.length + 1;
    if (content.length + size > content.bytes.length) {
      const bigger = Buffer.allocUnsafe(Math.max(2 * content.bytes.length, content.length + size));
      content.bytes.copy(bigger, 0, 0, content.length);
      content.bytes = bigger;
    }
    if (typeof data === 'string') {
      content.length += content.bytes.write(data, content.length, 'latin1');
      content.bytes[content.length++] = 0x0a;
    } else {
      content.bytes.set(data, content.length);
      content.length += data.length;
    }
    return doc;
  };
  return () => {
    for (const [page, content] of pages) (page as typeof target.page).write(content.bytes.subarray(0, content.length));
    pages.clear();
  };
}
