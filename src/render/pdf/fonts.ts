import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { create, type Font } from 'fontkit';
import { RomaPlanError } from '../../errors.js';

/**
 * The two faces every PDF uses. DejaVu Sans covers Latin with all diacritics (ő ű č ř ș ț ă đ) and
 * Cyrillic; the 14 standard PDF fonts do not, and pdfkit writes garbage for such text without a word.
 */
export interface PdfFonts {
  regular: Font;
  bold: Font;
}

const require = createRequire(import.meta.url);

let loading: Promise<PdfFonts> | undefined;

/**
 * Parses the fonts once per process and hands the same objects to every document: parsing costs
 * more than laying out a whole plan, and batch runs render hundreds of plans per worker.
 */
export function loadFonts(): Promise<PdfFonts> {
  loading ??= parseFonts().catch((err: unknown) => {
    loading = undefined;
    throw err;
  });
  return loading;
}

async function parseFonts(): Promise<PdfFonts> {
  const [regular, bold] = await Promise.all(['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map(parseFont));
  return { regular: regular!, bold: bold! };
}

async function parseFont(file: string): Promise<Font> {
  const id = `dejavu-fonts-ttf/ttf/${file}`;
  try {
    return create(await readFile(require.resolve(id)));
  } catch (err) {
    throw new RomaPlanError('PDF_FONT_MISSING', `the PDF font ${id} cannot be read`, {
      hint: 'Reinstall roma-plan (npm install) so that its dependency dejavu-fonts-ttf is complete; `roma-plan doctor` checks it.',
      cause: err,
    });
  }
}

/** pdfkit's per-font word layouts; shaping a word with fontkit costs far more than drawing it. */
type LayoutCache = Record<string, unknown>;
const layoutCaches = new Map<string, { cache: LayoutCache; documents: number }>();
/** Documents that share one cache before it starts over, so that a long batch does not grow without bound. */
const DOCUMENTS_PER_CACHE = 100;

/**
 * Lets the current face of `doc` reuse the word layouts of earlier documents. pdfkit keeps them
 * per document (`layoutCache` of its embedded font); the cached runs are never changed after they
 * are made, and glyph ids are mapped into each document's own subset when drawn, so sharing them
 * is safe. Without a cache where pdfkit 0.20 keeps one, this does nothing.
 */
export function shareLayoutCache(doc: PDFKit.PDFDocument): void {
  const font = (doc as unknown as { _font?: { name?: unknown; layoutCache?: unknown } })._font;
  if (!font || typeof font.name !== 'string' || typeof font.layoutCache !== 'object' || font.layoutCache === null) return;
  let shared = layoutCaches.get(font.name);
  if (shared === undefined || shared.documents >= DOCUMENTS_PER_CACHE) {
    shared = { cache: Object.create(null) as LayoutCache, documents: 0 };
    layoutCaches.set(font.name, shared);
  }
  shared.documents += 1;
  font.layoutCache = shared.cache;
}
