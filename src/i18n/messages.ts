import { existsSync, readFileSync } from 'node:fs';
import { IntlMessageFormat } from 'intl-messageformat';
import type { MessageKey, MessageParams } from './message-params.generated.js';
import { srCyrlMessage } from './sr-Cyrl.js';

export type { MessageKey, MessageParams } from './message-params.generated.js';

/** The value of one placeholder of a message. */
export type MessageValue = string | number;

/**
 * The languages whose messages may exist: the thirteen plan languages. A language whose file
 * (src/i18n/messages/<tag>.json) is not there yet speaks English, unless it is derived from another
 * (`DERIVED_MESSAGES`); a file that is there is complete (a test checks it against en.json).
 */
export const MESSAGE_LOCALES: readonly string[] = ['en', 'hu', 'ro', 'cs', 'sk', 'sl', 'bg', 'sr-Latn', 'sr-Cyrl', 'mk', 'bs', 'hr', 'sq'];

/**
 * Languages whose messages are another language's file converted message by message, not a file
 * of their own: Serbian in Cyrillic is the Serbian Latin file transliterated, as its document labels
 * are (sr-Cyrl.ts), so the two scripts never drift apart.
 */
export const DERIVED_MESSAGES: Readonly<Record<string, { from: string; convert: (message: string) => string }>> = {
  'sr-Cyrl': { from: 'sr-Latn', convert: srCyrlMessage },
};

const catalogues = new Map<string, Readonly<Record<string, string>> | null>();
const compiled = new Map<string, IntlMessageFormat>();

const fileOf = (locale: string): URL => new URL(`./messages/${locale}.json`, import.meta.url);

/**
 * The message file of a locale, read on first use (so that `--help` and commands that print no
 * message never read one), or derived from the file it is converted from; null when the language
 * has no file yet.
 */
export function messageCatalogue(locale: string): Readonly<Record<string, string>> | null {
  let c = catalogues.get(locale);
  if (c === undefined) {
    const file = fileOf(locale);
    const derived = DERIVED_MESSAGES[locale];
    if (existsSync(file)) c = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
    else if (derived) {
      const source = messageCatalogue(derived.from);
      c = source && Object.fromEntries(Object.entries(source).map(([k, m]) => [k, derived.convert(m)]));
    } else c = null;
    catalogues.set(locale, c);
  }
  return c;
}

/**
 * The supported message language closest to a BCP 47 tag or a POSIX locale name (`hu_HU.UTF-8`):
 * case-insensitive exact match, then the language with its script (sr-Cyrl-RS -> sr-Cyrl, bare
 * sr -> sr-Latn), then the bare language (ro-RO -> ro). Undefined when none matches.
 */
export function matchMessageLocale(tag: string): string | undefined {
  const clean = tag.split(/[.@]/)[0]!.replace(/_/g, '-').toLowerCase();
  if (clean === '' || clean === 'c' || clean === 'posix') return undefined;
  const exact = MESSAGE_LOCALES.find((t) => t.toLowerCase() === clean);
  if (exact) return exact;
  const parts = clean.split('-');
  const candidates = MESSAGE_LOCALES.filter((t) => t.split('-')[0]!.toLowerCase() === parts[0]);
  const script = parts.find((p, i) => i > 0 && p.length === 4);
  return (
    candidates.find((t) => script !== undefined && t.toLowerCase().endsWith(`-${script}`)) ??
    candidates.find((t) => t.toLowerCase() === `${parts[0]}-latn`) ??
    candidates[0]
  );
}

/** The locale whose file is used for `locale`: itself when its file exists, else English. */
export function effectiveMessageLocale(locale: string | undefined): string {
  const matched = locale === undefined ? undefined : matchMessageLocale(locale);
  return matched !== undefined && messageCatalogue(matched) !== null ? matched : 'en';
}

/** Whether `key` is a message of the catalogue (for codes that come from outside, e.g. a thrown error). */
export function hasMessage(key: string): key is MessageKey {
  return Object.hasOwn(messageCatalogue('en') ?? {}, key);
}

/**
 * One message in a language, its placeholders filled and its numbers and plurals formatted by
 * ICU rules for that language. A missing translation falls back to the English message.
 */
export function t<K extends MessageKey>(locale: string | undefined, key: K, values: MessageParams[K]): string {
  return formatMessage(locale, key, values as Readonly<Record<string, MessageValue>>);
}

/** `t` for keys chosen at run time (an issue's code): unknown keys come back as the key itself. */
export function formatMessage(locale: string | undefined, key: string, values: Readonly<Record<string, MessageValue>> = {}): string {
  const lang = effectiveMessageLocale(locale);
  const own = messageCatalogue(lang)?.[key];
  const source = own ?? messageCatalogue('en')?.[key];
  if (source === undefined) return key;
  const used = own === undefined ? 'en' : lang;
  // `{amount, number, money}` is an amount in the plan's currency (the `currency` value), written
  // as the language writes money; without a currency, as a plain number.
  const currency = typeof values['currency'] === 'string' && /^[A-Z]{3}$/.test(values['currency']) ? values['currency'] : '';
  const id = `${used}\u0000${currency}\u0000${key}`;
  let f = compiled.get(id);
  if (!f) {
    const money = currency ? { style: 'currency' as const, currency, minimumFractionDigits: 0, maximumFractionDigits: 2 } : { maximumFractionDigits: 2 };
    f = new IntlMessageFormat(source, used, { number: { money } }, { ignoreTag: true });
    compiled.set(id, f);
  }
  try {
    return String(f.format(values as Record<string, MessageValue>));
  } catch {
    // A value the message needs is missing: a bug, but the reader still gets the words and values.
    return `${key} ${JSON.stringify(values)}`;
  }
}
