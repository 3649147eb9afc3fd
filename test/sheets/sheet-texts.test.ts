import { describe, expect, it } from 'vitest';
import { languageFiles } from '../../src/i18n/index.js';
import { sheetsEn } from '../../src/i18n/sheets-en.js';
import { slug } from '../../src/sheets/sheet-layout.js';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort().join();

describe('progress sheet texts', () => {
  it.each(Object.keys(languageFiles))('%s has every text of the English file, with the same placeholders', (tag) => {
    const texts = languageFiles[tag]!.followUp.sheets;
    for (const [key, english] of Object.entries(sheetsEn)) {
      const text = texts[key as keyof typeof sheetsEn];
      expect(text.trim(), `${tag} ${key}`).not.toBe('');
      expect(placeholders(text), `${tag} ${key}`).toBe(placeholders(english));
    }
  });

  it('names sheets in every language within the 31 characters a spreadsheet allows, without forbidden characters', () => {
    for (const file of Object.values(languageFiles)) {
      for (const name of [file.followUp.sheets.sheetInstructions, file.followUp.sheets.sheetMeasures, file.followUp.sheets.sheetIndicators]) {
        expect(name.length).toBeLessThanOrEqual(31);
        expect(name).not.toMatch(/[\\/?*[\]:]/);
      }
    }
  });

  it('makes file names from institution names', () => {
    expect(slug('Pécsi Tankerületi Központ')).toBe('pecsi-tankeruleti-kozpont');
    expect(slug('Центар за социјална работа')).toBe('centar-za-socijalna-rabota');
    expect(slug('…')).toBe('institution');
  });
});
