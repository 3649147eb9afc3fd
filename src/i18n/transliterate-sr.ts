/**
 * Serbian Latin -> Serbian Cyrillic, letter for letter (Vuk's alphabet and Gaj's Latin alphabet
 * map one to one, with lj, nj and dž as single letters). The Cyrillic language file is derived
 * from the Latin one with this module, so the two scripts never drift apart.
 *
 * Left as they are:
 * - `{placeholders}`, filled in at run time;
 * - code: text between backticks, command-line options (--force) and the commands of the CLI
 *   (roma-plan render), which the reader types as they are;
 * - the Latin abbreviations and names in `KEEP_LATIN` (ROMED, OSCE...) and any extra ones passed in
 *   (EU is not one of them: Serbian Cyrillic writes ЕУ);
 * - foreign words: a word with a letter outside the Serbian Latin alphabet (q, w, x, y, é, ö...);
 * - technical tokens: a word that mixes letters with digits, or contains `_`, `@`, `+` or a
 *   dot between letters (ids, file names, key names such as Ctrl+C).
 *
 * A pair that is not a digraph (in-jekcija, nad-živeti) is read from `NOT_DIGRAPHS`.
 */

/** Latin abbreviations and names that stay Latin in Cyrillic text (whole words, case-sensitive). */
export const KEEP_LATIN: readonly string[] = [
  'ROMED',
  'ROMACT',
  'ROMACTED',
  'OSCE',
  'ODIHR',
  'RCC',
  'BPRI',
  'ESF',
  'GDPR',
  'PDF',
  'YAML',
  'JSON',
  'BCP',
  'Ctrl',
];

/**
 * Words in which n+j, l+j or d+ž are two letters, not one (prefix + stem). Each entry is a
 * lower-case stem with `|` where the pair is split; a word containing the stem is split there.
 */
export const NOT_DIGRAPHS: readonly string[] = [
  'in|jekc', // injekcija
  'in|jekt', // injektirati
  'in|junkc', // injunkcija
  'kon|jug', // konjugacija
  'kon|junk', // konjunkcija, konjunktura
  'van|jezič', // vanjezički
  'tan|jug', // Tanjug
  'nad|žnj', // nadžnjeti
  'nad|živ', // nadživeti
  'pod|žanr', // podžanr
  'pod|žel', // podželudačni
  'pod|živ', // podživeti
];

const LETTERS: Readonly<Record<string, string>> = {
  a: 'а', b: 'б', c: 'ц', č: 'ч', ć: 'ћ', d: 'д', đ: 'ђ', e: 'е', f: 'ф', g: 'г', h: 'х', i: 'и',
  j: 'ј', k: 'к', l: 'л', m: 'м', n: 'н', o: 'о', p: 'п', r: 'р', s: 'с', š: 'ш', t: 'т', u: 'у',
  v: 'в', z: 'з', ž: 'ж',
};
const DIGRAPHS: Readonly<Record<string, string>> = { lj: 'љ', nj: 'њ', dž: 'џ' };

/** Spans copied as they are: placeholders, `code`, --options and the CLI's commands. */
const VERBATIM =
  /\{\w+\}|`[^`]*`|(?<![\p{L}\p{N}-])--[a-z][a-z0-9-]*|\broma-plan(?: (?:init|validate|schema|catalogue|render|batch|new|templates|doctor)\b)?/gu;
/** A word: letters and digits, possibly joined by - + . / _ @ ' ’ */
const TOKEN = /[\p{L}\p{M}\p{N}]+(?:[-+./_@'’][\p{L}\p{M}\p{N}]+)*/gu;
const SERBIAN_LATIN = /^[abcčćdđefghijklmnoprsštuvzž]$/u;

export interface TransliterateOptions {
  /** More whole words to leave in Latin, in addition to `KEEP_LATIN`. */
  keep?: Iterable<string>;
}

const upper = (c: string): string => c.toUpperCase();
const isUpper = (c: string): boolean => c !== c.toLowerCase();

/** Positions in a word (lower-cased) where a digraph-looking pair must be read as two letters. */
function splitPoints(lowerWord: string): Set<number> {
  const points = new Set<number>();
  for (const entry of NOT_DIGRAPHS) {
    const bar = entry.indexOf('|');
    const stem = entry.replace('|', '');
    for (let at = lowerWord.indexOf(stem); at >= 0; at = lowerWord.indexOf(stem, at + 1)) points.add(at + bar);
  }
  return points;
}

function isForeignOrTechnical(word: string, keep: ReadonlySet<string>): boolean {
  if (keep.has(word)) return true;
  if (/\p{N}/u.test(word) && /\p{L}/u.test(word)) return true;
  if (/[_@+]/.test(word) || /\p{L}\.\p{L}/u.test(word)) return true;
  for (const part of word.split(/[-'’]/)) if (keep.has(part)) return true;
  return [...word.toLowerCase()].some((c) => /\p{L}/u.test(c) && !SERBIAN_LATIN.test(c));
}

/** One Serbian word, letter by letter, digraphs first. */
function transliterateWord(word: string): string {
  const lower = word.toLowerCase();
  const splits = splitPoints(lower);
  const chars = [...word];
  const lowerChars = [...lower];
  let out = '';
  for (let i = 0; i < chars.length; i += 1) {
    const c = chars[i]!;
    const pair = lowerChars[i]! + (lowerChars[i + 1] ?? '');
    const digraph = DIGRAPHS[pair];
    if (digraph && !splits.has(i + 1)) {
      out += isUpper(c) ? upper(digraph) : digraph;
      i += 1;
      continue;
    }
    const letter = LETTERS[lowerChars[i]!];
    out += letter ? (isUpper(c) ? upper(letter) : letter) : c;
  }
  return out;
}

/** Serbian Latin text in Serbian Cyrillic; see the module comment for what stays Latin. */
export function latinToCyrillic(text: string, options: TransliterateOptions = {}): string {
  const keep = new Set([...KEEP_LATIN, ...(options.keep ?? [])]);
  const words = (part: string): string =>
    part.replace(TOKEN, (token) => (isForeignOrTechnical(token, keep) ? token : transliterateWord(token)));
  const normalized = text.normalize('NFC');
  let out = '';
  let last = 0;
  for (const m of normalized.matchAll(VERBATIM)) {
    out += words(normalized.slice(last, m.index)) + m[0];
    last = m.index + m[0].length;
  }
  return out + words(normalized.slice(last));
}

/** Every string inside a value (objects and arrays, at any depth) in Cyrillic; keys are kept. */
export function transliterateDeep<T>(value: T, options: TransliterateOptions = {}): T {
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return latinToCyrillic(v, options);
    if (Array.isArray(v)) return v.map(walk);
    if (v !== null && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    return v;
  };
  return walk(value) as T;
}

/**
 * An ICU MessageFormat message (src/i18n/messages/*.json) in Cyrillic: only its text is
 * transliterated. Its syntax stays as it is: argument names, the `select` and `plural` keywords and
 * their selectors, number styles and quoted braces ('{'), so the message still compiles, and the
 * values filled in at run time (a name the user typed) come out as typed.
 */
export function latinToCyrillicMessage(message: string, options: TransliterateOptions = {}): string {
  let at = 0;

  /** ICU quoting: '' is an apostrophe; '{ ... ' is literal text up to the next lone apostrophe. */
  const quoted = (): string => {
    const start = at;
    at += 1;
    if (message[at] === "'") return message.slice(start, (at += 1));
    while (at < message.length) {
      if (message[at] === "'" && message[at + 1] === "'") at += 2;
      else if (message[at++] === "'") break;
    }
    return message.slice(start, at);
  };

  /**
   * The text of one message level, up to the `}` that closes it. Arguments and quoted spans are
   * held as `{xN}` while the text is transliterated as a whole, so that a code span around an
   * argument (`{key}`) is still seen as one span.
   */
  const level = (): string => {
    const held: string[] = [];
    let text = '';
    while (at < message.length && message[at] !== '}') {
      const c = message[at]!;
      if (c === "'" && /['{}#|]/.test(message[at + 1] ?? '')) {
        text += `{x${held.length}}`;
        held.push(quoted());
      } else if (c === '{') {
        text += `{x${held.length}}`;
        held.push(argument());
      } else {
        text += c;
        at += 1;
      }
    }
    return latinToCyrillic(text, options).replace(/\{x(\d+)\}/g, (_, i: string) => held[Number(i)]!);
  };

  /** One `{...}` argument: a select or plural has its option messages transliterated. */
  const argument = (): string => {
    const head = /^\{\s*[^\s,{}]+\s*(?:,\s*(\w+)\s*)?/.exec(message.slice(at))!;
    const type = head[1];
    let out = head[0];
    at += head[0].length;
    if (type === 'select' || type === 'plural' || type === 'selectordinal') {
      out += message[at]; // the comma before the options
      at += 1;
      for (;;) {
        const option = /^\s*([^\s{}]*)\s*/.exec(message.slice(at))!;
        out += option[0];
        at += option[0].length;
        if (message[at] !== '{') {
          if (option[1]!.startsWith('offset:')) continue;
          break;
        }
        at += 1;
        out += `{${level()}}`;
        at += 1;
      }
    } else {
      // A simple argument or a number, date or time style: copied up to its closing brace.
      const end = message.indexOf('}', at);
      out += message.slice(at, end < 0 ? message.length : end);
      at = end < 0 ? message.length : end;
    }
    if (message[at] === '}') {
      out += '}';
      at += 1;
    }
    return out;
  };

  return level() + message.slice(at);
}
