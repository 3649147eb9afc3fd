import { esc } from './markup.js';

/** The drawing's width in SVG units; it scales to the page. */
export const WIDTH = 720;
/** Room for the row labels, left of the bars. */
export const LABEL = 210;
/** Room for the figure written at a bar's end. */
export const VALUE = 150;
export const ROW = 26;

/** Cuts a label that would run into the bars; the full text stays in the figure's description and table. */
export const fit = (text: string, max: number): string => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/**
 * A chart as inline SVG inside a figure: `<title>` and `<desc>` name it and state its figures for
 * screen readers (the same figures are in the table beside it), the caption numbers it.
 */
export function figure(id: string, caption: string, title: string, desc: string, height: number, body: string): string {
  return `<figure class="chart">
<svg role="img" viewBox="0 0 ${WIDTH} ${height}" aria-labelledby="${id}-title ${id}-desc" xmlns="http://www.w3.org/2000/svg">
<title id="${id}-title">${esc(title)}</title>
<desc id="${id}-desc">${esc(desc)}</desc>
${body}
</svg>
<figcaption>${esc(caption)}</figcaption>
</figure>`;
}
