import { AlignmentType, Footer, Header, type HeadingLevel, ImageRun, PageNumber, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { DocxPicture } from './pictures.js';

export type HeadingLevelValue = (typeof HeadingLevel)[keyof typeof HeadingLevel];

export interface DocxTableOptions {
  /** Per column: right-aligned cells (amounts, shares). */
  align?: readonly ('left' | 'right' | undefined)[];
  /** Rows (by index) that are totals, set in bold. */
  totalRows?: readonly number[];
  /** Relative column widths; without them Word and LibreOffice share the width equally. */
  weights?: readonly number[];
  /** On a landscape page: the weights share its wider text width. */
  landscape?: boolean;
}

/** The text width of an A4 portrait page with the library's default margins of one inch, in twips. */
const PORTRAIT_TEXT_WIDTH = 11906 - 2 * 1440;
/** The same for a landscape page. */
const LANDSCAPE_TEXT_WIDTH = 16838 - 2 * 1440;

/**
 * The Word building blocks every document shares (the plan, the progress report): runs marked
 * with the document's language, Word's own heading styles, label–value pairs, and tables whose
 * header row repeats on every page and whose rows do not split.
 */
export function docxParts(language: string) {
  const lang = { value: language };
  const run = (text: string, bold = false, italics = false) => new TextRun({ text, bold, ...(italics ? { italics } : {}), language: lang });
  const para = (text: string, bold = false, alignment?: (typeof AlignmentType)['RIGHT']) => new Paragraph({ ...(alignment ? { alignment } : {}), children: [run(text, bold)] });
  const paras = (text: string, bold = false) => text.split(/\r?\n\s*\r?\n/).filter((p) => p.trim() !== '').map((p) => para(p.trim(), bold));
  const heading = (text: string, level: HeadingLevelValue) => new Paragraph({ heading: level, children: [run(text)] });
  const pair = (k: string, v: string) => new Paragraph({ children: [run(`${k}: `, true), run(v)] });
  const bullets = (items: readonly string[]) => items.map((i) => new Paragraph({ bullet: { level: 0 }, children: [run(i)] }));
  const cell = (text: string, bold = false, right = false, width?: number) =>
    new TableCell({ ...(width !== undefined ? { width: { size: width, type: WidthType.DXA } } : {}), children: text.split('\n').map((line) => para(line, bold, right ? AlignmentType.RIGHT : undefined)) });
  const table = (headers: readonly string[], rows: readonly (readonly (string | number)[])[], options: DocxTableOptions = {}) => {
    const totals = new Set(options.totalRows ?? []);
    const right = (i: number) => options.align?.[i] === 'right';
    const sum = options.weights?.reduce((a, b) => a + b, 0) ?? 0;
    const text = options.landscape ? LANDSCAPE_TEXT_WIDTH : PORTRAIT_TEXT_WIDTH;
    const widths = sum > 0 ? options.weights!.map((w) => Math.round((w / sum) * text)) : undefined;
    return new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      ...(widths ? { columnWidths: widths } : {}),
      rows: [
        new TableRow({ tableHeader: true, cantSplit: true, children: headers.map((h, i) => cell(h, true, right(i), widths?.[i])) }),
        ...rows.map((r, ri) => new TableRow({ cantSplit: true, children: r.map((c, i) => cell(String(c), totals.has(ri), right(i), widths?.[i])) })),
      ],
    });
  };
  /** The running header of every page. */
  const header = (text: string) => new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [run(text)] })] });
  /** "Page X of Y" from the language's pattern with {page} and {pages}. */
  const footer = (pageOf: string) => {
    const parts = pageOf.split(/(\{page\}|\{pages\})/).map((part) => (part === '{page}' ? PageNumber.CURRENT : part === '{pages}' ? PageNumber.TOTAL_PAGES : part));
    return new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: parts, language: lang })] })] });
  };
  /**
   * A chart: the SVG with its PNG for programs that cannot show SVG, kept with its caption below,
   * its alternative text in the drawing's title and description. `id` numbers the drawings of
   * the document (Word wants them unique; the library's own counter runs across documents).
   */
  const picture = (p: DocxPicture, id: number) => [
    new Paragraph({
      keepNext: true,
      children: [
        new ImageRun({
          type: 'svg',
          data: p.svg,
          fallback: { type: 'png', data: p.png },
          transformation: { width: p.width, height: p.height },
          altText: { id: String(id), name: p.title, title: p.title, description: p.description },
        }),
      ],
    }),
    new Paragraph({ children: [run(p.caption, false, true)] }),
  ];
  return { lang, run, para, paras, heading, pair, bullets, cell, table, header, footer, picture };
}
