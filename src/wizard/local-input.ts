/**
 * Numbers and dates as people type them in the plan's language (`12 000`, `12.000`, `2025.03.12.`,
 * `12. 3. 2025`, `"2025-03-12"`), read into what the plan format stores: a number, and a date as
 * `YYYY-MM-DD` text. Where a form could mean two things in a language (`12,000` in Hungarian, where
 * the comma is the decimal sign; `03/04/2025` in English), it is not guessed: the text is returned as
 * it is, the plan validator rejects it, and the person is asked again.
 */

const SPACES = '[ \\u00a0\\u202f\\u2009]';
const QUOTES: readonly [string, string][] = [['"', '"'], ["'", "'"], ['“', '”'], ['„', '“'], ['„', '”'], ['«', '»'], ['‘', '’']];

/** The answer without surrounding spaces and one pair of quotes (the hints tell people to quote dates). */
export function unquote(text: string): string {
  const t = text.trim();
  for (const [open, close] of QUOTES) if (t.length >= 2 && t.startsWith(open) && t.endsWith(close)) return t.slice(open.length, -close.length).trim();
  return t;
}

/** The decimal sign of the language (`.` or `,`); English's when the runtime does not know the language. */
function decimalSign(locale: string): '.' | ',' {
  try {
    return new Intl.NumberFormat(locale).formatToParts(1.5).find((p) => p.type === 'decimal')?.value === ',' ? ',' : '.';
  } catch {
    return '.';
  }
}

/**
 * Reads a typed number in the language's way: empty -> `undefined`; `12 000` (spaces or no-break
 * spaces between groups of three), `12.000` or `12,000` when that sign is not the language's decimal
 * sign, `1.234.567`, `1.234,5` and `1,234.5`, `12,5` and `12.5` -> a number; anything else, and a
 * form that is ambiguous in the language, -> the text, for the validator to word the problem.
 */
export function parseLocalNumber(text: string, locale = 'en'): number | string | undefined {
  const t = unquote(text);
  if (t === '') return undefined;
  if (/^[+-]?(\d+(\.\d*)?|\.\d+)[eE][+-]?\d+$/.test(t)) return Number(t);
  const m = /^([+-]?)(\d[\d., \u00a0\u202f\u2009]*)$/.exec(t);
  if (!m) return t;
  const sign = m[1] === '-' ? '-' : '';
  let body = m[2]!;
  // Spaces only ever group thousands.
  if (new RegExp(SPACES).test(body)) {
    if (!new RegExp(`^\\d{1,3}(${SPACES}\\d{3})+([.,]\\d+)?$`).test(body)) return t;
    body = body.replace(new RegExp(SPACES, 'g'), '');
  }
  const dots = body.split('.').length - 1;
  const commas = body.split(',').length - 1;
  if (dots === 0 && commas === 0) return Number(sign + body);
  if (dots > 0 && commas > 0) {
    // Both signs: the last one is the decimal sign, the other groups thousands.
    const decimal = body.lastIndexOf('.') > body.lastIndexOf(',') ? '.' : ',';
    const group = decimal === '.' ? ',' : '.';
    const [whole, fraction] = body.split(decimal) as [string, string | undefined];
    if (body.split(decimal).length !== 2 || !grouped(whole, group)) return t;
    return Number(`${sign}${whole.split(group).join('')}.${fraction ?? ''}`);
  }
  const mark = dots > 0 ? '.' : ',';
  const parts = body.split(mark);
  if (parts.length > 2) return grouped(body, mark) ? Number(sign + parts.join('')) : t;
  const [whole, fraction] = parts as [string, string];
  if (fraction === '') return t;
  // One sign followed by exactly three digits: thousands, unless it is the language's decimal sign,
  // when the person may mean either (12,000 in Hungarian is twelve with three decimals).
  if (fraction.length === 3 && grouped(body, mark)) return mark === decimalSign(locale) ? t : Number(sign + whole + fraction);
  return Number(`${sign}${whole}.${fraction}`);
}

/** Whether `s` is digits grouped by threes with `group` (`1.234.567`), and not `0.123`. */
function grouped(s: string, group: string): boolean {
  const g = group === '.' ? '\\.' : group;
  return new RegExp(`^[1-9]\\d{0,2}(${g}\\d{3})+$`).test(s) || /^\d+$/.test(s);
}

/** The order of day, month and year in the language's short dates (English: month first). */
function dateOrder(locale: string): 'dmy' | 'mdy' | 'ymd' {
  try {
    const order = new Intl.DateTimeFormat(locale, { timeZone: 'UTC' })
      .formatToParts(Date.UTC(2025, 2, 12))
      .filter((p) => p.type === 'day' || p.type === 'month' || p.type === 'year')
      .map((p) => p.type[0])
      .join('');
    return order === 'mdy' || order === 'ymd' ? order : 'dmy';
  } catch {
    return 'dmy';
  }
}

const pad = (n: string) => n.padStart(2, '0');

/**
 * Reads a typed date into `YYYY-MM-DD`: the ISO form (also in quotes), year first with dots or
 * slashes (`2025.03.12.`, `2025. 3. 12.`), and day first with dots, slashes or dashes
 * (`12.3.2025`, `12. 03. 2025.`, `12/03/2025`, `12.03.2025 г.`) in languages that write the day
 * first. In a language that writes the month first (English), `03/04/2025` could be either, so only
 * a date whose day is above 12 is read. Anything else comes back as the text, for the validator.
 */
export function parseLocalDate(text: string, locale = 'en'): string {
  const t = unquote(text);
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (iso) return `${iso[1]}-${pad(iso[2]!)}-${pad(iso[3]!)}`;
  const cleaned = t.replace(/\s*(г|g)\.?$/iu, '').replace(/\.$/, '').trim();
  const yearFirst = /^(\d{4})\s*[./]\s*(\d{1,2})\s*[./]\s*(\d{1,2})$/.exec(cleaned);
  if (yearFirst) return `${yearFirst[1]}-${pad(yearFirst[2]!)}-${pad(yearFirst[3]!)}`;
  const yearLast = /^(\d{1,2})\s*([./-])\s*(\d{1,2})\s*\2\s*(\d{4})$/.exec(cleaned);
  if (!yearLast) return t;
  const [a, b, year] = [Number(yearLast[1]), Number(yearLast[3]), yearLast[4]!];
  let day = a;
  let month = b;
  if (dateOrder(locale) === 'mdy') {
    // Month first by the language, day first by many of its writers: read only what is certain.
    if (a > 12 && b <= 12) [day, month] = [a, b];
    else if (b > 12 && a <= 12) [day, month] = [b, a];
    else if (a !== b) return t;
  }
  return `${year}-${pad(String(month))}-${pad(String(day))}`;
}

/**
 * Reads a measure's start and end typed as one answer: `2026-2028`, `2026-Q1 2026-Q4`,
 * `2026 q1 – 2027`, or one year or quarter for both. Years are numbers, quarters `YYYY-QN` text, as
 * the plan format stores them; anything else (no date, three of them) gives `undefined`, and the
 * start and end are then asked one by one.
 */
export function parseLocalPeriod(text: string): { start: number | string; end: number | string } | undefined {
  const rest = unquote(text).replace(/\d{4}(?:\s*-?\s*Q[1-4])?/giu, '').replace(/[\s\-–—/,;]|to|до|do|-ig/giu, '');
  const parts = [...unquote(text).matchAll(/(\d{4})(?:\s*-?\s*Q([1-4]))?/giu)].map((m) => (m[2] ? `${m[1]}-Q${m[2]}` : Number(m[1])));
  if (rest !== '' || parts.length === 0 || parts.length > 2) return undefined;
  return { start: parts[0]!, end: parts[1] ?? parts[0]! };
}
