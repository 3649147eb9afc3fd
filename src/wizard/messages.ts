import type { Messages } from '../i18n/en.js';
import { messagesFor, resolveLocale, SUPPORTED_LOCALES } from '../i18n/index.js';
import type { CatalogueTexts } from '../i18n/types.js';
import type { WizardHelp } from '../i18n/wizard-help-en.js';
import { wizardHu } from '../i18n/wizard-hu.js';
import { wizardSrLatn } from '../i18n/wizard-sr-Latn.js';

export type WizardMessages = Messages['wizard'];

/**
 * Wizard translations whose full language file (hu.ts, sr-Latn.ts) does not exist yet. A translator
 * merges each into its language file; from then on `messagesFor` finds it and this map is not
 * consulted for that language. Until then `--lang hu` already gives a Hungarian wizard.
 */
const pending: Readonly<Record<string, WizardMessages>> = { hu: wizardHu, 'sr-Latn': wizardSrLatn };

export interface WizardLanguage {
  /** The locale actually used, e.g. 'sr-Latn' for `--lang sr`. */
  locale: string;
  messages: WizardMessages;
  /** Area, goal and practice names: translated where the language file has them, else English. */
  texts: CatalogueTexts;
  /** Help on every question, the goals in plain words, the keys (wizard-help-<tag>.ts). */
  help: WizardHelp;
}

/** The wizard's words for a BCP 47 tag: the closest language that has them, else English. */
export function wizardLanguage(tag: string): WizardLanguage {
  const english = messagesFor('en');
  const resolved = resolveLocale(tag);
  if (resolved.supported) {
    const file = messagesFor(resolved.locale);
    // A language file without its own wizard section lends the English one; then look further.
    if (resolved.locale === 'en' || file.wizard !== english.wizard) return { locale: resolved.locale, messages: file.wizard, texts: file.catalogue, help: file.wizardHelp };
  }
  const locale = closest(tag, Object.keys(pending));
  const messages = locale === undefined ? undefined : pending[locale];
  if (locale !== undefined && messages !== undefined) return { locale, messages, texts: messagesFor(locale).catalogue, help: messagesFor(locale).wizardHelp };
  // Questions in English, so names of areas and goals in English too: one language on the screen.
  return { locale: 'en', messages: english.wizard, texts: english.catalogue, help: english.wizardHelp };
}

/** The languages the wizard speaks. */
export const WIZARD_LOCALES: readonly string[] = [...new Set([...SUPPORTED_LOCALES, ...Object.keys(pending)])];

/** Same matching as resolveLocale: exact, then script (sr -> sr-Latn), then bare language (hu-HU -> hu). */
function closest(tag: string, tags: readonly string[]): string | undefined {
  const lower = tag.toLowerCase();
  const exact = tags.find((t) => t.toLowerCase() === lower);
  if (exact) return exact;
  const language = lower.split('-')[0];
  const candidates = tags.filter((t) => t.toLowerCase().split('-')[0] === language);
  const script = lower.split('-').find((p) => p.length === 4);
  return (
    candidates.find((t) => script !== undefined && t.toLowerCase().includes(`-${script}`)) ??
    candidates.find((t) => t.toLowerCase() === `${language}-latn`) ??
    candidates[0]
  );
}
