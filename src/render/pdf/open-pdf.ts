import PDFDocument from 'pdfkit';
import { RomaPlanError } from '../../errors.js';
import { isIsoDate } from '../../view/document-date.js';
import { openFonts, shareLayoutCache } from './fonts.js';
import { Flow } from './layout/flow.js';
import { MARGIN } from './layout/styles.js';
import { Outline } from './outline.js';

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
  const fonts = await openFonts();
  const options: Omit<PDFKit.PDFDocumentOptions, 'font'> & { font: unknown } = {
    size: 'A4',
    margins: { ...MARGIN },
    bufferPages: true,
    pdfVersion: '1.7',
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
  // Select each face once by object; from then on pdfkit finds it by its PostScript name in its
  // cache. (Selecting a registered alias instead re-creates the font and compares it on every call.)
  doc.font(fonts.bold);
  shareLayoutCache(doc);
  doc.font(fonts.regular.postscriptName);
  shareLayoutCache(doc);

  const chunks: Uint8Array[] = [];
  const finished = new Promise<void>((resolve, reject) => {
    doc.on('data', (chunk: Uint8Array) => chunks.push(chunk));
    doc.on('end', resolve);
    doc.on('error', reject);
  });
  const outline = new Outline(doc);
  const flow = new Flow(doc, outline, { regular: fonts.regular.postscriptName, bold: fonts.bold.postscriptName });
  return {
    doc,
    flow,
    outline,
    finish: async () => {
      doc.end();
      await finished;
      return Buffer.concat(chunks);
    },
  };
}
