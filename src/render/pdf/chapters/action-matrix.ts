import type { IndicatorView, MeasureView } from '../../../view/types.js';
import { STYLES, type TextStyle } from '../layout/styles.js';
import { drawTable, type Cell, type CellPart } from '../layout/table.js';
import type { Ctx } from './context.js';

/**
 * The action matrix of an objective: one row per measure, with the columns of adopted local action
 * plans (number, measure, lead institution over its partners, period, cost and sources, indicators
 * with baseline, target and means of verification). The rest of each measure follows the matrix (measure-details).
 */
export function drawActionMatrix(ctx: Ctx, measures: readonly MeasureView[]): void {
  const { t, flow } = ctx;
  const widest = (texts: readonly string[], style: TextStyle = STYLES.cell): number => Math.max(0, ...texts.map((x) => flow.measure(x, style)));
  // Number, period and cost are as wide as their content (a period breaks only after its dash,
  // an amount never); the text columns share the rest, the indicators most of it.
  const dash = flow.measure(' –', STYLES.cell);
  const periodWidth = widest(measures.flatMap((m) => m.periodText.split(' ')), STYLES.cell) + dash;
  // A heading may wrap between its words, not inside one.
  const heading = (key: Parameters<typeof t>[0]): number => widest(t(key).split(' '), STYLES.head);
  drawTable(flow, {
    columns: [
      { header: t('colNumber'), weight: 0, minWidth: Math.max(widest(measures.map((m) => m.number)), heading('colNumber')) + 1 },
      { header: t('colMeasure'), weight: 1.2 },
      { header: t('colLeadPartners'), weight: 1 },
      { header: t('colPeriod'), weight: 0, minWidth: Math.max(periodWidth, heading('colPeriod')) + 1 },
      { header: t('colCost'), weight: 0.6, minWidth: Math.max(widest(measures.map((m) => m.cost.text), STYLES.cellBold), heading('colCost')) + 1 },
      { header: t('colIndicators'), weight: 2 },
    ],
    rows: measures.map((m) => ({ cells: measureCells(ctx, m) })),
    zebra: true,
  });
}

function measureCells(ctx: Ctx, m: MeasureView): Cell[] {
  const { t } = ctx;
  const cost: CellPart[] = [{ text: m.cost.text, style: STYLES.cellBold }];
  for (const s of m.sources) cost.push({ text: `${s.name ? `${s.label} (${s.name})` : s.label}: ${s.amount.text}`, style: STYLES.cellSmall });
  return [
    m.number,
    // The measure's risks go under its title: the page has no width for a column of their own.
    [{ text: m.title, style: STYLES.cellBold }, ...(m.risks.length > 0 ? [{ text: `${t('measureRisks')}: ${m.risks.map((r) => r.risk).join('; ')}`, style: STYLES.cellSmall }] : [])],
    [{ text: m.lead }, { text: m.partners.length > 0 ? m.partners.join('; ') : t('none'), style: STYLES.cellSmall }],
    m.periodText,
    cost,
    m.indicators.flatMap((i) => indicatorParts(ctx, i)),
  ];
}

function indicatorParts(ctx: Ctx, i: IndicatorView): CellPart[] {
  const year = (y: number | undefined): string => (y === undefined ? '' : ` (${y})`);
  return [
    { text: i.name, style: STYLES.cellBold },
    { text: `${i.baselineText}${year(i.baselineYear)} → ${i.targetText}${year(i.targetYear)} ${i.unit}`.trimEnd() },
    { text: `${ctx.t('indicatorVerifiedBy')} ${i.verification}${i.collectionText === undefined ? '' : `; ${i.collectionText}`}`, style: STYLES.cellSmall },
  ];
}
