/** The drawing's width in SVG units; it scales to the page. */
export const WIDTH = 720;
/** Room for the row labels, left of the bars. */
export const LABEL = 210;
/** Room for the figure written at a bar's end. */
export const VALUE = 150;
export const ROW = 26;

/**
 * One chart, drawn once for every format that shows it as a picture: the web page inlines it,
 * Word embeds it as an SVG image with a PNG beside it. `body` is SVG markup whose elements are
 * styled by class only (label, value, tick, strong, middle, axis, grid), so that the web page's
 * stylesheet can set them; `standaloneSvg` gives the same classes as attributes.
 */
export interface SvgChart {
  /** Stable id, e.g. 'chart-budget'. */
  id: string;
  /** The numbered caption under the chart. */
  caption: string;
  /** What the chart is, for `<title>`. */
  title: string;
  /** What it shows, figure by figure, for `<desc>`. */
  desc: string;
  /** Height in SVG units; the width is always WIDTH. */
  height: number;
  body: string;
}

/** Escapes text for SVG element content and attribute values. */
export function esc(text: string | number): string {
  return String(text).replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Cuts a label that would run into the bars; the full text stays in the figure's description and table. */
export const fit = (text: string, max: number): string => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
