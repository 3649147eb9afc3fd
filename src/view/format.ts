import { fill, type Messages } from '../i18n/index.js';
import { parseYearOrQuarter } from '../plan/rules/period.js';
import type { YearOrQuarter } from '../plan/types.js';
import type { Money } from './types.js';

export type DocumentLabels = Messages['document'];

/** Numbers, money, dates and periods written the way the document's language writes them. */
export interface Format {
  locale: string;
  number(value: number): string;
  money(value: number): Money;
  /** `part` as a share of `whole`, e.g. '24%'; the empty-value label when `whole` is 0. */
  share(part: number, whole: number): string;
  /** '2026-03-26' -> '26 March 2026' (en). */
  date(isoDate: string): string;
  /** 'HU' -> 'Hungary'. */
  country(code: string): string;
  /** 2026 -> '2026'; '2026-Q3' -> 'Q3 2026' (en). */
  yearOrQuarter(value: YearOrQuarter): string;
  /** Two already formatted ends, e.g. '2026 – 2028'; one value when both are the same. */
  range(from: string, to: string): string;
  /** The plan period, e.g. '2026–2030'. */
  period(from: number, to: number): string;
  /** Decimal places of money amounts: 0 when every amount in the plan is whole. */
  moneyDigits: number;
}

/** The Intl objects of one locale, currency and kind of amounts. */
interface IntlFormats {
  numberFormat: Intl.NumberFormat;
  moneyFormat: Intl.NumberFormat;
  moneyDigits: number;
  percentFormat: Intl.NumberFormat;
  smallPercentFormat: Intl.NumberFormat;
  dateFormat: Intl.DateTimeFormat;
  regions: Intl.DisplayNames | undefined;
}

/*
 * Intl objects are slow to create (about 1 ms for this set, a fifth of building a whole view) and
 * fast to reuse, and a batch run builds thousands of views in a handful of languages and
 * currencies. The key space is small (supported locales x ISO currencies x 2); the cap only guards
 * library callers that pass arbitrary locale tags.
 */
const intlCache = new Map<string, IntlFormats>();
const INTL_CACHE_MAX = 256;

export function intlFormats(locale: string, currency: string, wholeAmounts: boolean): IntlFormats {
  const key = `${locale}|${currency}|${wholeAmounts ? 'whole' : 'minor'}`;
  const hit = intlCache.get(key);
  if (hit) return hit;
  const currencyDigits = new Intl.NumberFormat(locale, { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  const moneyDigits = wholeAmounts ? 0 : currencyDigits;
  let regions: Intl.DisplayNames | undefined;
  try {
    regions = new Intl.DisplayNames([locale], { type: 'region' });
  } catch {
    regions = undefined;
  }
  const formats: IntlFormats = {
    numberFormat: new Intl.NumberFormat(locale),
    moneyFormat: new Intl.NumberFormat(locale, { style: 'currency', currency, minimumFractionDigits: moneyDigits, maximumFractionDigits: moneyDigits }),
    moneyDigits,
    percentFormat: new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }),
    smallPercentFormat: new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }),
    // UTC, so that a document does not change with the machine's time zone.
    dateFormat: new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }),
    regions,
  };
  if (intlCache.size >= INTL_CACHE_MAX) intlCache.clear();
  intlCache.set(key, formats);
  return formats;
}

/**
 * Currency names that a country's official documents write differently from CLDR, by language
 * and ISO 4217 code. CLDR gives the Albanian lek as "Lekë"; Albanian writes currency names in
 * lower case, and budgets and council decisions say "1 000 000 lekë".
 */
const CURRENCY_WORDS: Readonly<Record<string, string>> = { 'sq|ALL': 'lekë' };

/**
 * The formatters of one document. The Intl objects behind them are shared by every document in
 * the same locale and currency (see `intlFormats`); only the labels differ per call.
 */
export function createFormat(locale: string, currency: string, labels: DocumentLabels, wholeAmounts: boolean): Format {
  const { numberFormat, moneyFormat, moneyDigits, percentFormat, smallPercentFormat, dateFormat, regions } = intlFormats(locale, currency, wholeAmounts);
  const currencyWord = CURRENCY_WORDS[`${locale.split('-')[0]!.toLowerCase()}|${currency}`];

  return {
    locale,
    moneyDigits,
    // `+ 0` turns -0 (a valid YAML number) into 0, which would otherwise print as "-0 Ft".
    number: (value) => numberFormat.format(value + 0),
    money(amount) {
      const value = amount + 0;
      if (currencyWord === undefined) return { value, text: moneyFormat.format(value) };
      const text = moneyFormat.formatToParts(value).map((p) => (p.type === 'currency' ? currencyWord : p.value)).join('');
      return { value, text };
    },
    share(part, whole) {
      if (whole === 0) return labels.none;
      const ratio = part / whole;
      // A share that rounds to 0 % but is not zero would read as "nothing"; show one decimal then.
      return ratio > 0 && ratio < 0.005 ? smallPercentFormat.format(ratio) : percentFormat.format(ratio);
    },
    date(isoDate) {
      const [y, m, d] = isoDate.split('-').map(Number);
      return dateFormat.format(Date.UTC(y!, m! - 1, d!));
    },
    country: (code) => regions?.of(code) ?? code,
    yearOrQuarter(value) {
      const parsed = parseYearOrQuarter(value);
      if (!parsed) return String(value);
      if (typeof value === 'number' || !String(value).includes('-Q')) return String(parsed.year);
      return fill(labels.quarter, { quarter: parsed.firstQuarter, year: parsed.year });
    },
    range: (from, to) => (from === to ? from : fill(labels.range, { from, to })),
    period: (from, to) => (from === to ? String(from) : `${from}–${to}`),
  };
}
