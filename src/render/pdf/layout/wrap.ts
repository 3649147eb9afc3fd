/**
 * Greedy line breaking with a caller-supplied measure. The layout knows every line before it draws
 * anything, so a table row's height is exact and a long row can continue on the next page line by
 * line instead of being cut off.
 */
export type Measure = (text: string) => number;

/** Breaks text into lines no wider than `width`. Hard line breaks are kept; runs of spaces collapse. */
export function wrapText(text: string, width: number, measure: Measure): string[] {
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
    for (const word of words) {
      for (const piece of fitWord(word, width, measure)) {
        const w = measure(piece);
        if (line !== '' && lineWidth + space + w <= width) {
          line += ` ${piece}`;
          lineWidth += space + w;
        } else {
          if (line !== '') lines.push(line);
          line = piece;
          lineWidth = w;
        }
      }
    }
    lines.push(line);
  }
  return lines;
}

/**
 * A word wider than the line is split after hyphens and slashes first (compound names, URLs),
 * then, as a last resort, between characters.
 */
function fitWord(word: string, width: number, measure: Measure): string[] {
  if (measure(word) <= width) return [word];
  const pieces: string[] = [];
  for (const part of word.split(/(?<=[-/–_.])/)) {
    if (measure(part) <= width) {
      pieces.push(part);
      continue;
    }
    let rest = [...part];
    while (rest.length > 0) {
      let n = rest.length;
      while (n > 1 && measure(rest.slice(0, n).join('')) > width) n = Math.max(1, Math.floor(n * 0.8));
      while (n < rest.length && measure(rest.slice(0, n + 1).join('')) <= width) n += 1;
      pieces.push(rest.slice(0, n).join(''));
      rest = rest.slice(n);
    }
  }
  return joinPieces(pieces, width, measure);
}

/** Puts short pieces of a split word back together while they fit, so "a-b-c" does not become three lines. */
function joinPieces(pieces: string[], width: number, measure: Measure): string[] {
  const out: string[] = [];
  for (const p of pieces) {
    const last = out[out.length - 1];
    if (last !== undefined && measure(last + p) <= width) out[out.length - 1] = last + p;
    else out.push(p);
  }
  return out;
}

/** Shortens text with an ellipsis so it fits on one line (running headers). */
export function fitLine(text: string, width: number, measure: Measure): string {
  if (measure(text) <= width) return text;
  const chars = [...text];
  let n = chars.length;
  while (n > 0 && measure(`${chars.slice(0, n).join('').trimEnd()}…`) > width) n -= 1;
  return `${chars.slice(0, n).join('').trimEnd()}…`;
}
