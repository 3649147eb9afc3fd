import { drawBudgetBars } from '../charts/budget-bars.js';
import { drawDefinitions } from '../layout/definitions.js';
import { STYLES } from '../layout/styles.js';
import { drawTable, type Row } from '../layout/table.js';
import { drawChapter, figureTitle, type ChapterPart, type Ctx } from './context.js';

const totalRow = (cells: readonly string[]): Row => ({ cells: cells.map((text) => [{ text, style: STYLES.cellBold }]) });

/** The budget summary: total and municipal share, then by area (with the chart), by year and by source. */
export function drawBudget(ctx: Ctx, part: ChapterPart): void {
  const { flow, view, t, pdf } = ctx;
  const b = view.budget;
  drawChapter(ctx, part, [
    {
      key: 'summary',
      draw: () =>
        drawDefinitions(flow, [
          [t('budgetTotal'), b.total.text],
          [t('budgetMunicipal'), b.municipal.text],
          [t('budgetMunicipalShare'), b.municipalShareText],
        ]),
    },
    {
      key: 'by-area',
      title: t('sectionBudgetByArea'),
      draw: () => {
        drawTable(flow, {
          columns: [
            { header: t('colNumber'), weight: 26 },
            { header: t('colArea'), weight: 230 },
            { header: t('colTotal'), weight: 110, align: 'right' },
            { header: t('colShare'), weight: 50, align: 'right' },
          ],
          rows: [...b.byArea.map((a) => ({ cells: [String(a.number), a.title, a.total.text, a.shareText] })), totalRow(['', t('rowTotal'), b.total.text, ''])],
        });
        figureTitle(ctx, pdf.budgetChartTitle);
        drawBudgetBars(flow, view, pdf.legend);
      },
    },
    {
      key: 'by-year',
      title: t('sectionBudgetByYear'),
      draw: () => {
        drawTable(flow, {
          columns: [
            { header: t('colYear'), weight: 1 },
            { header: t('colTotal'), weight: 2, align: 'right' },
          ],
          rows: [...b.byYear.map((y) => ({ cells: [String(y.year), y.total.text] })), totalRow([t('rowTotal'), b.total.text])],
        });
        flow.paragraph(t('budgetSpreadNote'), STYLES.small);
      },
    },
    {
      key: 'by-source',
      title: t('sectionBudgetBySource'),
      draw: () =>
        drawTable(flow, {
          columns: [
            { header: t('colFundingSource'), weight: 230 },
            { header: t('colTotal'), weight: 110, align: 'right' },
            { header: t('colShare'), weight: 50, align: 'right' },
          ],
          rows: [...b.bySource.map((s) => ({ cells: [s.label, s.total.text, s.shareText] })), totalRow([t('rowTotal'), b.total.text, ''])],
        }),
    },
  ]);
}
