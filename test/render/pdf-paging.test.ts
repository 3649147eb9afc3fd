import { beforeAll, describe, expect, it } from 'vitest';
import { MARGIN, PAGE } from '../../src/render/pdf/layout/styles.js';
import { renderPdf } from '../../src/render/pdf/render-pdf.js';
import type { View } from '../../src/view/types.js';
import { makeView, measureLead, measureTitle } from './pdf-fixture.js';
import { info, pageTexts, squash, words, type Word, unhyphenate } from './pdf-tools.js';

/** A plan far larger than any real one: its action matrices and Gantt chart run over many pages. */
describe('renderPdf with 200 measures', () => {
  const COUNT = 200;
  let view: View;
  let bytes: Uint8Array;
  let pages: string[];
  let all: Word[];

  beforeAll(async () => {
    view = makeView(COUNT);
    bytes = await renderPdf(view);
    pages = pageTexts(bytes).map((p) => squash(unhyphenate(p)));
    all = words(bytes);
  });

  it('draws every measure row once, in full', () => {
    const text = pages.join(' ');
    const count = (s: string): number => text.split(s).length - 1;
    for (let n = 1; n <= COUNT; n += 1) {
      // The lead institution is printed only in the measure's row: once means no row lost or drawn twice.
      expect(count(measureLead(n)), measureLead(n)).toBe(1);
      expect(count(squash(measureTitle(n))), measureTitle(n)).toBeGreaterThanOrEqual(2);
    }
    const measures = view.areas.flatMap((a) => a.objectives.flatMap((o) => o.measures));
    for (const m of measures) {
      // The last line of the tallest cell (the indicators) is there too.
      expect(text).toContain(squash(`${m.indicators.at(-1)!.targetText} (2029) broj`));
    }
  });

  it('repeats the header row on every page an action matrix continues on', () => {
    const header = view.labels.colIndicators!;
    const matrixPages = pages.filter((p) => /Nosilac \d{3}/.test(p));
    expect(matrixPages.length).toBeGreaterThan(12);
    for (const p of matrixPages) expect(p).toContain(squash(header));
    // A page that starts with a continued table starts with its header, under the running header.
    const continued = pages.filter((p) => /Nosilac \d{3}/.test(p) && !/Cilj \d\.\d: bolji/.test(p));
    expect(continued.length).toBeGreaterThan(3);
    for (const p of continued) expect(p.indexOf(view.labels.colNumber!)).toBeLessThan(p.indexOf('Nosilac'));
  });

  it('writes nothing into the margins but the running header and the footer', () => {
    const total = Number(info(bytes).Pages);
    const bottom = PAGE.height - MARGIN.bottom;
    const byPage = new Map<number, Word[]>();
    for (const w of all) byPage.set(w.page, [...(byPage.get(w.page) ?? []), w]);
    for (const [page, ws] of byPage) {
      if (page === 1) continue;
      const below = ws.filter((w) => w.yMax > bottom + 0.5).map((w) => w.text);
      expect(below.join(' '), `page ${page}`).toBe(`Page ${page} of ${total}`);
      const above = ws.filter((w) => w.yMin < MARGIN.top - 4).map((w) => w.text).join(' ');
      expect(above.startsWith('Novi Bečej ·'), `page ${page}: ${above}`).toBe(true);
    }
  });

  it('continues the Gantt chart over pages with its time axis repeated', () => {
    const gantt = pages.filter((p) => p.includes('Q1 Q2 Q3 Q4'));
    expect(gantt.length).toBeGreaterThanOrEqual(4);
    for (const p of gantt) expect(p).toMatch(/2026 Q1 Q2 Q3 Q4 2027 .* 2030 Q1 Q2 Q3 Q4/);
    const bars = pages.filter((p) => p.includes('Q1 Q2 Q3 Q4')).join(' ');
    for (const b of view.timeline.bars) expect(bars).toContain(`${b.number} ${b.title.slice(0, 12)}`);
  });

  it('keeps headings with what follows them', () => {
    const lineHeight = 20;
    const headings = new Set(view.chapters.filter((c) => c.level === 2).map((c) => `${c.number} ${c.title}`.trim()));
    for (const [page, text] of pages.entries()) {
      // The contents lists the headings too, but without what follows them.
      if (text.startsWith(view.labels.chapterContents!)) continue;
      // An orphaned heading is the last text of its page, so the last occurrence of its last word is checked.
      for (const h of headings) {
        if (!text.includes(h)) continue;
        // The heading's words, and text below them on the same page.
        const last = all.filter((w) => w.page === page + 1 && h.endsWith(w.text)).at(-1);
        expect(last, h).toBeDefined();
        const below = all.filter((w) => w.page === page + 1 && w.yMin > last!.yMax && w.yMax < PAGE.height - MARGIN.bottom);
        expect(below.length, `${h} on page ${page + 1}`).toBeGreaterThan(0);
        expect(below[0]!.yMin - last!.yMax).toBeLessThan(lineHeight);
      }
    }
  });
});
