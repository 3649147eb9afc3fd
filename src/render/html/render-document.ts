import type { Block, DocumentModel } from '../../document/blocks.js';
import { barsChart } from '../svg/bars-chart.js';
import { figure } from './figure.js';
import { definitions, esc, lines, list, paragraphs, table } from './markup.js';
import { htmlPage } from './page.js';

/**
 * Renders a block document (the progress report, the amendment list) as one self-contained web
 * page with the plan's markup and stylesheet: the title and cover facts in the page header, each
 * chapter a section named by its heading, tables with scoped column headers in regions that scroll
 * on their own, the charts as inline SVG with a title and description, `lang` set. All text is
 * escaped; the same model gives the same string.
 */
export function renderDocumentHtml(model: DocumentModel): string {
  const m = model.meta;
  const first = model.blocks.findIndex((b) => b.kind === 'heading' && b.level === 2);
  const head = first < 0 ? model.blocks : model.blocks.slice(0, first);
  const rest = first < 0 ? [] : model.blocks.slice(first);
  let figures = 0;
  let caption = m.title;
  const block = (b: Block): string => {
    switch (b.kind) {
      case 'heading':
        caption = b.text;
        return `<h${b.level} id="${esc(b.id)}">${esc(b.text)}</h${b.level}>`;
      case 'paragraph':
        return b.tone === 'normal' || b.tone === undefined ? paragraphs(b.text) : paragraphs(b.text).replace(/<p>/g, `<p class="${b.tone}">`);
      case 'list':
        return list(b.items, b.numbered);
      case 'definitions':
        return definitions(b.pairs);
      case 'table':
        return table({ caption, columns: b.columns.map((c) => (c.align === 'right' ? { header: c.header, align: 'right' } : { header: c.header })), rows: b.rows.map((row) => row.map((cell) => (cell.includes('\n') ? lines(cell.split('\n')) : cell))), ...(b.totalRows ? { totalRows: b.totalRows } : {}), wide: b.columns.length > 6 });
      case 'bars':
        return figure(barsChart(b, `chart-${(figures += 1)}`));
    }
  };
  const sections: string[] = [];
  let open = false;
  for (const b of rest) {
    if (b.kind === 'heading' && b.level === 2) {
      if (open) sections.push('</section>');
      sections.push(`<section aria-labelledby="${esc(b.id)}">`);
      open = true;
    }
    sections.push(block(b));
  }
  if (open) sections.push('</section>');
  return htmlPage(
    { lang: m.language, title: `${m.title} – ${m.author}`, author: m.author, description: m.subject, keywords: m.keywords, date: m.date },
    `<header>
${head.map(block).join('\n')}
</header>
<main>
${sections.join('\n')}
</main>
<footer><p>${esc(model.runningHeader)}</p></footer>`,
  );
}
