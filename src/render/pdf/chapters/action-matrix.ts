import type { IndicatorView, MeasureView } from '../../../view/types.js';
import { STYLES } from '../layout/styles.js';
import { drawTable, type Cell, type CellPart } from '../layout/table.js';
import type { Ctx } from './context.js';

/**
 * The action matrix of an objective: one row per measure, with the columns of adopted local action
 * plans (number, measure, lead, partners, period, cost and sources, indicators with baseline,
 * target and means of verification). The rest of each measure follows the matrix (measure-details).
 */
export function drawActionMatrix(ctx: Ctx, measures: readonly MeasureView[]): void {
  const { t } = ctx;
  drawTable(ctx.flow, {
    columns: [
      { header: t('colNumber'), weight: 30 },
      { header: t('colMeasure'), weight: 96 },
      { header: t('colLead'), weight: 70 },
      { header: t('colPartners'), weight: 72 },
      { header: t('colPeriod'), weight: 50 },
      // An amount is never broken over two lines.
      { header: t('colCost'), weight: 78, minWidth: Math.max(...measures.map((m) => ctx.flow.measure(m.cost.text, STYLES.cellBold))) },
      { header: t('colIndicators'), weight: 124 },
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
    [{ text: m.title, style: STYLES.cellBold }],
    m.lead,
    m.partners.length > 0 ? m.partners.join('; ') : t('none'),
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
    { text: `${ctx.t('indicatorVerifiedBy')} ${i.verification}`, style: STYLES.cellSmall },
  ];
}
