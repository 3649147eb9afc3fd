import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { create } from 'fontkit';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.js';
import { languageFiles, messagesFor, resolveLocale, SUPPORTED_LOCALES } from '../../src/i18n/index.js';
import { catalogue } from '../../src/catalogue/index.js';
import { PDF_FONT_FILES } from '../../src/render/pdf/fonts.js';

/** Every leaf key path of an object, e.g. 'document.chapterGoals'. */
function leaves(o: unknown, prefix = ''): string[] {
  if (o === null || typeof o !== 'object') return [prefix];
  return Object.entries(o).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
}
const at = (o: unknown, path: string): unknown => path.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], o);
/** `{roman}` is `{quarter}` in Roman numerals ("2026. I. negyedév"): either may stand for the quarter. */
const placeholders = (s: unknown) => (typeof s === 'string' ? [...s.matchAll(/\{(\w+)\}/g)].map((m) => (m[1] === 'roman' ? 'quarter' : m[1])).sort() : []);

const required = ['hu', 'ro', 'cs', 'sk', 'sl', 'bs', 'hr', 'sr-Latn', 'sr-Cyrl', 'mk', 'bg', 'sq'];
const withWizard = ['hu', 'sr-Latn', 'sl', 'sq', 'ro', 'bg', 'mk', 'cs', 'sk', 'sr-Cyrl', 'hr', 'bs'];
const SLURS = /\b(gypsy|gypsies|cigány|cigányok|țigan\w*|tigan\w*|cikán\w*|cigán\w*|cigan\w*|циган\w*)\b/iu;

describe('language files', () => {
  it('exist for every language the documents promise', () => {
    expect([...SUPPORTED_LOCALES].sort()).toEqual(['en', ...required].sort());
  });

  const tags = Object.keys(languageFiles).filter((t) => t !== 'en');
  const englishKeys = leaves({ catalogue: { areas: en.catalogue.areas, goals: en.catalogue.goals, eu: en.catalogue.eu }, document: en.document, pdf: en.pdf, content: en.content });
  const wizardKeys = leaves({ wizard: en.wizard });

  it.each(tags)('%s has every key of the English file, with the same placeholders', (tag) => {
    const file = languageFiles[tag]!;
    const missing = englishKeys.filter((k) => typeof at(file, k) !== 'string' || (at(file, k) as string).trim() === '');
    expect(missing, `missing in ${tag}`).toEqual([]);
    const extra = leaves({ document: file.document, pdf: file.pdf, content: file.content }).filter((k) => at(en, k) === undefined);
    expect(extra, `keys in ${tag} that English does not have`).toEqual([]);
    const wrong = englishKeys.filter((k) => placeholders(at(en, k)).join() !== placeholders(at(file, k)).join());
    expect(wrong, `placeholders differ in ${tag}`).toEqual([]);
  });

  it.each(tags)('%s translates every practice, or none', (tag) => {
    const practices = languageFiles[tag]!.catalogue.practices;
    if (!practices) return;
    const missing = catalogue.practices.filter((p) => !practices[p.id]?.title || !practices[p.id]?.description).map((p) => p.id);
    expect(missing).toEqual([]);
  });

  it.each(withWizard)('%s has the complete wizard', (tag) => {
    const file = languageFiles[tag]!;
    expect(file.wizard, `${tag} wizard`).toBeDefined();
    const missing = wizardKeys.filter((k) => at(file, k) === undefined);
    expect(missing).toEqual([]);
  });

  const faces = PDF_FONT_FILES.map((f) => create(readFileSync(createRequire(import.meta.url).resolve(`dejavu-fonts-ttf/ttf/${f}`))));
  it.each(Object.keys(languageFiles))('%s: the PDF fonts draw every character of the language file', (tag) => {
    const characters = [...new Set(JSON.stringify(languageFiles[tag]))].filter((c) => c.codePointAt(0)! > 127);
    for (const face of faces) expect(characters.filter((c) => !face.hasGlyphForCodePoint(c.codePointAt(0)!))).toEqual([]);
  });

  it.each(Object.keys(languageFiles))('%s uses respectful words only', (tag) => {
    const text = JSON.stringify(languageFiles[tag]);
    expect(text.match(SLURS)?.[0]).toBeUndefined();
  });

  it('falls back sensibly', () => {
    expect(resolveLocale('sr')).toEqual({ locale: 'sr-Latn', supported: true });
    expect(resolveLocale('sr-Cyrl-RS')).toEqual({ locale: 'sr-Cyrl', supported: true });
    expect(resolveLocale('hu-HU')).toEqual({ locale: 'hu', supported: true });
    expect(resolveLocale('fi')).toEqual({ locale: 'en', supported: false });
    const untranslated = Object.keys(languageFiles).find((t) => languageFiles[t]!.wizard === undefined);
    if (untranslated !== undefined) expect(messagesFor(untranslated).wizard).toBe(en.wizard);
  });
});
