import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkFormats } from '../../src/doctor/check-formats.js';

describe('doctor: what each format needs', () => {
  afterEach(() => {
    vi.doUnmock('../../src/render/svg/svg-png.js');
    vi.doUnmock('exceljs');
    vi.resetModules();
  });

  it('makes a small Word document with a chart, a workbook and a web page', async () => {
    const results = await checkFormats();
    expect(results.map((r) => [r.id, r.label, r.ok])).toEqual([
      ['docx', 'Word', true],
      ['xlsx', 'XLSX and CSV', true],
      ['html', 'HTML', true],
    ]);
    expect(results[0]!.detail).toMatch(/renders to \d+ KB$/);
  });

  it('says what to reinstall when the chart drawing cannot be set up', async () => {
    vi.resetModules();
    vi.doMock('../../src/render/svg/svg-png.js', () => ({ svgToPng: () => Promise.reject(new Error('the charts of the Word document cannot be drawn (no WebAssembly)')) }));
    const { checkFormats: check } = await import('../../src/doctor/check-formats.js');
    const [docx, xlsx, html] = await check();
    expect(docx).toMatchObject({ id: 'docx', ok: false, detail: expect.stringContaining('no WebAssembly'), fix: expect.stringContaining('@resvg/resvg-wasm') });
    expect(xlsx!.ok && html!.ok).toBe(true);
  });

  it('says what to reinstall when the spreadsheet library is broken', async () => {
    vi.resetModules();
    vi.doMock('exceljs', () => ({
      default: {
        Workbook: class {
          constructor() {
            throw new Error('exceljs: a file of the package is missing');
          }
        },
      },
    }));
    const { checkFormats: check } = await import('../../src/doctor/check-formats.js');
    const [docx, xlsx] = await check();
    expect(xlsx).toMatchObject({ id: 'xlsx', ok: false, detail: expect.stringContaining('exceljs'), fix: expect.stringContaining('exceljs') });
    expect(docx!.ok).toBe(true);
  });
});
