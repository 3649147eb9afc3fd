import { WIDTH, type SvgChart } from '../svg/chart.js';
import { esc } from './markup.js';

/**
 * A chart as inline SVG inside a figure: `<title>` and `<desc>` name it and state its figures for
 * screen readers (the same figures are in the table beside it), the caption numbers it. The page's
 * stylesheet styles the drawing's classes.
 */
export function figure(chart: SvgChart | undefined): string {
  if (chart === undefined) return '';
  const { id } = chart;
  return `<figure class="chart">
<svg role="img" viewBox="0 0 ${WIDTH} ${chart.height}" aria-labelledby="${id}-title ${id}-desc" xmlns="http://www.w3.org/2000/svg">
<title id="${id}-title">${esc(chart.title)}</title>
<desc id="${id}-desc">${esc(chart.desc)}</desc>
${chart.body}
</svg>
<figcaption>${esc(chart.caption)}</figcaption>
</figure>`;
}
