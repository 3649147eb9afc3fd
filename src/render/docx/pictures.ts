import type { BarsBlock } from '../../document/blocks.js';
import { messagesFor } from '../../i18n/index.js';
import type { View } from '../../view/types.js';
import { barsChart } from '../svg/bars-chart.js';
import { WIDTH, type SvgChart } from '../svg/chart.js';
import { budgetChart, ganttChart } from '../svg/plan-charts.js';
import { standaloneSvg } from '../svg/standalone.js';
import { svgToPng } from '../svg/svg-png.js';

/** A chart ready for Word: the SVG, a PNG for programs without SVG, its size on the page, caption and alternative text. */
export interface DocxPicture {
  /** The SVG file's bytes (the library reads a string as base64). */
  svg: Uint8Array;
  png: Uint8Array;
  /** Size on the page in pixels (96 to the inch), as the library takes it. */
  width: number;
  height: number;
  caption: string;
  /** Alternative text: what the chart is, and what it shows figure by figure. */
  title: string;
  description: string;
}

/** The width of a chart on the page: the text width of an A4 portrait page with margins of one inch (6.27 in), a little less. */
const PAGE_WIDTH = 600;
/** The height a chart may take: the text height of that page (9.69 in) less room for its caption. */
const PAGE_HEIGHT = 860;

/** Draws a chart as Word takes it, as wide as the text and never taller than the page; the PNG is twice the drawing's size, sharp in print. */
export async function docxPicture(chart: SvgChart, alt: { title: string; description: string }): Promise<DocxPicture> {
  const svg = standaloneSvg(chart);
  const scale = Math.min(PAGE_WIDTH / WIDTH, PAGE_HEIGHT / chart.height);
  return { svg: new TextEncoder().encode(svg), png: await svgToPng(svg, 2), width: Math.round(WIDTH * scale), height: Math.round(chart.height * scale), caption: chart.caption, ...alt };
}

/** The plan's charts, numbered in the order of its chapters as the web page numbers them. */
export interface PlanPictures {
  budget?: DocxPicture;
  timeline?: DocxPicture;
}

/** The budget chart and the timeline of a plan, with the view's alternative texts. */
export async function planPictures(view: View): Promise<PlanPictures> {
  const charts = messagesFor(view.locale).pdf;
  let figures = 0;
  const next = () => (figures += 1);
  const out: PlanPictures = {};
  for (const c of view.chapters) {
    if (c.id === 'budget' && out.budget === undefined) {
      const chart = budgetChart(view, charts, next);
      if (chart) out.budget = await docxPicture(chart, { title: chart.title, description: view.figures.budget });
    } else if (c.id === 'timeline' && out.timeline === undefined && view.timeline.bars.length > 0) {
      out.timeline = await docxPicture(ganttChart(view, charts, next), { title: charts.ganttTitle, description: view.figures.timeline });
    }
  }
  return out;
}

/** The pictures of a block document's bar charts, by block, with the blocks' alternative texts. */
export async function barsPictures(blocks: readonly BarsBlock[]): Promise<Map<BarsBlock, DocxPicture>> {
  const out = new Map<BarsBlock, DocxPicture>();
  for (const [i, b] of blocks.entries()) {
    const chart = barsChart(b, `chart-${i + 1}`);
    if (chart) out.set(b, await docxPicture(chart, { title: b.caption, description: b.alt }));
  }
  return out;
}
