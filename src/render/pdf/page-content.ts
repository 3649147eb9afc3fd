import { deflateSync } from 'node:zlib';

/** The content stream of a pdfkit 0.20 page (a `PDFReference`), as far as it is used here. */
interface ContentStream {
  /** Whether pdfkit compresses the stream when it writes it. */
  compress: boolean;
  data: { Filter?: string };
  write(chunk: Uint8Array): void;
}

/**
 * Zlib level 3 compresses page content (text and line operators) to within a few per cent of the
 * default level 6 in about half the time; the font files are still compressed by pdfkit.
 */
const DEFLATE = { level: 3 };

/**
 * Writes what is drawn on each page into one growing buffer per page, and hands each buffer,
 * compressed, to the page's content stream when the document is finished. pdfkit turns every
 * drawing operator into a byte array of its own (tens of thousands per document, a character at a
 * time) and joins them again at the end; here each operator is copied once, as it is drawn, into
 * memory the garbage collector does not have to scan or move. The order on every page is kept.
 * Install it before the first page is added. Returns the function that writes the collected
 * content; call it before `doc.end()`.
 */
export function collectPageContent(doc: PDFKit.PDFDocument): () => void {
  const pages = new Map<object, { bytes: Buffer; length: number }>();
  const target = doc as unknown as { page: { content: ContentStream }; addContent(data: string | Uint8Array): unknown };
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
      content.length = writeBinary(content.bytes, data, content.length);
      content.bytes[content.length++] = 0x0a;
    } else {
      content.bytes.set(data, content.length);
      content.length += data.length;
    }
    return doc;
  };
  return () => {
    for (const [page, content] of pages) {
      const stream = (page as typeof target.page).content;
      stream.compress = false;
      stream.data.Filter = 'FlateDecode';
      stream.write(deflateSync(content.bytes.subarray(0, content.length), DEFLATE));
    }
    pages.clear();
  };
}

/**
 * Writes a binary string (one character per byte) at `at` and returns where it ends. An operator
 * is mostly a few characters (`EMC`, a colour, a marked-content tag): copied by hand, it costs a
 * fraction of Buffer#write's call, which pays off only for long strings.
 */
export function writeBinary(bytes: Buffer, data: string, at: number): number {
  const n = data.length;
  if (n > 48) return at + bytes.write(data, at, 'latin1');
  for (let i = 0; i < n; i += 1) bytes[at + i] = data.charCodeAt(i);
  return at + n;
}
