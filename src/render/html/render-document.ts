import type { BarsBlock, Block, DocumentModel } from '../../document/blocks.js';
import { SERIES_COLORS } from '../pdf/charts/palette.js';
import { figure, fit, LABEL, ROW, VALUE, WIDTH } from './figure.js';
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
        return bars(b, `chart-${(figures += 1)}`);
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

/** One group of bars per row (planned above done), each with its figure at its end, and a legend. */
function bars(b: BarsBlock, id: string): string {
  if (b.rows.length === 0 || b.max <= 0) return '';
  const bar = 10;
  const rowHeight = Math.max(ROW, b.series.length * (bar + 3) + 8);
  const span = WIDTH - LABEL - VALUE;
  let body = '';
  b.rows.forEach((row, r) => {
    const top = r * rowHeight;
    body += `<text x="0" y="${top + rowHeight / 2 + 4}" class="label">${esc(fit(row.label, 25))}</text>`;
    b.series.forEach((s, i) => {
      const y = top + 4 + i * (bar + 3);
      const w = Math.max(0, Math.min(1, (row.values[i] ?? 0) / b.max)) * span;
      if (w > 0) body += `<rect x="${LABEL}" y="${y}" width="${w.toFixed(1)}" height="${bar}" fill="${SERIES_COLORS[s.key]}"/>`;
      body += `<text x="${(LABEL + w + 6).toFixed(1)}" y="${y + bar - 1}" class="tick">${esc(row.texts[i] ?? '')}</text>`;
    });
  });
  const top = b.rows.length * rowHeight;
  body += `<line x1="${LABEL}" y1="0" x2="${LABEL}" y2="${top}" class="axis"/>`;
  let x = LABEL;
  for (const s of b.series) {
    body += `<rect x="${x}" y="${top + 12}" width="12" height="12" fill="${SERIES_COLORS[s.key]}"/><text x="${x + 16}" y="${top + 22}" class="label">${esc(s.label)}</text>`;
    x += 30 + s.label.length * 7.5;
  }
  const desc = b.rows.map((row) => `${row.label}: ${b.series.map((s, i) => `${s.label} ${row.texts[i] ?? ''}`).join(', ')}`).join('; ');
  return figure(id, b.caption, b.caption, desc, top + 32, body);
}
