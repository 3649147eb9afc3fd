import { describe, expect, it } from 'vitest';
import { languageFiles } from '../../src/i18n/index.js';
import { wizardProgressEn } from '../../src/i18n/wizard-progress-en.js';
import { progressWizardLanguage } from '../../src/progress-wizard/texts.js';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort().join();

/** Every text of a nested texts object, by dotted key. */
function flat(texts: object, prefix = ''): [string, string][] {
  return Object.entries(texts).flatMap(([key, value]) => (typeof value === 'string' ? [[`${prefix}${key}`, value] as [string, string]] : flat(value as object, `${prefix}${key}.`)));
}

describe('progress wizard texts', () => {
  it.each(Object.keys(languageFiles))('%s has every question of the English file, with the same placeholders', (tag) => {
    const texts = new Map(flat(languageFiles[tag]!.followUp.progressWizard));
    for (const [key, english] of flat(wizardProgressEn)) {
      const text = texts.get(key);
      expect(text?.trim(), `${tag} ${key}`).toBeTruthy();
      expect(placeholders(text!), `${tag} ${key}`).toBe(placeholders(english));
    }
  });

  it('gives Serbian in Cyrillic from the Latin file, keeping the key and command names a person types', () => {
    const cyrillic = progressWizardLanguage('sr-Cyrl').p;
    expect(cyrillic.status).toBe('Стање у {year}. години:');
    expect(cyrillic.lastYear).toContain('Enter');
    expect(cyrillic.cli.reportLater).toContain('roma-plan report {plan} {file} --year {year}');
    expect(cyrillic.intro).toContain('Ctrl+C');
  });

  it('speaks the closest language, and English for one it does not have', () => {
    expect(progressWizardLanguage('hu-HU').p.status).toBe('Az intézkedés állása a {year}. évben:');
    expect(progressWizardLanguage('de').p.status).toBe(wizardProgressEn.status);
  });
});
