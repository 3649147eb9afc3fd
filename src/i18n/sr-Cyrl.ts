import type { LanguageFile } from './index.js';
import { srLatn } from './sr-Latn.js';
import { transliterateDeep } from './transliterate-sr.js';

/**
 * Latin words of the wizard that are neither abbreviations nor code, so the transliteration cannot
 * tell them from Serbian words: the language tags given as examples and the name of the Enter key.
 */
const WIZARD_LATIN = ['ro', 'sk', 'de', 'hu', 'en', 'Enter'];

/**
 * Serbian, Cyrillic script: the Latin file (sr-Latn.ts) transliterated letter for letter, wizard
 * included, so that the two scripts always say the same. Edit the Serbian text in sr-Latn.ts.
 */
export const srCyrl: LanguageFile = {
  meta: { name: 'Serbian (Cyrillic)', nativeName: 'српски (ћирилица)' },
  catalogue: transliterateDeep(srLatn.catalogue),
  document: transliterateDeep(srLatn.document),
  pdf: transliterateDeep(srLatn.pdf),
  followUp: transliterateDeep(srLatn.followUp),
  ...(srLatn.wizard ? { wizard: transliterateDeep(srLatn.wizard, { keep: WIZARD_LATIN }) } : {}),
};
