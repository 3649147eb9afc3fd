import type { Block, DocumentModel } from '../../document/blocks.js';
import { packDocx } from './pack-docx.js';

/**
 * Renders a block document (the progress report, the amendment list) as a Word document: the
 * title in Word's Title style and the chapters and sections in Heading 1–2 (levels 1–3 of the
 * blocks), tables whose header row repeats and whose rows do not split, totals in bold, a running
 * header, "page X of Y", document properties and every run marked with the document's language.
 * Charts are left out: their figures are in the document's tables. The same model gives the same
 * bytes.
 */
export async function renderDocumentDocx(model: DocumentModel): Promise<Uint8Array> {
  // docx is large: load it only when a Word document is asked for.
  const [{ Document, HeadingLevel, Paragraph }, { docxParts }] = await Promise.all([import('docx'), import('./parts.js')]);
  const m = model.meta;
  const build = () => {
    const w = docxParts(m.language);
    const levels = { 1: HeadingLevel.TITLE, 2: HeadingLevel.HEADING_1, 3: HeadingLevel.HEADING_2 } as const;
    const block = (b: Block) => {
      switch (b.kind) {
        case 'heading':
          return [w.heading(b.text, levels[b.level])];
        case 'paragraph':
          return b.tone === 'note' ? b.text.split(/\r?\n\s*\r?\n/).map((text) => new Paragraph({ children: [w.run(text.trim(), false, true)] })) : w.paras(b.text, b.tone === 'strong');
        case 'list':
          return b.numbered ? b.items.map((item, i) => w.para(`${i + 1}. ${item}`)) : w.bullets(b.items);
        case 'definitions':
          return b.pairs.map(([k, v]) => w.pair(k, v));
        case 'table':
          return [w.table(b.columns.map((c) => c.header), b.rows, { align: b.columns.map((c) => c.align), weights: b.columns.map((c) => c.weight), ...(b.totalRows ? { totalRows: b.totalRows } : {}) }), new Paragraph({ children: [] })];
        case 'bars':
          return [];
      }
    };
    return new Document({
      creator: m.author,
      lastModifiedBy: m.author,
      title: m.title,
      subject: m.subject,
      keywords: m.keywords.join(', '),
      description: m.subject,
      features: { updateFields: true },
      styles: { default: { document: { run: { language: w.lang, font: 'DejaVu Sans', size: 20 } } } },
      sections: [{ headers: { default: w.header(model.runningHeader) }, footers: { default: w.footer(model.pageOf) }, children: model.blocks.flatMap(block) }],
    });
  };
  return packDocx(build, { title: m.title, subject: m.subject, author: m.author, keywords: m.keywords, description: m.subject, language: m.language }, m.date);
}
