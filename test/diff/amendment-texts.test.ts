import { describe, expect, it } from 'vitest';
import { amendmentEn } from '../../src/i18n/amendment-en.js';
import { languageFiles } from '../../src/i18n/index.js';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort().join();

describe('amendment labels', () => {
  it.each(Object.keys(languageFiles))('%s has every label of the English file, with the same placeholders', (tag) => {
    const texts = languageFiles[tag]!.followUp.amendment;
    for (const [key, english] of Object.entries(amendmentEn)) {
      const text = texts[key as keyof typeof amendmentEn];
      expect(text.trim(), `${tag} ${key}`).not.toBe('');
      expect(placeholders(text), `${tag} ${key}`).toBe(placeholders(english));
    }
  });
});
