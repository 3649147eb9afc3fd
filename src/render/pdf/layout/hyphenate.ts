import { createRequire } from 'node:module';

/** Where a word may be broken with a hyphen added: offsets (UTF-16) inside the word, ascending. */
export type Hyphenate = (word: string) => readonly number[];

type Hyphenator = (text: string) => string;
type CreateHyphenator = (patterns: unknown, options: { html: boolean; hyphenChar: string; minWordLength: number }) => Hyphenator;

/**
 * The `hyphen` package's TeX patterns for each document language: the language's own where it has
 * them. Serbian in Latin letters and Bosnian use the Serbo-Croatian Latin patterns; a Serbian
 * word in Cyrillic letters uses the Serbian Cyrillic ones, whatever the script of the document.
 */
const LATIN: Readonly<Record<string, string>> = {
  en: 'en-gb',
  hu: 'hu',
  ro: 'ro',
  cs: 'cs',
  sk: 'sk',
  sl: 'sl',
  sr: 'sh-latn',
  bs: 'sh-latn',
  hr: 'hr',
  sq: 'sq',
};
const CYRILLIC: Readonly<Record<string, string>> = { sr: 'sr-cyrl', bs: 'sr-cyrl', mk: 'mk', bg: 'bg' };

const CYRILLIC_LETTER = /\p{Script=Cyrillic}/u;
const SOFT_HYPHEN = '\u00ad';
/** Words kept per language before the cache starts over (the patterns' own cache with it). */
const MAX_WORDS = 50_000;
/** Longer "words" are codes, addresses or runs of letters, not words the patterns know. */
export const MAX_HYPHENATED_LENGTH = 64;

const require = createRequire(import.meta.url);

interface Patterns {
  hyphenate: Hyphenator;
  known: Map<string, readonly number[]>;
}
const loaded = new Map<string, Patterns>();

/** Loads a pattern file on first use: the Hungarian one is 1.2 MB and takes about 0.1 s to load. */
function patterns(name: string): Patterns {
  let p = loaded.get(name);
  if (p === undefined) {
    const create = require('hyphen') as CreateHyphenator;
    const table = require(`hyphen/patterns/${name}.js`) as unknown;
    p = { hyphenate: create(table, { html: false, hyphenChar: SOFT_HYPHEN, minWordLength: 5 }), known: new Map() };
    loaded.set(name, p);
  }
  return p;
}

function points(name: string, word: string): readonly number[] {
  let p = patterns(name);
  let found = p.known.get(word);
  if (found === undefined) {
    if (p.known.size >= MAX_WORDS) {
      loaded.delete(name);
      p = patterns(name);
    }
    const marked = p.hyphenate(word);
    const offsets: number[] = [];
    let at = 0;
    for (let i = 0; i < marked.length; i += 1) {
      if (marked[i] === SOFT_HYPHEN) offsets.push(at);
      else at += 1;
    }
    found = offsets;
    p.known.set(word, found);
  }
  return found;
}

const NONE: readonly number[] = [];

/**
 * The hyphenation of a document language (a BCP 47 tag such as `hu` or `sr-Cyrl`): the places a
 * word may be broken, from the language's patterns. A language without patterns gets none, and
 * its words are broken only when they cannot fit a line (see wrapText).
 */
export function hyphenationFor(language: string): Hyphenate {
  const base = language.split('-')[0]!.toLowerCase();
  const latin = LATIN[base];
  const cyrillic = CYRILLIC[base];
  if (latin === undefined && cyrillic === undefined) return () => NONE;
  return (word) => {
    if (word.length > MAX_HYPHENATED_LENGTH || word.includes(SOFT_HYPHEN)) return NONE;
    const name = CYRILLIC_LETTER.test(word) ? cyrillic : latin;
    return name === undefined ? NONE : points(name, word);
  };
}
