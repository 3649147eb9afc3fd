import { beforeAll, describe, expect, it } from 'vitest';
import { RomaPlanError } from '../../src/errors.js';
import { renderPdf } from '../../src/render/pdf/render-pdf.js';
import type { View } from '../../src/view/types.js';
import { makeView, measureLead, measureTitle } from './pdf-fixture.js';
import { bookmarks, fonts, info, layoutPage, pageTexts, squash, unhyphenate } from './pdf-tools.js';

describe('renderPdf', () => {
  let view: View;
  let bytes: Uint8Array;
  let text: string;

  beforeAll(async () => {
    view = makeView(12);
    bytes = await renderPdf(view);
    text = squash(unhyphenate(pageTexts(bytes).join('\n')));
  });

  it('writes a PDF file', () => {
    expect(Buffer.from(bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    expect(Buffer.from(bytes.subarray(-6)).toString('latin1')).toContain('%%EOF');
  });

  it('keeps the diacritics of the plan languages and Cyrillic intact', () => {
    for (const s of ['Novi Bečej', 'čćđšž', 'Đorđević', 'ő ű ș ț ă', 'Центар за социјални работи Куманово', 'Стратегија за Роми', '„Vuk Karadžić”']) {
      expect(text).toContain(s);
    }
  });

  it('shows every chapter and section title, every measure and the budget total', () => {
    for (const c of view.chapters) expect(text).toContain(squash(c.title));
    const measures = view.areas.flatMap((a) => a.objectives.flatMap((o) => o.measures));
    expect(measures).toHaveLength(12);
    for (const [i, m] of measures.entries()) {
      expect(text).toContain(squash(measureTitle(i + 1)));
      expect(text).toContain(m.number);
    }
    expect(text).toContain(squash(view.budget.total.text));
  });

  it('says why an area is left out', () => {
    const area = view.areas.find((a) => !a.applicable)!;
    expect(text).toContain(squash(view.labels.areaNotApplicable!));
    expect(text).toContain(squash(area.reason!));
  });

  it('starts with the cover and numbers every other page as "page X of Y"', () => {
    const pages = pageTexts(bytes);
    expect(pages[0]).toContain(view.meta.title.slice(0, 30));
    expect(pages[0]).not.toMatch(/Page \d+ of/);
    for (let i = 1; i < pages.length; i += 1) {
      expect(squash(pages[i]!)).toContain(`Page ${i + 1} of ${pages.length}`);
      expect(squash(pages[i]!)).toContain('Novi Bečej ·');
    }
  });

  it('has a sensible number of A4 pages and the plan as metadata', () => {
    const meta = info(bytes);
    const pages = Number(meta.Pages);
    // Cover, contents, 5 front chapters, 7 areas, 5 back chapters, annexes: each chapter opens a page.
    expect(pages).toBeGreaterThanOrEqual(20);
    expect(pages).toBeLessThanOrEqual(35);
    expect(meta['Page size']).toMatch(/^595\.2\d* x 841\.8\d* pts \(A4\)/);
    expect(meta.Title).toBe(view.meta.title);
    expect(meta.Author).toBe('Novi Bečej');
    expect(meta.Subject).toBe(view.meta.subject);
    expect(meta.Keywords).toBe('Novi Bečej, Romi, inkluzija');
    expect(meta.CreationDate).toBe('2026-03-26T00:00:00Z');
    expect(meta.ModDate).toBe('2026-03-26T00:00:00Z');
  });

  it('declares the document language', () => {
    expect(Buffer.from(bytes).toString('latin1')).toMatch(/\/Lang \(sr-Latn\)/);
  });

  it('has a bookmark for every chapter, with its sections nested under it', () => {
    const outline = bookmarks(bytes);
    const chapters = view.chapters.filter((c) => c.level === 1);
    expect(outline.map((b) => b.title)).toEqual(chapters.map((c) => (c.number ? `${c.number} ${c.title}` : c.title)));
    const education = outline.find((b) => b.title.startsWith('5 '))!;
    expect(education.children.map((b) => b.title)).toEqual(['5.1 Cilj 5.1: bolji pristup uslugama', '5.2 Cilj 5.2: bolji pristup uslugama']);
    const budget = outline.find((b) => b.title === view.labels.chapterBudget)!;
    expect(budget.children).toHaveLength(3);
    // Bookmarks go forward through the document and the contents page names the same pages.
    const flat = outline.flatMap((b) => [b, ...b.children]);
    expect(flat).toHaveLength(view.chapters.length);
    for (let i = 1; i < flat.length; i += 1) expect(flat[i]!.page).toBeGreaterThanOrEqual(flat[i - 1]!.page);
    // The contents (page 2) gives each entry the page its bookmark points to.
    const contents = layoutPage(bytes, 2).split('\n').map(squash);
    for (const b of flat.filter((x) => x.title !== view.labels.chapterContents)) {
      const title = b.title.replace(/^[\d.]+ /, '');
      const line = contents.find((l) => l.includes(title));
      expect(line, title).toMatch(new RegExp(`${b.page}$`));
    }
  });

  it('embeds every font it uses: no standard font such as Helvetica', () => {
    const list = fonts(bytes);
    expect(list.length).toBeGreaterThanOrEqual(2);
    for (const f of list) {
      expect(f.embedded, f.name).toBe(true);
      expect(f.name).toMatch(/^[A-Z]{6}\+DejaVuSans(-Bold)?$/);
    }
  });

  // The first render of the file ran with cold caches (fonts, word widths), this one runs warm.
  it('gives byte-identical output for the same view and date, and honours the date option', async () => {
    const again = await renderPdf(view);
    expect(Buffer.compare(Buffer.from(again), Buffer.from(bytes))).toBe(0);
    const other = await renderPdf(view, { date: '2027-01-15' });
    expect(Buffer.compare(Buffer.from(other), Buffer.from(bytes))).not.toBe(0);
    expect(info(other).CreationDate).toBe('2027-01-15T00:00:00Z');
  });

  it('refuses a date that is not YYYY-MM-DD', async () => {
    await expect(renderPdf(view, { date: '26.03.2026' })).rejects.toBeInstanceOf(RomaPlanError);
    await expect(renderPdf(view, { date: '2026-02-30' })).rejects.toThrow(/not a date/);
  });

  it('renders a measure with no partners and an area with no measures', async () => {
    const lean = makeView(1);
    const t = squash(unhyphenate(pageTexts(await renderPdf(lean)).join('\n')));
    expect(t).toContain(squash(measureTitle(1)));
    expect(t).toContain(measureLead(1));
  });
});
