import { bg } from './bg.js';
import { bs } from './bs.js';
import { cs } from './cs.js';
import { en, type Messages } from './en.js';
import { hr } from './hr.js';
import { hu } from './hu.js';
import { mk } from './mk.js';
import { ro } from './ro.js';
import { sk } from './sk.js';
import { sl } from './sl.js';
import { sq } from './sq.js';
import { srCyrl } from './sr-Cyrl.js';
import { srLatn } from './sr-Latn.js';

/**
 * What a language file holds: every key of the English file. The wizard's questions may be left
 * out of a language (they are then asked in English); the document labels may not.
 */
export type LanguageFile = Omit<Messages, 'wizard' | 'wizardHelp'> & { wizard?: Messages['wizard']; wizardHelp?: Messages['wizardHelp'] };

/**
 * The languages with a language file, one file each (src/i18n/<tag>.ts). A plan in another
 * language renders with English labels and a warning.
 */
const registry: Readonly<Record<string, LanguageFile>> = { en, hu, ro, cs, sk, sl, bs, hr, 'sr-Latn': srLatn, 'sr-Cyrl': srCyrl, mk, bg, sq };

export const SUPPORTED_LOCALES: readonly string[] = Object.keys(registry);

/** Every language file by tag (for tests and `roma-plan doctor`). */
export const languageFiles: Readonly<Record<string, LanguageFile>> = registry;

/**
 * The supported locale closest to a BCP 47 tag: exact match, then case-insensitive match, then
 * the language with its default script (sr -> sr-Latn), then the bare language (hu-HU -> hu).
 */
export function resolveLocale(tag: string): { locale: string; supported: boolean } {
  const tags = Object.keys(registry);
  const exact = tags.find((t) => t.toLowerCase() === tag.toLowerCase());
  if (exact) return { locale: exact, supported: true };
  const language = tag.split('-')[0]!.toLowerCase();
  const script = tag.split('-').find((p) => p.length === 4)?.toLowerCase();
  const candidates = tags.filter((t) => t.split('-')[0]!.toLowerCase() === language);
  const withScript = candidates.find((t) => script !== undefined && t.toLowerCase().includes(`-${script}`));
  const chosen = withScript ?? candidates.find((t) => t.toLowerCase() === `${language}-latn`) ?? candidates[0];
  return chosen ? { locale: chosen, supported: true } : { locale: 'en', supported: false };
}

const complete = new Map<string, Messages>();

/** The messages of a locale (English when unknown; English wizard questions when not translated). */
export function messagesFor(locale: string): Messages {
  const tag = resolveLocale(locale).locale;
  let m = complete.get(tag);
  if (!m) {
    const file = registry[tag] ?? en;
    m = { ...file, wizard: file.wizard ?? en.wizard, wizardHelp: file.wizardHelp ?? en.wizardHelp };
    complete.set(tag, m);
  }
  return m;
}

/** Whether the wizard's questions exist in this locale (otherwise they are asked in English). */
export const hasWizardTranslation = (locale: string): boolean => registry[resolveLocale(locale).locale]?.wizard !== undefined;

/** Fills `{name}` placeholders. Unknown placeholders are left visible, so a mistake shows. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m));
}

export type { Messages } from './en.js';
export type { CatalogueTexts } from './types.js';
