import { en, type Messages } from './en.js';

/**
 * The languages with a complete language file, one file each (src/i18n/<tag>.ts). A plan in
 * another language renders with English labels and a warning.
 */
const registry: Readonly<Record<string, Messages>> = { en };

export const SUPPORTED_LOCALES: readonly string[] = Object.keys(registry);

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

/** The messages of a locale (English when unknown). */
export function messagesFor(locale: string): Messages {
  return registry[resolveLocale(locale).locale] ?? en;
}

/** Fills `{name}` placeholders. Unknown placeholders are left visible, so a mistake shows. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m));
}

export type { Messages } from './en.js';
export type { CatalogueTexts } from './types.js';
