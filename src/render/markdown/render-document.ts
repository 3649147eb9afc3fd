import type { Block, DocumentModel } from '../../document/blocks.js';
import { mdBlock, mdCell, mdInline } from './escape.js';
import { tidy } from './render-markdown.js';

/**
 * Renders a block document (the progress report, the amendment list) as CommonMark/GFM. Charts
 * are left out: their figures are in the document's tables. The same model gives the same bytes.
 */
export function renderDocumentMarkdown(model: DocumentModel): string {
  return tidy(model.blocks.map(block).join('\n\n'));
}

function block(b: Block): string {
  switch (b.kind) {
    case 'heading':
      return `${'#'.repeat(b.level)} ${mdInline(b.text)}`;
    case 'paragraph': {
      const text = mdBlock(b.text);
      return b.tone === 'strong' ? `**${text}**` : b.tone === 'note' ? `*${text}*` : text;
    }
    case 'list':
      return b.items.map((item, i) => `${b.numbered ? `${i + 1}.` : '-'} ${mdInline(item, { lineStart: false })}`).join('\n');
    case 'definitions':
      return b.pairs.map(([k, v]) => `- **${mdInline(k, { lineStart: false })}:** ${mdInline(v, { lineStart: false })}`).join('\n');
    case 'table': {
      const totals = new Set(b.totalRows ?? []);
      const head = `| ${b.columns.map((c) => mdCell(c.header)).join(' | ')} |`;
      const rule = `|${b.columns.map((c) => (c.align === 'right' ? '---:' : '---')).join('|')}|`;
      const rows = b.rows.map((r, i) => `| ${r.map((cell) => (totals.has(i) && cell !== '' ? `**${mdCell(cell)}**` : mdCell(cell))).join(' | ')} |`);
      return [head, rule, ...rows].join('\n');
    }
    case 'bars':
      return '';
  }
}
