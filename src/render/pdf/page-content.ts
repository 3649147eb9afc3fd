/**
 * Collects what is drawn on each page and writes it into the page's content stream once, when the
 * document is finished. pdfkit turns every drawing operator into a byte array of its own (tens of
 * thousands per document, a character at a time) and joins them again at the end; here each
 * operator is copied once into one buffer per page. The order on every page is kept.
 * Returns the function that writes the collected content; call it before `doc.end()`.
 */
export function collectPageContent(doc: PDFKit.PDFDocument): () => void {
  const pages = new Map<object, string[]>();
  const target = doc as unknown as { page: { write(chunk: Uint8Array): void }; addContent(data: string | Uint8Array): unknown };
  target.addContent = function addContent(data: string | Uint8Array) {
    let ops = pages.get(target.page);
    if (ops === undefined) {
      ops = [];
      pages.set(target.page, ops);
    }
    // Operators are "binary strings" (one character per byte), as pdfkit writes them, one a line.
    ops.push(typeof data === 'string' ? data : Buffer.from(data).toString('latin1'));
    return doc;
  };
  return () => {
    for (const [page, ops] of pages) {
      let length = 0;
      for (const op of ops) length += op.length + 1;
      const bytes = Buffer.allocUnsafe(length);
      let at = 0;
      for (const op of ops) {
        // Copying each operator is far cheaper than joining them first into one long string.
        at += bytes.write(op, at, 'latin1');
        bytes[at++] = 0x0a;
      }
      (page as typeof target.page).write(bytes);
    }
    pages.clear();
  };
}
