/**
 * Greedy line breaking with a caller-supplied measure. The layout knows every line before it draws
 * anything, so a table row's height is exact and a long row can continue on the next page line by
 * line instead of being cut off.
 *
 * The work is linear in the length of the text: each word is measured once, a word broken across
 * lines is measured by its characters once (their widths added up give every prefix's width, and a
 * binary search finds where a line ends), and only the pieces actually drawn are measured whole.
 */
import { MAX_HYPHENATED_LENGTH, type Hyphenate } from './hyphenate.js';

export type Measure = (text: string) => number;

/** The hyphen drawn at a broken line end: the plain one, so that the PDF's text reads `word-` + rest. */
const HYPHEN = '-';
/** A line is filled by hyphenating the next word only when the word would leave more than this share of the line empty. */
const FILL = 0.25;
/** Longer words are never shaped whole: no line can hold this many characters. */
const SHAPE_LIMIT = 400;
/** Characters after which a word breaks without a hyphen added (compound names, addresses). */
const BREAK_AFTER = /[-/–_.]/;
/**
 * Whether a line may end after character i of a word without a hyphen added: after a hyphen, a
 * slash, a dash or an underscore, and after a full stop that a letter follows (an address), but
 * never inside a number ("1.800.000", "3.5").
 */
function breaksAfter(word: string, i: number): boolean {
  const c = word[i]!;
  if (!BREAK_AFTER.test(c)) return false;
  const next = word[i + 1];
  return c !== '.' || (next !== undefined && /\p{L}/u.test(next));
}

/** A combining mark stays with the letter before it. */
const MARK = /^\p{M}/u;

const noHyphenation: Hyphenate = () => [];

/** Breaks text into lines no wider than `width`. Hard line breaks are kept; runs of spaces collapse. */
export function wrapText(text: string, width: number, measure: Measure, hyphenate: Hyphenate = noHyphenation): string[] {
  const lines: string[] = [];
  const space = measure(' ');
  for (const hard of text.replace(/\r\n?/g, '\n').split('\n')) {
    const words = hard.split(/[ \t]+/).filter((w) => w.length > 0);
    if (words.length === 0) {
      lines.push('');
      continue;
    }
    let line = '';
    let lineWidth = 0;
    const add = (piece: string, w: number): void => {
      if (line === '') {
        line = piece;
        lineWidth = w;
      } else {
        line += ` ${piece}`;
        lineWidth += space + w;
      }
    };
    const end = (): void => {
      lines.push(line);
      line = '';
      lineWidth = 0;
    };
    for (const whole of words) {
      let word = whole;
      for (;;) {
        const room = line === '' ? width : width - lineWidth - space;
        if (word.length > SHAPE_LIMIT) {
          // Too long for any line: cut into lines by its characters, the rest goes on as a word.
          if (room <= width * FILL && line !== '') end();
          const pieces = cutByCharacters(word, line === '' ? width : room, width, measure);
          for (const p of pieces.slice(0, -1)) {
            add(p, 0);
            end();
          }
          const last = pieces[pieces.length - 1]!;
          if (pieces.length === 1) {
            add(last, measure(last));
            break;
          }
          word = last;
          continue;
        }
        const w = measure(word);
        if (w <= room) {
          add(word, w);
          break;
        }
        const mustBreak = line === '';
        if (mustBreak || room > width * FILL) {
          const split = splitWord(word, room, measure, hyphenate, mustBreak, width);
          if (split !== undefined) {
            add(split.head, 0);
            end();
            word = split.tail;
            continue;
          }
        }
        if (mustBreak) {
          // Not even one character fits (a column narrower than a letter): the word overflows rather than loop.
          add(word, w);
          break;
        }
        end();
      }
    }
    lines.push(line);
  }
  return lines;
}

interface Split {
  head: string;
  tail: string;
}

/**
 * Breaks a word so that its head (with a hyphen where one is added) fits `room`: at the last
 * place the language's patterns allow, or after a hyphen or slash already in it. A word that must
 * be broken (it cannot fit a line of its own) and has no such place that fits is broken between
 * characters, with a hyphen.
 */
function splitWord(word: string, room: number, measure: Measure, hyphenate: Hyphenate, mustBreak: boolean, width: number): Split | undefined {
  if (word.length > MAX_HYPHENATED_LENGTH) return cut(word, room, width, measure);
  const candidates: { at: number; hyphen: boolean }[] = [];
  for (const at of hyphenate(word)) if (at >= 2 && at <= word.length - 2) candidates.push({ at, hyphen: true });
  for (let i = 1; i < word.length - 1; i += 1) if (breaksAfter(word, i)) candidates.push({ at: i + 1, hyphen: false });
  candidates.sort((a, b) => b.at - a.at);
  for (const c of candidates) {
    const head = word.slice(0, c.at) + (c.hyphen && word[c.at - 1] !== HYPHEN ? HYPHEN : '');
    if (measure(head) <= room) return { head, tail: word.slice(c.at) };
  }
  return mustBreak ? cut(word, room, width, measure) : undefined;
}

function cut(word: string, room: number, width: number, measure: Measure): Split | undefined {
  const [head, ...rest] = cutByCharacters(word, room, width, measure);
  return rest.length === 0 ? undefined : { head: head!, tail: rest.join('') };
}

/**
 * Cuts a word into pieces: the first fits `first`, each next one `width`, every piece but the last
 * ends with a hyphen (or with a hyphen, slash or full stop of the word's own, found in the second
 * half of the piece). The last piece is what is left and may be narrower than a line.
 */
export function cutByCharacters(word: string, first: number, width: number, measure: Measure): string[] {
  const { starts, prefix } = prefixWidths(word, measure);
  const n = starts.length - 1;
  const hyphen = measure(HYPHEN);
  const pieces: string[] = [];
  let from = 0;
  let room = first;
  while (prefix[n]! - prefix[from]! > room || n - from > SHAPE_LIMIT) {
    let to = lastFitting(prefix, from, Math.min(n, from + SHAPE_LIMIT), room - hyphen);
    let own = false;
    for (let k = to; k > from + (to - from) / 2; k -= 1) {
      if (breaksAfter(word, starts[k]! - 1)) {
        to = k;
        own = true;
        break;
      }
    }
    const piece = (t: number): string => word.slice(starts[from], starts[t]) + (own ? '' : HYPHEN);
    let head = piece(to);
    // Kerning makes a piece a little narrower or wider than its characters added up.
    while (to > from + 1 && measure(head) > room) head = piece((to -= 1));
    pieces.push(head);
    from = to;
    room = width;
  }
  pieces.push(word.slice(starts[from]));
  return pieces;
}

/** The characters of a word (each with its combining marks) and the width of every prefix, each character measured once. */
function prefixWidths(word: string, measure: Measure): { starts: number[]; prefix: Float64Array } {
  const starts: number[] = [];
  for (let i = 0; i < word.length; ) {
    starts.push(i);
    i += word.codePointAt(i)! > 0xffff ? 2 : 1;
    // Combining marks start at U+0300.
    while (i < word.length && word.charCodeAt(i) >= 0x300 && MARK.test(word[i]!)) i += 1;
  }
  starts.push(word.length);
  const prefix = new Float64Array(starts.length);
  // A long word repeats few characters: each is measured once here.
  const widths = new Map<string, number>();
  for (let k = 0; k + 1 < starts.length; k += 1) {
    const c = word.slice(starts[k], starts[k + 1]);
    let w = widths.get(c);
    if (w === undefined) widths.set(c, (w = measure(c)));
    prefix[k + 1] = prefix[k]! + w;
  }
  return { starts, prefix };
}

/** The most characters after `from` (at least one, at most up to `to`) whose widths add up to no more than `room`: a binary search. */
function lastFitting(prefix: Float64Array, from: number, to: number, room: number): number {
  let lo = from + 1;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (prefix[mid]! - prefix[from]! <= room) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Shortens text with an ellipsis so it fits on one line (running headers). */
export function fitLine(text: string, width: number, measure: Measure): string {
  if (text.length <= SHAPE_LIMIT && measure(text) <= width) return text;
  // No line holds more than SHAPE_LIMIT characters, so only that much of a longer text is measured.
  const head = text.slice(0, SHAPE_LIMIT + 1);
  const { starts, prefix } = prefixWidths(head, measure);
  let n = lastFitting(prefix, 0, starts.length - 1, width - measure('…'));
  const shortened = (k: number): string => `${head.slice(0, starts[k]).trimEnd()}…`;
  while (n > 0 && measure(shortened(n)) > width) n -= 1;
  return shortened(n);
}
