import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { basename } from 'node:path';
import { PDF_FONT_FILES } from '../render/pdf/fonts.js';
import { failed, passed, type CheckResult } from './check-result.js';

/** The faces the PDF renderer embeds: the check looks at exactly what rendering uses. */
export { PDF_FONT_FILES };

/**
 * Letters each plan language needs beyond ASCII, capitals included where they differ. Romanian lists
 * both the comma-below letters (ș ț) and the cedilla forms (ş ţ) older documents still use.
 */
export const LANGUAGE_SAMPLES: Record<string, string> = {
  en: 'Roma inclusion',
  hu: 'áéíóöőúüűÁÉÍÓÖŐÚÜŰ',
  ro: 'ăâîșțşţĂÂÎȘȚ',
  cs: 'áčďéěíňóřšťúůýžČĎĚŇŘŠŤŮŽ',
  sk: 'áäčďéíĺľňóôŕšťúýžĹĽŔÔ',
  sl: 'čšžČŠŽ',
  bs: 'čćđšžČĆĐŠŽ',
  hr: 'čćđšžČĆĐŠŽ',
  'sr-Latn': 'čćđšžČĆĐŠŽ',
  'sr-Cyrl': 'абвгдђежзијклљмнњопрстћуфхцчџшЂЈЉЊЋЏ',
  mk: 'абвгдѓежзѕијклљмнњопрстќуфхцчџшЃЅЈЉЊЌЏ',
  bg: 'абвгдежзийклмнопрстуфхцчшщъьюяЙЩЪЬЮЯ',
  sq: 'çëÇË',
};

/** Punctuation and symbols every language's documents use: quotes, dashes, the euro sign. */
export const COMMON_SAMPLE = '„“”‚‘’«»–—…•€№';

interface GlyphFont {
  hasGlyphForCodePoint(codePoint: number): boolean;
}

export interface FontFiles {
  /** Paths of the font files to check; defaults to the package's DejaVu faces. */
  fontFiles?: string[];
}

/** Finds the font files and, for each plan language, the letters some face cannot draw. */
export async function checkFonts(options: FontFiles = {}): Promise<CheckResult[]> {
  const files = options.fontFiles ?? defaultFontFiles();
  const fontkit = await import('fontkit');
  const fonts: { name: string; font: GlyphFont }[] = [];
  const unusable: string[] = [];
  for (const file of files) {
    try {
      fonts.push({ name: basename(file), font: fontkit.create(await readFile(file)) });
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      unusable.push(`${file} ${code === 'ENOENT' ? 'is missing' : code ? `cannot be read (${code})` : 'is not a font file'}`);
    }
  }
  const found =
    unusable.length === 0
      ? passed('fonts', 'Fonts', `${fonts.map((f) => f.name).join(', ')}`)
      : failed('fonts', 'Fonts', unusable.join('; '), 'Reinstall roma-plan (npm ci, or npm install -g roma-plan): the PDF fonts come with the dejavu-fonts-ttf package.');
  if (fonts.length === 0) return [found, failed('font-coverage', 'Font coverage', 'no font to check', 'Fix the fonts first.')];

  const gaps: string[] = [];
  for (const [lang, sample] of Object.entries({ ...LANGUAGE_SAMPLES, common: COMMON_SAMPLE })) {
    for (const { name, font } of fonts) {
      const missing = [...new Set(sample)].filter((ch) => !font.hasGlyphForCodePoint(ch.codePointAt(0)!));
      if (missing.length > 0) gaps.push(`${name} lacks ${missing.join(' ')} (${lang})`);
    }
  }
  const coverage =
    gaps.length === 0
      ? passed('font-coverage', 'Font coverage', `every letter of ${Object.keys(LANGUAGE_SAMPLES).join(', ')}`)
      : failed('font-coverage', 'Font coverage', gaps.join('; '), 'PDFs would show empty boxes for these letters. Reinstall roma-plan so that the bundled DejaVu fonts are used.');
  return [found, coverage];
}

function defaultFontFiles(): string[] {
  const require = createRequire(import.meta.url);
  return PDF_FONT_FILES.map((f) => {
    try {
      return require.resolve(`dejavu-fonts-ttf/ttf/${f}`);
    } catch {
      return `dejavu-fonts-ttf/ttf/${f}`;
    }
  });
}
