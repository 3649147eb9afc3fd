import type { AreaView, IndicatorView } from '../../../view/types.js';
import { STYLES } from '../layout/styles.js';
import { drawTable } from '../layout/table.js';
import { drawActionMatrix } from './action-matrix.js';
import { drawMeasureDetails } from './measure-details.js';
import { drawChapter, type Block, type ChapterPart, type Ctx } from './context.js';

/** The areas the plan leaves out, each under its numbered heading with the reason. */
export function drawNotCovered(ctx: Ctx, part: ChapterPart): void {
  const { flow, t } = ctx;
  drawChapter(
    ctx,
    part,
    ctx.view.notCovered.map((area) => ({
      key: `area-${area.id}`,
      draw: () => {
        flow.paragraph(t('areaNotApplicable'));
        flow.paragraph(`${t('areaReason')}: ${area.reason ?? t('none')}`);
      },
    })),
  );
}

/** One priority area: situation, data, needs, objectives and the action matrix. */
export function drawArea(ctx: Ctx, part: ChapterPart, area: AreaView): void {
  const { flow, t } = ctx;
  const blocks: Block[] = [];
  if (area.situation !== undefined) blocks.push({ key: 'situation', title: t('areaSituation'), draw: () => flow.prose(area.situation) });
  if (area.data.length > 0) {
    blocks.push({
      key: 'data',
      title: t('areaData'),
      draw: () =>
        drawTable(flow, {
          columns: [
            { header: t('colIndicator'), weight: 190 },
            { header: t('colValue'), weight: 70, align: 'right' },
            { header: t('colYear'), weight: 40 },
            { header: t('colSource'), weight: 160 },
          ],
          rows: area.data.map((d) => ({ cells: [d.breakdownText ? `${d.indicator} (${d.breakdownText})` : d.indicator, d.valueText, d.year === undefined ? '' : String(d.year), d.source ?? ''] })),
        }),
    });
  }
  if (area.needs.length > 0) blocks.push({ key: 'needs', title: t('areaNeeds'), draw: () => flow.bullets(area.needs, STYLES.body, { numbered: true }) });
  if (area.euObjectives.length > 0) {
    blocks.push({ key: 'eu', title: t('areaEuObjectives'), draw: () => flow.bullets(area.euObjectives.map((e) => e.title)) });
  }
  // Each objective is a section (with its bookmark): its action matrix, then its measures in full.
  for (const objective of area.objectives) {
    blocks.push({
      key: `objective-${objective.number}`,
      title: `${objective.number}  ${objective.title}`,
      draw: () => {
        if (objective.indicators.length > 0) {
          flow.paragraph(`${t('outcomeIndicators')}:`, STYLES.bodyBold);
          flow.bullets(objective.indicators.map((i) => outcomeLine(ctx, i)), STYLES.small);
        }
        drawActionMatrix(ctx, objective.measures);
        for (const m of objective.measures) {
          ctx.breakPoint(`measure-${m.number}`);
          drawMeasureDetails(ctx, m);
        }
      },
    });
  }
  blocks.push({ key: 'total', draw: () => flow.paragraph(`${t('areaTotal')}: ${area.total.text}`, STYLES.bodyBold) });
  drawChapter(ctx, part, blocks);
}

/** An outcome indicator of an objective on one line: baseline and target, verification, who collects it and how often. */
function outcomeLine(ctx: Ctx, i: IndicatorView): string {
  const year = (y: number | undefined): string => (y === undefined ? '' : ` (${y})`);
  const collection = i.collectionText === undefined ? '' : `; ${i.collectionText}`;
  return `${i.name}: ${i.baselineText}${year(i.baselineYear)} → ${i.targetText}${year(i.targetYear)} ${i.unit}; ${ctx.t('indicatorVerifiedBy')} ${i.verification}${collection}`;
}
