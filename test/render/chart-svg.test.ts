import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { RomaPlanError } from '../../src/errors.js';
import { issueText } from '../../src/plan/issue-text.js';
import { budgetChart, ganttChart } from '../../src/render/svg/plan-charts.js';
import { standaloneSvg } from '../../src/render/svg/standalone.js';
import { svgToPng } from '../../src/render/svg/svg-png.js';
import { messagesFor } from '../../src/i18n/index.js';
import { exampleView } from '../helpers/examples.js';

const text = (label: string): string =>
  standaloneSvg({ id: 't', caption: 'c', title: 't', desc: 'd', height: 40, body: `<text x="10" y="25" class="label">${label}</text>` });

describe('standaloneSvg', () => {
  it('gives every class of the plan charts as attributes, with the title and description', async () => {
    const view = await exampleView('kumanovo-mk.yaml');
    const charts = messagesFor(view.locale).pdf;
    let n = 0;
    for (const chart of [budgetChart(view, charts, () => (n += 1))!, ganttChart(view, charts, () => (n += 1))]) {
      const svg = standaloneSvg(chart);
      expect(svg).not.toContain('class=');
      expect(svg).toContain('font-family="DejaVu Sans, sans-serif"');
      expect(svg).toContain(`<title>${chart.title}</title>`);
      expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" width="720"')).toBe(true);
    }
  });

  it('refuses a class it has no attributes for, rather than drawing it unstyled', () => {
    expect(() => standaloneSvg({ id: 't', caption: 'c', title: 't', desc: 'd', height: 10, body: '<rect class="bar"/>' })).toThrow(/"bar"/);
  });
});

describe('svgToPng', () => {
  it('draws the same bytes for the same SVG, on every Node version the project runs on', async () => {
    const svg = text('Ромско образовање · Čačak ő ű ș ț ë');
    const first = await svgToPng(svg);
    expect(Buffer.from(await svgToPng(svg)).equals(Buffer.from(first))).toBe(true);
    // The WebAssembly build and the bundled fonts only: this hash is the same on Node 20, 22 and 24
    // and on every machine; it changes only with resvg or the fonts.
    expect(createHash('sha256').update(first).digest('hex')).toBe(GOLDEN);
  });

  it('draws Cyrillic and accented Latin letters with the bundled fonts, not as missing-letter boxes', async () => {
    const blank = await svgToPng(text(''));
    // A letter no bundled face has (a Chinese character) is drawn as the fonts' box for a missing letter.
    const missing = await svgToPng(text('漢'));
    expect(Buffer.from(missing).equals(Buffer.from(blank))).toBe(false);
    for (const letter of 'ЖђљњћџѓќѕЏъщőűșțëçĐ') expect(Buffer.from(await svgToPng(text(letter))).equals(Buffer.from(missing)), letter).toBe(false);
  });

  it('is a PNG twice the drawing size', async () => {
    const png = await svgToPng(text('x'));
    expect(Buffer.from(png.subarray(1, 4)).toString('latin1')).toBe('PNG');
    const view = new DataView(png.buffer, png.byteOffset);
    expect([view.getUint32(16), view.getUint32(20)]).toEqual([1440, 80]);
  });
});

describe('svgToPng without its WebAssembly module', () => {
  afterEach(() => {
    vi.doUnmock('@resvg/resvg-wasm');
    vi.resetModules();
  });

  it('fails with a code and the reason, which the catalogue words in the language of the messages', async () => {
    vi.resetModules();
    vi.doMock('@resvg/resvg-wasm', () => ({ initWasm: () => Promise.reject(new Error('WebAssembly.instantiate(): Out of memory')) }));
    const { svgToPng: draw } = await import('../../src/render/svg/svg-png.js');
    const err = await draw(text('x')).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'CHART_RENDER_FAILED', params: { reason: 'WebAssembly.instantiate(): Out of memory' } });
    const hu = issueText('CHART_RENDER_FAILED', (err as RomaPlanError).params, 'hu')!;
    expect(hu.message).toBe('a Word-dokumentum diagramjai nem rajzolhatók meg (WebAssembly.instantiate(): Out of memory)');
    expect(hu.hint).toContain('`roma-plan doctor`');
  });
});

const GOLDEN = '805e01bc267c5b1aab118d44ff11601336006b69f5484a5afb315ab5fccb21fb';
