import PDFDocument from 'pdfkit';
import { RomaPlanError } from '../../errors.js';
import { isIsoDate } from '../../view/document-date.js';
import { embeddingFonts, loadFonts } from './fonts.js';
import { shaperFor } from './layout/glyph-runs.js';
import { Flow } from './layout/flow.js';
import { MARGIN } from './layout/styles.js';
import { TextWriter, type EmbeddedFace } from './layout/text-writer.js';
import { Outline } from './outline.js';
import { collectPageContent } from './page-content.js';

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
  const fonts = await embeddingFonts();
  const options: Omit<PDFKit.PDFDocumentOptions, 'font'> & { font: unknown } = {
    size: 'A4',
    margins: { ...MARGIN },
    bufferPages: true,
    // The first page is added once the page content is collected (see collectPageContent).
    autoFirstPage: false,
    pdfVersion: '1.7',
    // Tagged (a structure tree: headings, paragraphs, lists, tables, figures) for screen readers.
    tagged: true,
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
  const chunks: Uint8Array[] = [];
  const finished = new Promise<void>((resolve, reject) => {
    doc.on('data', (chunk: Uint8Array) => chunks.push(chunk));
    doc.on('end', resolve);
    doc.on('error', reject);
  });
  const outline = new Outline(doc);
  const flow = new Flow(doc, outline, text, meta.language);
  return {
    doc,
    flow,
    outline,
    finish: async () => {
      writeContent();
      doc.end();
      await finished;
      return Buffer.concat(chunks);
    },
  };
}
