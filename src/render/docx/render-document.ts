import type { Paragraph, Table } from 'docx';
import type { BarsBlock, Block, DocumentModel } from '../../document/blocks.js';
import { packDocx } from './pack-docx.js';

/** A table with more columns than this gets a landscape page, as the plan's action matrix does. */
const PORTRAIT_COLUMNS = 6;

/**
 * Renders a block document (the progress report, the amendment list) as a Word document: the
 * title in Word's Title style and the chapters and sections in Heading 1–2 (levels 1–3 of the
 * blocks), a contents field when the model names one, tables whose header row repeats and whose
 * rows do not split (wider ones on landscape pages), totals in bold, the bar charts as pictures
 * with alternative text, a running header, "page X of Y", document properties and every run
 * marked with the document's language. The same model gives the same bytes.
 */
export async function renderDocumentDocx(model: DocumentModel): Promise<Uint8Array> {
  // docx is large: load it only when a Word document is asked for.
  const [{ Document, HeadingLevel, PageOrientation, Paragraph, SectionType, SimpleField }, { docxParts }, { barsPictures }] = await Promise.all([
    import('docx'),
    import('./parts.js'),
    import('./pictures.js'),
  ]);
  // Drawn before the document is built: building is synchronous (see packDocx).
  const pictures = await barsPictures(model.blocks.filter((b): b is BarsBlock => b.kind === 'bars'));
  const m = model.meta;
  const build = () => {
    const w = docxParts(m.language);
    const levels = { 1: HeadingLevel.TITLE, 2: HeadingLevel.HEADING_1, 3: HeadingLevel.HEADING_2 } as const;
    let drawings = 0;
    const block = (b: Block, landscape: boolean): (Paragraph | Table)[] => {
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
          return [w.table(b.columns.map((c) => c.header), b.rows, { align: b.columns.map((c) => c.align), weights: b.columns.map((c) => c.weight), landscape, ...(b.totalRows ? { totalRows: b.totalRows } : {}) }), new Paragraph({ children: [] })];
        case 'bars': {
          const picture = pictures.get(b);
          return picture === undefined ? [] : w.picture(picture, (drawings += 1));
        }
      }
    };
    const header = w.header(model.runningHeader);
    const footer = w.footer(model.pageOf);
    const sections = pages(model).map(({ landscape, blocks, contents }) => ({
      properties: { type: SectionType.NEXT_PAGE, page: { size: { orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT } } },
      headers: { default: header },
      footers: { default: footer },
      children: [
        ...blocks.flatMap((b) => block(b, landscape)),
        // A plain TOC field, which Word fills in on opening (updateFields) and LibreOffice on conversion.
        ...(contents === undefined ? [] : [w.para(contents, true), new Paragraph({ children: [new SimpleField('TOC \\o "1-3" \\h \\z \\u')] })]),
      ],
    }));
    return new Document({
      creator: m.author,
      lastModifiedBy: m.author,
      title: m.title,
      subject: m.subject,
      keywords: m.keywords.join(', '),
      description: m.subject,
      features: { updateFields: true },
      styles: { default: { document: { run: { language: w.lang, font: 'DejaVu Sans', size: 20 } } } },
      sections,
    });
  };
  return packDocx(build, { title: m.title, subject: m.subject, author: m.author, keywords: m.keywords, description: m.subject, language: m.language }, m.date);
}

interface Page {
  landscape: boolean;
  blocks: Block[];
  /** The contents list's title, when the contents follow this section's blocks. */
  contents?: string;
}

/**
 * Splits the blocks into sections of one orientation: the cover (then the contents, when the model
 * names them) and the chapters on portrait pages; a table wider than PORTRAIT_COLUMNS on a
 * landscape page, with the heading and notes that lead to it.
 */
function pages(model: DocumentModel): Page[] {
  const first = model.blocks.findIndex((b) => b.kind === 'heading' && b.level === 2);
  const cover = first < 0 ? model.blocks : model.blocks.slice(0, first);
  const out: Page[] = [{ landscape: false, blocks: [...cover], ...(model.contents === undefined ? {} : { contents: model.contents }) }];
  let current: Page = { landscape: false, blocks: [] };
  const open = (landscape: boolean) => {
    if (current.blocks.length > 0) out.push(current);
    current = { landscape, blocks: [] };
  };
  for (const b of first < 0 ? [] : model.blocks.slice(first)) {
    const wide = b.kind === 'table' && b.columns.length > PORTRAIT_COLUMNS;
    if (wide && !current.landscape) {
      // The last heading and the paragraphs after it go with the table.
      const lead = current.blocks.findLastIndex((x) => x.kind === 'heading');
      const moved = lead >= 0 && current.blocks.slice(lead).every((x) => x.kind === 'heading' || x.kind === 'paragraph') ? current.blocks.splice(lead) : [];
      open(true);
      current.blocks.push(...moved);
    } else if (!wide && current.landscape) open(false);
    current.blocks.push(b);
  }
  if (current.blocks.length > 0) out.push(current);
  return out;
}
