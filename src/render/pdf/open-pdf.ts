import PDFDocument from 'pdfkit';
import { RomaPlanError } from '../../errors.js';
import { isIsoDate } from '../../view/document-date.js';
import { embeddingFonts, loadFonts } from './fonts.js';
import { shaperFor } from './layout/glyph-runs.js';
import { Flow } from './layout/flow.js';
import { MARGIN } from './layout/styles.js';
import { TextWriter, type EmbeddedFace } from './layout/text-writer.js';
import { Outline } from './outline.js';
import { collectPageContent, writeBinary } from './page-content.js';

export interface PdfMeta {
  title: string;
  author: string;
  subject: string;
  keywords: readonly string[];
  /** BCP 47 tag of the text. */
  language: string;
  /** YYYY-MM-DD. */
  date: string;
}

export interface OpenPdf {
  doc: PDFKit.PDFDocument;
  flow: Flow;
  outline: Outline;
  /** Ends the document and returns the file's bytes. */
  finish: () => Promise<Uint8Array>;
}

/**
 * An empty A4 document with the embedded fonts and the metadata, ready for the flow to fill. Pages
 * are buffered so that the contents and the "page X of Y" footers can be written at the end.
 */
export async function openPdf(meta: PdfMeta): Promise<OpenPdf> {
  if (!isIsoDate(meta.date)) {
    throw new RomaPlanError('INVALID_DATE', `"${meta.date}" is not a date`, { hint: 'Write the document date as YYYY-MM-DD, e.g. 2026-03-26.' });
  }
  // Midnight UTC of the document date, never the clock: the same view and date give the same bytes.
  const stamp = new Date(`${meta.date}T00:00:00Z`);
  const tagged = process.env.ROMA_PLAN_PDF_UNTAGGED !== '1';
  const fonts = await embeddingFonts();
  const options: Omit<PDFKit.PDFDocumentOptions, 'font'> & { font: unknown } = {
    size: 'A4',
    margins: { ...MARGIN },
    bufferPages: true,
    // The first page is added once the page content is collected (see collectPageContent).
    autoFirstPage: false,
    pdfVersion: '1.7',
    // Tagged (a structure tree: headings, paragraphs, lists, tables, figures) for screen readers.
    // ROMA_PLAN_PDF_UNTAGGED=1 leaves the tree out: only the benchmark sets it, to measure its cost.
    tagged,
    lang: meta.language,
    displayTitle: true,
    // The parsed DejaVu face is the default, so that pdfkit never loads a standard (WinAnsi) font.
    font: fonts.regular,
    info: {
      Title: meta.title,
      Author: meta.author,
      Subject: meta.subject,
      Keywords: meta.keywords.join(', '),
      Creator: 'roma-plan',
      CreationDate: stamp,
      ModDate: stamp,
    },
  };
  const doc = new PDFDocument(options as PDFKit.PDFDocumentOptions);
  // Selecting a parsed face makes pdfkit create its embedded font, which collects the glyphs the
  // document uses and writes the subset, widths and ToUnicode map at the end.
  const embedded = (face: typeof fonts.regular): EmbeddedFace => (doc.font(face) as unknown as { _font: EmbeddedFace })._font;
  const bold = embedded(fonts.bold);
  const regular = embedded(fonts.regular);
  // Shaping uses another parse of the faces than embedding: see embeddingFonts.
  const shared = await loadFonts();
  const text = new TextWriter(doc, { regular, bold }, { regular: shaperFor(shared.regular), bold: shaperFor(shared.bold) });

  const writeContent = collectPageContent(doc);
  doc.addPage();
  const output = collectOutput(doc);
  const finished = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });
  // Nothing reads the stream (see collectOutput): flowing mode lets it end.
  doc.resume();
  const outline = new Outline(doc);
  const flow = new Flow(doc, outline, text, meta.language, tagged);
  return {
    doc,
    flow,
    outline,
    finish: async () => {
      // The structure first: it ends a marked-content sequence still open, before the pages' content is handed over.
      flow.finishStructure();
      writeContent();
      doc.end();
      await finished;
      return output();
    },
  };
}

/**
 * Writes the file into one growing buffer instead of pdfkit's stream: pdfkit pushes three chunks
 * per object (its header, dictionary and end), and a tagged document has thousands of objects (a
 * structure element per heading, paragraph and table cell). The bytes are the same. Returns the
 * function that gives the file once the document has ended.
 */
function collectOutput(doc: PDFKit.PDFDocument): () => Uint8Array {
  const target = doc as unknown as { _write(data: string | Uint8Array): void; _offset: number };
  let bytes = Buffer.allocUnsafe(512 * 1024);
  // What pdfkit wrote before (the file's header) is waiting in the stream.
  const start = (doc.read() as Buffer | null) ?? Buffer.alloc(0);
  start.copy(bytes);
  let length = start.length;
  target._write = function write(data: string | Uint8Array) {
    // A string is a "binary string" (one character per byte), ended by a line break as pdfkit does.
    const size = typeof data === 'string' ? data.length + 1 : data.length;
    if (length + size > bytes.length) {
      const bigger = Buffer.allocUnsafe(Math.max(2 * bytes.length, length + size));
      bytes.copy(bigger, 0, 0, length);
      bytes = bigger;
    }
    if (typeof data === 'string') {
      length = writeBinary(bytes, data, length);
      bytes[length++] = 0x0a;
    } else {
      bytes.set(data, length);
      length += data.length;
    }
    target._offset += size;
  };
  return () => Buffer.from(bytes.subarray(0, length));
}
