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

interface FontFiles {
  regular: Buffer;
  bold: Buffer;
}

/** The DejaVu faces every PDF embeds, regular then bold, from the dejavu-fonts-ttf package. */
export const PDF_FONT_FILES: readonly string[] = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'];

let reading: Promise<FontFiles> | undefined;
let shared: PdfFonts | undefined;

/** Reads the font files once per process (batch workers render hundreds of plans each). */
function readFonts(): Promise<FontFiles> {
  reading ??= Promise.all(PDF_FONT_FILES.map(readFont))
    .then(([regular, bold]) => ({ regular: regular!, bold: bold! }))
    .catch((err: unknown) => {
      reading = undefined;
      throw err;
    });
  return reading;
}

/**
 * Parsed faces for one document. Each document needs its own fontkit objects: fontkit caches glyph
 * objects per font, and when one document's subset is written it caches the parts of accented
 * letters (the "e" of "é") without their characters; a later document sharing the font would then
 * map those glyphs to no text, and its letters would vanish from copy, search and screen readers.
 * Parsing the table directory of a buffer already in memory costs well under a millisecond.
 */
export async function openFonts(): Promise<PdfFonts> {
  const files = await readFonts();
  return { regular: create(files.regular), bold: create(files.bold) };
}

/** Faces for questions about the fonts themselves (which characters they have), never for drawing. */
export async function loadFonts(): Promise<PdfFonts> {
  shared ??= await openFonts();
  return shared;
}

async function readFont(file: string): Promise<Buffer> {
  const id = `dejavu-fonts-ttf/ttf/${file}`;
  try {
    return await readFile(require.resolve(id));
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
