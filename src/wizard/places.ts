import { schemaAt, schemaForPath } from '../plan/schema.js';
import type { Choice } from './ask.js';

/*
 * Languages, countries and currencies offered by the wizard. The lists come from the plan schema
 * (its language examples and its ISO enums), so the wizard can only offer what `validate` accepts;
 * the names come from the runtime's ICU data (Intl.DisplayNames), in the wizard's language.
 */

/** The plan languages the format names, each under its own name ("magyar", "srpski (latinica)"). */
export function languageChoices(): Choice<string>[] {
  const tags = (schemaAt('#/$defs/languageTag')?.['examples'] as string[] | undefined) ?? ['en'];
  return tags.map((tag) => ({ value: tag, name: `${capitalise(displayName(tag, tag, 'language'))} (${tag})` }));
}

/** The ISO 3166 countries of the schema, named in `locale` and in its alphabetical order, the likely one first. */
export function countryChoices(locale: string, likely?: string): Choice<string>[] {
  return namedCodes(enumAt(['municipality', 'country']), locale, 'region', likely);
}

/** The ISO 4217 currencies of the schema, named in `locale` and in its alphabetical order, the likely one first. */
export function currencyChoices(locale: string, likely?: string): Choice<string>[] {
  return namedCodes(enumAt(['currency']), locale, 'currency', likely);
}

/** The country a plan in this language most likely comes from (hu -> HU, sr-Latn -> RS); none for English. */
export function likelyCountry(language: unknown): string | undefined {
  if (typeof language !== 'string' || language.toLowerCase().startsWith('en')) return undefined;
  try {
    return new Intl.Locale(language).maximize().region;
  } catch {
    return undefined;
  }
}

/** Countries using the euro (with Bulgaria since 2026, and Montenegro and Kosovo unilaterally). */
const EURO = new Set(['AT', 'BE', 'BG', 'CY', 'DE', 'EE', 'ES', 'FI', 'FR', 'GR', 'HR', 'IE', 'IT', 'LT', 'LU', 'LV', 'MT', 'NL', 'PT', 'SI', 'SK', 'ME', 'XK', 'AD', 'MC', 'SM', 'VA']);
const NATIONAL: Readonly<Record<string, string>> = {
  AL: 'ALL', BA: 'BAM', CH: 'CHF', CZ: 'CZK', DK: 'DKK', GB: 'GBP', HU: 'HUF', MD: 'MDL', MK: 'MKD',
  NO: 'NOK', PL: 'PLN', RO: 'RON', RS: 'RSD', SE: 'SEK', TR: 'TRY', UA: 'UAH',
};

/** The currency municipal budgets of this country are kept in, where known. */
export function likelyCurrency(country: unknown): string | undefined {
  if (typeof country !== 'string') return undefined;
  return EURO.has(country) ? 'EUR' : NATIONAL[country];
}

function enumAt(path: readonly string[]): string[] {
  const values = schemaForPath(path)?.['enum'];
  return Array.isArray(values) ? values.map(String) : [];
}

function namedCodes(codes: readonly string[], locale: string, type: 'region' | 'currency', likely?: string): Choice<string>[] {
  const collator = new Intl.Collator(locale);
  const choices = codes.map((code) => ({ value: code, name: `${displayName(code, locale, type)} (${code})` })).sort((a, b) => collator.compare(a.name, b.name));
  const first = choices.filter((c) => c.value === likely);
  return [...first, ...choices.filter((c) => c.value !== likely)];
}

function displayName(code: string, locale: string, type: 'language' | 'region' | 'currency'): string {
  try {
    return new Intl.DisplayNames([locale, 'en'], { type, fallback: 'code' }).of(code) ?? code;
  } catch {
    return code;
  }
}

const capitalise = (s: string): string => s.charAt(0).toLocaleUpperCase() + s.slice(1);
