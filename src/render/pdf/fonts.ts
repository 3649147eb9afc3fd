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
let shaping: PdfFonts | undefined;
let embedding: PdfFonts | undefined;

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

async function parseFonts(): Promise<PdfFonts> {
  const files = await readFonts();
  return { regular: create(files.regular), bold: create(files.bold) };
}

/**
 * Faces for shaping text and for questions about the fonts (which characters they have). The
 * process parses them once; nothing here is ever written into a PDF.
 */
export async function loadFonts(): Promise<PdfFonts> {
  shaping ??= await parseFonts();
  return shaping;
}

/**
 * Faces that pdfkit subsets and embeds, shared by every document of the process, and a parse of
 * their own. fontkit caches a glyph object per font with the characters of its first use; writing a
 * subset makes the parts of accented letters (the "e" of "é") without characters, so a font that
 * was also used for shaping would then give those glyphs no text, and letters would vanish from
 * copy, search and screen readers. Subsetting only reads these faces; the characters of every
 * glyph come from the shaping faces (see TextWriter).
 */
export async function embeddingFonts(): Promise<PdfFonts> {
  if (embedding === undefined) {
    const fonts = await parseFonts();
    embedding ??= { regular: keepOutlines(fonts.regular), bold: keepOutlines(fonts.bold) };
  }
  return embedding;
}

interface OutlineGlyph {
  _decode(): unknown;
}

/**
 * Writing a subset reads each glyph's outline (fontkit's `_decode`) only to find the parts of
 * composite glyphs, and reads it again for every document: on a 35-page plan that is a tenth of the
 * PDF's time. The outline of a glyph never changes, so each is read once per process here. Only the
 * subset writer reads outlines of the embedding faces; nothing changes the objects it returns.
 */
function keepOutlines(font: Font): Font {
  const getGlyph = font.getGlyph.bind(font);
  const seen = new WeakSet<object>();
  font.getGlyph = (id, codePoints) => {
    const glyph = getGlyph(id, codePoints) as unknown as OutlineGlyph;
    if (!seen.has(glyph)) {
      seen.add(glyph);
      const decode = glyph._decode.bind(glyph);
      let outline: unknown;
      let read = false;
      glyph._decode = () => {
        if (!read) {
          outline = decode();
          read = true;
        }
        return outline;
      };
    }
    return glyph as unknown as ReturnType<Font['getGlyph']>;
  };
  return font;
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
