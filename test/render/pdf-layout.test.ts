import { describe, expect, it } from 'vitest';
import { STYLES } from '../../src/render/pdf/layout/styles.js';
import { drawTable } from '../../src/render/pdf/layout/table.js';
import { hyphenationFor } from '../../src/render/pdf/layout/hyphenate.js';
import { fitLine, wrapText } from '../../src/render/pdf/layout/wrap.js';
import { openPdf } from '../../src/render/pdf/open-pdf.js';
import { bookmarks, info, pageTexts, squash, words } from './pdf-tools.js';

/** Every character is 1 wide: widths are then plain to see. */
const chars = (s: string): number => [...s].length;

describe('wrapText', () => {
  it('breaks between words and never exceeds the width', () => {
    const lines = wrapText('Romska zajednica učestvuje u planiranju svih mera opštine', 16, chars);
    expect(lines).toEqual(['Romska zajednica', 'učestvuje u', 'planiranju svih', 'mera opštine']);
    for (const l of lines) expect(chars(l)).toBeLessThanOrEqual(16);
  });

  it('keeps hard line breaks and collapses runs of spaces', () => {
    expect(wrapText('prva   linija\n\ndruga', 40, chars)).toEqual(['prva linija', '', 'druga']);
  });

  it('splits a word wider than the line after a hyphen first, then between characters with a visible hyphen', () => {
    expect(wrapText('Gyermekjóléti-Szolgálat', 15, chars)).toEqual(['Gyermekjóléti-', 'Szolgálat']);
    const lines = wrapText('Önkormányzatainak', 6, chars);
    expect(lines.slice(0, -1).every((l) => l.endsWith('-'))).toBe(true);
    expect(lines.map((l) => l.replace(/-$/, '')).join('')).toBe('Önkormányzatainak');
    for (const l of lines) expect(chars(l)).toBeLessThanOrEqual(6);
  });

  it('hyphenates by the language patterns, where the patterns allow', () => {
    expect(wrapText('Mértékegység', 8, chars, hyphenationFor('hu'))).toEqual(['Mérték-', 'egység']);
    expect(wrapText('Министерство', 9, chars, hyphenationFor('sr-Cyrl'))).toEqual(['Министер-', 'ство']);
    expect(wrapText('Dezagregare pe sexe', 8, chars, hyphenationFor('ro'))).toEqual(['Dezagre-', 'gare pe', 'sexe']);
    // A language the patterns do not know still breaks a word that cannot fit, with a hyphen.
    expect(wrapText('Kwanzaakwanzaa', 8, chars, hyphenationFor('xx'))).toEqual(['Kwanzaa-', 'kwanzaa']);
  });

  it('never breaks inside a number: not after the full stops of 1.800.000', () => {
    expect(wrapText('Budžet: 1.800.000', 12, chars)).toEqual(['Budžet:', '1.800.000']);
    expect(wrapText('Vidi www.example.org/plan', 14, chars)).toEqual(['Vidi www.', 'example.org/', 'plan']);
  });

  it('fills a line by hyphenating the next word only when it would leave much of the line empty', () => {
    const hu = hyphenationFor('hu');
    expect(wrapText('a Mértékegység', 12, chars, hu)).toEqual(['a Mértékegy-', 'ség']);
    expect(wrapText('abcdefghi Mértékegység', 12, chars, hu)).toEqual(['abcdefghi', 'Mértékegység']);
  });

  it('does work in proportion to the text: a word of a million characters is measured a few times over, not once per prefix', () => {
    const counted = (): { measure: (s: string) => number; work: () => number } => {
      let work = 0;
      return {
        measure: (s: string) => {
          work += s.length;
          return chars(s);
        },
        work: () => work,
      };
    };
    const work = (text: string, wrap: boolean): number => {
      const c = counted();
      if (wrap) wrapText(text, 300, c.measure, hyphenationFor('hu'));
      else fitLine(text, 300, c.measure);
      return c.work();
    };
    const word = 'Önkormányzat'.repeat(90_000);
    const lines = wrapText(word, 300, chars);
    expect(lines.map((l) => l.replace(/-$/, '')).join('')).toBe(word);
    for (const l of lines) expect(chars(l)).toBeLessThanOrEqual(300);
    expect(work(word, true)).toBeLessThan(5 * word.length);
    const words = 'Önkormányzat roma közösségi ház, '.repeat(30_000);
    expect(work(words, true)).toBeLessThan(5 * words.length);
    expect(work(word, false)).toBeLessThan(5_000);
  });

  it('shortens a running header with an ellipsis', () => {
    expect(fitLine('Kumanovo · Локален акциски план', 13, chars)).toBe('Kumanovo · Л…');
    expect(fitLine('short', 12, chars)).toBe('short');
  });
});

async function open() {
  return openPdf({ title: 'Test', author: 'Kumanovo', subject: 'Layout', keywords: [], language: 'mk', date: '2026-01-01' });
}

describe('the flow and the table layout', () => {
  it('moves a heading to the next page rather than leave it alone at the bottom', async () => {
    const { flow, finish } = await open();
    flow.y = flow.bottom - 30;
    flow.heading('Осамена насловна линија', STYLES.h2, { before: 10, after: 5 }, { id: 'h', number: '2.1', title: 'Осамена насловна линија', level: 2 });
    flow.paragraph('Први ред текста. '.repeat(30));
    const bytes = await finish();
    const pages = pageTexts(bytes).map(squash);
    expect(pages[0]).toBe('');
    expect(pages[1]!.startsWith('Осамена насловна линија Први ред текста.')).toBe(true);
    expect(bookmarks(bytes)[0]).toMatchObject({ title: '2.1 Осамена насловна линија', page: 2 });
  });

  it('splits a row taller than a page between lines, under a repeated header, losing nothing', async () => {
    const { flow, finish } = await open();
    const long = Array.from({ length: 150 }, (_, i) => `ред ${String(i + 1).padStart(3, '0')}`).join('\n');
    drawTable(flow, {
      columns: [
        { header: 'Бр.', weight: 1 },
        { header: 'Мерка', weight: 4 },
      ],
      rows: [{ cells: ['1', 'кратка'] }, { cells: ['2', long] }, { cells: ['3', 'последна'] }],
    });
    const bytes = await finish();
    expect(Number(info(bytes).Pages)).toBe(3);
    const text = pageTexts(bytes).map(squash);
    for (const p of text) expect(p.startsWith('Бр. Мерка')).toBe(true);
    const all = text.join(' ');
    for (let i = 1; i <= 150; i += 1) expect(all.split(`ред ${String(i).padStart(3, '0')}`)).toHaveLength(2);
    expect(all.indexOf('ред 150')).toBeLessThan(all.indexOf('последна'));
    for (const w of words(bytes)) expect(w.yMax).toBeLessThanOrEqual(flow.bottom + 0.5);
  });

  it('moves a row that does not fit to the next page whole', async () => {
    const { flow, finish } = await open();
    flow.y = flow.bottom - 200;
    // Six lines: more than the three a split row must at least keep together.
    const rows = Array.from({ length: 8 }, (_, i) => ({ cells: [String(i + 1), `прв ред ${i + 1}\nвтор\nтрет\nчетврт\nпетти\nшести ред ${i + 1}`] }));
    drawTable(flow, { columns: [{ header: 'Бр.', weight: 1 }, { header: 'Мерка', weight: 4 }], rows });
    const bytes = await finish();
    for (const p of pageTexts(bytes).map(squash)) {
      // Each row's lines are on the same page.
      for (let i = 1; i <= 8; i += 1) expect(p.includes(`прв ред ${i}`)).toBe(p.includes(`шести ред ${i}`));
    }
  });
});
