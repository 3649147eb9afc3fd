import type { LanguageFile } from './index.js';
import { srLatn } from './sr-Latn.js';
import { latinToCyrillicMessage, transliterateDeep } from './transliterate-sr.js';

/**
 * Latin words of the wizard that are neither abbreviations nor code, so the transliteration cannot
 * tell them from Serbian words: the language tags given as examples and the name of the Enter key.
 */
const WIZARD_LATIN = ['ro', 'sk', 'de', 'hu', 'en', 'Enter'];

/** Latin words of the wizard's help: the names of keys and the command the reader types. */
const HELP_LATIN = ['Esc', 'Enter', 'Ctrl', 'Space', 'roma-plan', 'edit'];

/**
 * Latin words of the documents after adoption that the reader types as they are: the name of the
 * Enter key and the commands `roma-plan report` and `roma-plan progress` in the progress wizard.
 */
const FOLLOW_UP_LATIN = ['Enter', 'report', 'progress'];

/**
 * Serbian, Cyrillic script: the Latin file (sr-Latn.ts) transliterated letter for letter, wizard
 * included, so that the two scripts always say the same. Edit the Serbian text in sr-Latn.ts.
 * Each part is transliterated when it is first read: every command loads the language files, and
 * transliterating all of them at start-up took tens of milliseconds that only sr-Cyrl needs.
 */
export const srCyrl: LanguageFile = onFirstRead({
  meta: () => ({ name: 'Serbian (Cyrillic)', nativeName: 'српски (ћирилица)' }),
  catalogue: () => transliterateDeep(srLatn.catalogue),
  document: () => transliterateDeep(srLatn.document),
  pdf: () => transliterateDeep(srLatn.pdf),
  decision: () => transliterateDeep(srLatn.decision),
  wizardLegal: () => transliterateDeep(srLatn.wizardLegal),
  followUp: () => transliterateDeep(srLatn.followUp, { keep: FOLLOW_UP_LATIN }),
  content: () => transliterateDeep(srLatn.content),
  review: () => transliterateDeep(srLatn.review),
  ...(srLatn.wizard ? { wizard: () => transliterateDeep(srLatn.wizard!, { keep: WIZARD_LATIN }) } : {}),
  ...(srLatn.wizardHelp ? { wizardHelp: () => transliterateDeep(srLatn.wizardHelp!, { keep: HELP_LATIN }) } : {}),
});

/** An object whose every property is computed by its function when first read, then kept. */
function onFirstRead<T extends object>(parts: { [K in keyof T]: () => T[K] }): T {
  const out = {} as T;
  for (const key of Object.keys(parts) as (keyof T)[]) {
    let value: T[keyof T] | undefined;
    Object.defineProperty(out, key, { enumerable: true, get: () => (value ??= parts[key]()) });
  }
  return out;
}

/**
 * Latin words of the messages (src/i18n/messages/sr-Latn.json) that are neither abbreviations nor
 * code to the transliteration, though the reader types or reads them as they are: the country,
 * currency and language codes given as examples, the commands and values of the CLI and of the
 * plan format, the municipality in the example of --set, the name of the NUL byte, and the CSV
 * format (written in Latin in Cyrillic text, as PDF is).
 */
const MESSAGE_LATIN = [
  ...['HU', 'RO', 'RS', 'MK', 'BG', 'CZ', 'SK', 'XK'],
  ...['EUR', 'HUF', 'RON', 'RSD', 'MKD', 'BGN', 'CZK'],
  ...['en', 'hu', 'ro', 'sr', 'Latn', 'Cyrl', 'mk', 'bg'],
  ...['validate', 'batch', 'goals', 'practices', 'schemaVersion', 'json', 'true', 'false', 'Kumanovo', 'digest', 'ISO', 'NUL', 'CSV'],
];

/**
 * One message in Serbian Cyrillic, from the Serbian Latin message: the message loader derives
 * the sr-Cyrl messages this way, as the labels above are derived, so the two scripts say the same.
 */
export const srCyrlMessage = (latin: string): string => latinToCyrillicMessage(latin, { keep: MESSAGE_LATIN });
