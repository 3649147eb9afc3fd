import { describe, expect, it } from 'vitest';
import { fill, messagesFor } from '../../src/i18n/index.js';
import { loadPlan } from '../../src/plan/load.js';
import { renderPdf } from '../../src/render/pdf/render-pdf.js';
import { buildView } from '../../src/view/build-view.js';
import { figureAlts, info, structElements, structText, structTree } from './pdf-tools.js';

/** Compared without white space or hyphens: pdfinfo joins a heading's lines, and a line may end in a hyphen. */
const bare = (s: string): string => s.replace(/[\s\u00ad-]+/g, '');

describe.each(['pecs-hu.yaml', 'kumanovo-mk.yaml'])('the tagged PDF of examples/%s', (name) => {
  it('has a structure tree with the headings in order, tables with header cells, figures with their alternative text, and no page furniture', async () => {
    const loaded = await loadPlan(new URL(`../../examples/${name}`, import.meta.url).pathname);
    const view = buildView(loaded.plan!, { issues: loaded.issues });
    const bytes = await renderPdf(view);
    const meta = info(bytes);
    expect(meta.Tagged).toBe('yes');

    const tree = structTree(bytes);
    expect(tree.type).toBe('Document');
    const elements = structElements(tree);
    const all = bare(structText(tree));

    // The cover's title is one paragraph, however many lines it takes.
    expect(elements.some((e) => e.type === 'P' && bare(e.text) === bare(view.meta.title))).toBe(true);

    // Every chapter and section of view.chapters, as H1 and H2, in the document's order.
    const headings = elements.filter((e) => e.type === 'H1' || e.type === 'H2');
    let at = 0;
    for (const c of view.chapters) {
      const want = c.level === 1 ? 'H1' : 'H2';
      const found = headings.findIndex((h, i) => i >= at && h.type === want && bare(h.text).endsWith(bare(c.title)));
      expect(found, `${want} ${c.title}`).toBeGreaterThanOrEqual(at);
      at = found + 1;
    }

    // Tables: a header row of TH cells first, then rows of TD cells.
    const tables = elements.filter((e) => e.type === 'Table');
    expect(tables.length).toBeGreaterThan(5);
    for (const t of tables) {
      const [head, ...rows] = t.children;
      expect(head?.type).toBe('TR');
      expect(head!.children.length).toBeGreaterThan(0);
      expect(head!.children.every((c) => c.type === 'TH')).toBe(true);
      for (const r of rows) expect(r.children.every((c) => c.type === 'TD')).toBe(true);
    }

    // Lists say how they are numbered. A numbered list's items have their number as a label and a
    // body; a bulleted list's items have a body only, their bullets being artifacts.
    const lists = elements.filter((e) => e.type === 'L');
    expect(lists.filter((l) => l.attributes.ListNumbering === 'Decimal').length).toBeGreaterThan(0);
    expect(lists.filter((l) => l.attributes.ListNumbering === 'Disc').length).toBeGreaterThan(0);
    for (const l of lists) {
      expect(l.children.length).toBeGreaterThan(0);
      l.children.forEach((li, i) => {
        expect(li.type).toBe('LI');
        if (l.attributes.ListNumbering === 'Decimal') {
          expect(li.children.map((c) => c.type)).toEqual(['Lbl', 'LBody']);
          expect(li.children[0]!.text).toBe(`${i + 1}.`);
        } else {
          expect(li.children.map((c) => c.type)).toEqual(['LBody']);
        }
        expect(bare(li.children.at(-1)!.text)).not.toBe('');
      });
    }
    expect(all).not.toContain('•');

    // The two charts are Figures whose alternative text is the view's.
    expect(elements.filter((e) => e.type === 'Figure')).toHaveLength(2);
    expect(figureAlts(bytes)).toEqual([view.figures.budget, view.figures.timeline]);
    expect(view.figures.budget).toContain(messagesFor(view.locale).pdf.budgetChartTitle);
    for (const a of view.budget.byArea) expect(view.figures.budget).toContain(a.total.text);
    for (const b of view.timeline.bars) expect(view.figures.timeline).toContain(b.title);

    // The contents' entries link to their chapters.
    expect(elements.filter((e) => e.type === 'TOCI').length).toBe(view.chapters.filter((c) => c.id !== 'contents').length);
    expect(elements.filter((e) => e.type === 'Link').length).toBeGreaterThan(0);

    // The running header and the "page X of Y" footer are artifacts, outside the structure.
    const pages = Number(meta.Pages);
    const pageOf = messagesFor(view.locale).pdf.pageOf;
    for (const page of [2, 3, pages]) expect(all).not.toContain(bare(fill(pageOf, { page, pages })));
    // The header's text (the plan's title) is in the structure only where the document says it
    // (cover, introduction), not once per page.
    expect(all.split(bare(view.meta.runningHeader)).length - 1).toBeLessThan(pages / 4);
  });
});
