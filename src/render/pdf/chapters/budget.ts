import type { Money } from '../../../view/types.js';
import { drawBudgetBars } from '../charts/budget-bars.js';
import { drawDefinitions } from '../layout/definitions.js';
import { STYLES } from '../layout/styles.js';
import { drawTable, type Cell, type Column } from '../layout/table.js';
import { drawChapter, figureTitle, type Block, type ChapterPart, type Ctx } from './context.js';

/** A table's cell padding on each side (see layout/table.ts). */
const PAD = 3.5;
/** The narrowest a column of names may get before the sources move into one column. */
const NAME_WIDTH = 110;

interface AmountRow {
  lead: readonly string[];
  bySource: readonly Money[];
  total: Money;
  trail?: readonly string[];
  /** The total row, in bold. */
  bold?: boolean;
}

/**
 * A table of amounts by funding source: a column per source when they fit beside a readable name
 * column, otherwise one column listing each source with its amount. Every amount is whole on one
 * line; the columns add up to the total column.
 */
function drawAmounts(ctx: Ctx, lead: readonly Column[], trail: readonly Column[], rows: readonly AmountRow[]): void {
  const { flow, view, t } = ctx;
  const labels = view.budget.bySource.map((s) => s.label);
  const widest = (texts: readonly string[]): number => Math.max(...texts.map((a) => flow.measure(a, STYLES.cellBold)));
  const amount = (header: string, texts: readonly string[]): Column => ({ header, weight: 0, minWidth: widest(texts), align: 'right' });
  const perSource = labels.map((label, i) => amount(label, rows.map((r) => r.bySource[i]!.text)));
  const total = amount(t('colTotal'), rows.map((r) => r.total.text));
  const fixed = [...lead, ...perSource, total, ...trail].reduce((sum, c) => sum + (c.weight === 0 ? (c.minWidth ?? 0) + 2 * PAD : 0), 0);
  const grid = flow.width - fixed >= NAME_WIDTH;
  const style = (r: AmountRow) => (r.bold ? STYLES.cellBold : STYLES.cell);
  const cells = (texts: readonly string[], r: AmountRow): Cell[] => texts.map((text) => [{ text, style: style(r) }]);
  const listed = (r: AmountRow): Cell =>
    r.bySource.flatMap((m, i) => (m.value === 0 ? [] : [{ text: labels[i]!, right: m.text, style: r.bold ? STYLES.cellBold : STYLES.cell }]));
  drawTable(flow, {
    columns: grid ? [...lead, ...perSource, total, ...trail] : [...lead, { header: t('colFundingSource'), weight: 1.6 }, total, ...trail],
    rows: rows.map((r) => ({
      cells: [...cells(r.lead, r), ...(grid ? cells(r.bySource.map((m) => m.text), r) : [listed(r)]), ...cells([r.total.text], r), ...cells(r.trail ?? [], r)],
    })),
  });
}

/** The budget summary: total and municipal share, then by area and by year, each by funding source (with the chart), and by source. */
export function drawBudget(ctx: Ctx, part: ChapterPart): void {
  const { flow, view, t, pdf } = ctx;
  const b = view.budget;
  // A narrow column as wide as its widest text, heading included, so that neither is broken.
  const narrow = (header: string, texts: readonly string[], align?: 'right'): Column => ({
    header,
    weight: 0,
    minWidth: Math.max(flow.measure(header, STYLES.head), ...texts.map((x) => flow.measure(x, STYLES.cellBold))) + 1,
    ...(align ? { align } : {}),
  });
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
        drawAmounts(
          ctx,
          [narrow(t('colNumber'), b.byArea.map((a) => String(a.number))), { header: t('colArea'), weight: 1 }],
          [narrow(t('colShare'), b.byArea.map((a) => a.shareText), 'right')],
          [
            ...b.byArea.map((a) => ({ lead: [String(a.number), a.title], bySource: a.bySource, total: a.total, trail: [a.shareText] })),
            { lead: ['', t('rowTotal')], bySource: b.bySource.map((s) => s.total), total: b.total, trail: [''], bold: true },
          ],
        );
        figureTitle(ctx, pdf.budgetChartTitle);
        flow.figure(view.figures.budget, () => drawBudgetBars(flow, view, pdf.legend));
      },
    },
    {
      key: 'by-year',
      title: t('sectionBudgetByYear'),
      draw: () => {
        drawAmounts(
          ctx,
          [narrow(t('colYear'), [t('rowTotal'), ...b.byYear.map((y) => String(y.year))])],
          [],
          [
            ...b.byYear.map((y) => ({ lead: [String(y.year)], bySource: y.bySource, total: y.total })),
            { lead: [t('rowTotal')], bySource: b.bySource.map((s) => s.total), total: b.total, bold: true },
          ],
        );
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
          rows: [...b.bySource.map((s) => ({ cells: [s.label, s.total.text, s.shareText] })), { cells: [t('rowTotal'), b.total.text, ''].map((text) => [{ text, style: STYLES.cellBold }]) }],
        }),
    },
    ...securedBlocks(ctx),
  ]);
}

/** The secured share of the budget, by year and by source type, when the plan states funding status. */
function securedBlocks(ctx: Ctx): Block[] {
  const { flow, view, t } = ctx;
  const b = view.budget;
  const s = b.secured;
  if (!s) return [];
  const amounts = [
    { header: t('colTotal'), weight: 110, align: 'right' as const },
    { header: t('colSecured'), weight: 110, align: 'right' as const },
    { header: t('colSecuredShare'), weight: 60, align: 'right' as const },
  ];
  return [
    {
      key: 'secured',
      title: t('sectionSecuredFunding'),
      draw: () => {
        flow.paragraph(t('securedNote'), STYLES.small);
        drawDefinitions(flow, [
          [t('budgetSecured'), s.total.text],
          [t('budgetSecuredShare'), s.shareText],
        ]);
        drawTable(flow, {
          columns: [{ header: t('colYear'), weight: 60 }, ...amounts],
          rows: b.byYear.map((y, i) => ({ cells: [String(y.year), y.total.text, s.byYear[i]?.secured.text ?? '', s.byYear[i]?.shareText ?? ''] })),
        });
        drawTable(flow, {
          columns: [{ header: t('colFundingSource'), weight: 170 }, ...amounts],
          rows: b.bySource.map((x, i) => ({ cells: [x.label, x.total.text, s.bySource[i]?.secured.text ?? '', s.bySource[i]?.shareText ?? ''] })),
        });
      },
    },
  ];
}
