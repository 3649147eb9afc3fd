/**
 * PDF content operators the layout writes itself. Positions to a thousandth of a point (a third of
 * a micrometre) and colours to three decimals are far below what print or screen can show, and
 * keep each page's content small: less to join, to compress and to store.
 */

/** A number with at most three decimals, no exponent. */
export function num(n: number): string {
  return String(Math.round(n * 1000) / 1000);
}

const fills = new Map<string, string>();
const strokes = new Map<string, string>();

/** `r g b rg`: the fill colour (text and filled shapes) from `#rrggbb`. */
export function fillColor(hex: string): string {
  return colorOp(fills, hex, 'rg');
}

/** `r g b RG`: the stroke colour (rules and lines) from `#rrggbb`. */
export function strokeColor(hex: string): string {
  return colorOp(strokes, hex, 'RG');
}

function colorOp(cache: Map<string, string>, hex: string, op: string): string {
  let out = cache.get(hex);
  if (out === undefined) {
    const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
    if (!m) throw new Error(`not a #rrggbb colour: ${hex}`);
    out = `${m.slice(1, 4).map((c) => num(parseInt(c, 16) / 255)).join(' ')} ${op}`;
    cache.set(hex, out);
  }
  return out;
}
