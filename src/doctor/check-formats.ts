import type { DocumentModel } from '../document/blocks.js';
import { barsWithAlt } from '../document/blocks.js';
import { failed, guarded, passed, type CheckResult } from './check-result.js';

const REINSTALL = (packages: string) => `Reinstall roma-plan (npm ci in a checkout, or npm install -g roma-plan) so that its dependencies ${packages} are complete; if this persists, report it with the output of roma-plan doctor --json.`;

/** A one-page document with a heading, a table and a chart: small, but it uses every part a format needs. */
const TINY: DocumentModel = {
  meta: { title: 'roma-plan doctor', author: 'roma-plan', subject: 'doctor', keywords: ['doctor'], language: 'en', date: '2026-01-01' },
  runningHeader: 'roma-plan doctor',
  pageOf: 'Page {page} of {pages}',
  contents: 'Contents',
  blocks: [
    { kind: 'heading', level: 1, text: 'roma-plan doctor', id: 'doctor' },
    { kind: 'heading', level: 2, text: 'Čačak · Куманово · Pécs', id: 'letters' },
    { kind: 'table', columns: [{ header: 'Area', weight: 2 }, { header: 'Budget', weight: 1, align: 'right' }], rows: [['Education', '1,000']] },
    barsWithAlt({ kind: 'bars', caption: 'Budget', series: [{ label: 'planned', key: 'plan' }, { label: 'spent', key: 'actual' }], rows: [{ label: 'Education', values: [2, 1], texts: ['2', '1'] }], max: 2 }),
  ],
};

/** Zip files (Word documents and workbooks) start with "PK". */
const isZip = (bytes: Uint8Array): boolean => bytes[0] === 0x50 && bytes[1] === 0x4b;
const kb = (bytes: Uint8Array | string): number => Math.max(1, Math.round((typeof bytes === 'string' ? Buffer.byteLength(bytes) : bytes.length) / 1024));

/**
 * What each publishing format beyond Markdown and PDF needs (the PDF has its own checks: the fonts
 * and a real render): Word its library and the chart drawing with the bundled fonts, the
 * spreadsheet its library, the web page nothing outside roma-plan. Each makes a small document.
 */
export async function checkFormats(): Promise<CheckResult[]> {
  return Promise.all([
    guarded('docx', 'Word', REINSTALL('docx, @resvg/resvg-wasm and dejavu-fonts-ttf'), async () => {
      const { renderDocumentDocx } = await import('../render/docx/render-document.js');
      const bytes = await renderDocumentDocx(TINY);
      // The picture's file is named in the zip's directory, which is not compressed.
      if (!isZip(bytes) || !Buffer.from(bytes).includes('word/media/')) return failed('docx', 'Word', 'a small document with a chart came out incomplete', REINSTALL('docx and @resvg/resvg-wasm'));
      return passed('docx', 'Word', `docx and the chart drawing load; a page with a chart renders to ${kb(bytes)} KB`);
    }),
    guarded('xlsx', 'XLSX and CSV', REINSTALL('exceljs'), async () => {
      const { writeWorkbook } = await import('../render/xlsx/write-workbook.js');
      const bytes = await writeWorkbook([{ name: 'Budget', columns: [{ header: 'Area', width: 20 }, { header: 'Budget', width: 12, kind: 'money' }], rows: [['Education', 1000]] }], { ...TINY.meta });
      if (!isZip(bytes)) return failed('xlsx', 'XLSX and CSV', 'a small workbook came out incomplete', REINSTALL('exceljs'));
      return passed('xlsx', 'XLSX and CSV', `exceljs loads; a small workbook renders to ${kb(bytes)} KB (CSV needs nothing more)`);
    }),
    guarded('html', 'HTML', 'Reinstall roma-plan; if this persists, report it with the output of roma-plan doctor --json.', async () => {
      const { renderDocumentHtml } = await import('../render/html/render-document.js');
      const html = renderDocumentHtml(TINY);
      return passed('html', 'HTML', `needs nothing outside roma-plan; a page with a chart renders to ${kb(html)} KB`);
    }),
  ]);
}
