import { esc, WIDTH, type SvgChart } from './chart.js';

/** The faces of the charts: DejaVu Sans is the PDF's font and the one the PNG is drawn with. */
export const CHART_FONT = 'DejaVu Sans';

/**
 * What the web page's stylesheet gives each class of a chart, as SVG attributes: a picture in
 * another document has no stylesheet, and Word's SVG support reads attributes most reliably.
 */
const CLASS_ATTRIBUTES: Readonly<Record<string, string>> = {
  label: `font-family="${CHART_FONT}, sans-serif" font-size="13" fill="#1a1a1a"`,
  value: `font-family="${CHART_FONT}, sans-serif" font-size="13" fill="#1a1a1a"`,
  tick: `font-family="${CHART_FONT}, sans-serif" font-size="11" fill="#4a4a4a"`,
  strong: 'font-weight="700"',
  middle: 'text-anchor="middle"',
  axis: 'stroke="#4a4a4a" stroke-width="1"',
  grid: 'stroke="#c8cdd3" stroke-width="1"',
};

/**
 * The chart as an SVG file of its own: a white ground, its title and description, and its classes
 * as attributes. Every `class` in a chart's body comes from the chart drawings (user text is
 * escaped, so it holds no quote that could start one).
 */
export function standaloneSvg(chart: SvgChart): string {
  const body = chart.body.replace(/ class="([^"]*)"/g, (_, names: string) => {
    const attributes = names.split(' ').map((name) => CLASS_ATTRIBUTES[name]);
    if (attributes.some((a) => a === undefined)) throw new Error(`a chart uses the class "${names}", which standaloneSvg does not know`);
    return ` ${attributes.join(' ')}`;
  });
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${chart.height}" viewBox="0 0 ${WIDTH} ${chart.height}">` +
    `<title>${esc(chart.title)}</title><desc>${esc(chart.desc)}</desc>` +
    `<rect x="0" y="0" width="${WIDTH}" height="${chart.height}" fill="#ffffff"/>${body}</svg>`
  );
}
