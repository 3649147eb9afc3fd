import { describe, expect, it } from 'vitest';
import { decisionEn } from '../../src/i18n/decision-en.js';
import { languageFiles } from '../../src/i18n/index.js';
import { wizardLegalEn } from '../../src/i18n/wizard-legal-en.js';

/** Every leaf key path of an object, e.g. 'profiles.council'. */
function leaves(o: unknown, prefix = ''): string[] {
  if (o === null || typeof o !== 'object') return [prefix];
  return Object.entries(o).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
}
const at = (o: unknown, path: string): unknown => path.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], o);
const placeholders = (s: unknown) => (typeof s === 'string' ? [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort() : []);

describe('the decision words and the legal-basis questions of every language', () => {
  const tags = Object.keys(languageFiles).filter((t) => t !== 'en');
  it.each(tags)('%s has every key of decision-en.ts and wizard-legal-en.ts, with the same placeholders', (tag) => {
    const file = languageFiles[tag]!;
    for (const [name, english, own] of [['decision', decisionEn, file.decision], ['wizardLegal', wizardLegalEn, file.wizardLegal]] as const) {
      const keys = leaves(english);
      // bodyInText is empty where the language uses the council's name as written.
      expect(keys.filter((k) => typeof at(own, k) !== 'string' || ((at(own, k) as string).trim() === '' && !k.startsWith('bodyInText.'))), `${name} missing in ${tag}`).toEqual([]);
      expect(leaves(own).filter((k) => at(english, k) === undefined), `${name} keys English does not have`).toEqual([]);
      expect(keys.filter((k) => placeholders(at(english, k)).join() !== placeholders(at(own, k)).join()), `${name} placeholders differ in ${tag}`).toEqual([]);
    }
  });

  it('the Cyrillic Serbian decision is the Latin one transliterated', () => {
    expect(languageFiles['sr-Cyrl']!.decision.article).toBe('Члан {number}.');
    expect(languageFiles['sr-Cyrl']!.wizardLegal.confirm).toBe('Да ли да ово користимо у одлуци?');
  });
});
