import { drawDefinitions } from '../layout/definitions.js';
import { STYLES } from '../layout/styles.js';
import { drawTable } from '../layout/table.js';
import { drawChapter, type ChapterPart, type Ctx } from './context.js';

/** The cross-cutting commitments: each with the plan's statement and the measures that serve it. */
export function drawCrossCutting(ctx: Ctx, part: ChapterPart): void {
  const { flow, view, t } = ctx;
  drawChapter(ctx, part, [
    { key: 'intro', draw: () => flow.paragraph(t('crossCuttingIntro')) },
    ...view.crossCutting.map((c) => ({
      key: c.id,
      title: c.title,
      draw: () => {
        if (c.statement === undefined) flow.paragraph(t('crossCuttingNoStatement'), STYLES.small);
        else flow.prose(c.statement);
        drawDefinitions(flow, [[t('crossCuttingMeasures'), c.measuresText]]);
      },
    })),
  ]);
}

/** The plan's contribution to the EU 2030 and Poznan targets, with the targets' sources. */
export function drawTargets(ctx: Ctx, part: ChapterPart): void {
  const { flow, view, t } = ctx;
  const numberWidth = Math.max(flow.measure(t('colNumber'), STYLES.head), ...view.targets.rows.map((r) => flow.measure(r.number, STYLES.cell))) + 1;
  drawChapter(ctx, part, [
    {
      key: 'table',
      draw: () => {
        flow.paragraph(t('targetsIntro'));
        drawTable(flow, {
          columns: [
            { header: t('colNumber'), weight: 0, minWidth: numberWidth },
            { header: t('colLocalIndicator'), weight: 1.3 },
            amountColumn(ctx, t('colLocalBaseline'), view.targets.rows.map((r) => r.baselineText)),
            amountColumn(ctx, t('colLocalTarget'), view.targets.rows.map((r) => r.targetText)),
            { header: t('colContributesTo'), weight: 1.6 },
          ],
          rows: view.targets.rows.map((r) => ({
            cells: [r.number, `${r.indicator} (${r.unit})`, r.baselineText, r.targetText, [{ text: r.targetTitle }, { text: r.frameworkText, style: STYLES.cellSmall }]],
          })),
          zebra: true,
        });
      },
    },
    {
      key: 'sources',
      draw: () => {
        flow.paragraph(`${t('targetsSources')}:`, STYLES.bodyBold);
        flow.bullets(view.targets.sources, STYLES.small);
      },
    },
  ]);
}

/** A column as wide as its widest value and the widest word of its heading, so that neither breaks inside a word. */
function amountColumn(ctx: Ctx, header: string, texts: readonly string[]): { header: string; weight: number; minWidth: number; align: 'right' } {
  const { flow } = ctx;
  const widest = Math.max(...header.split(' ').map((w) => flow.measure(w, STYLES.head)), ...texts.map((x) => flow.measure(x, STYLES.cell)));
  return { header, weight: 0, minWidth: widest + 1, align: 'right' };
}

/** The plan-level risks: likelihood, impact, mitigation and who is responsible. */
export function drawRisks(ctx: Ctx, part: ChapterPart): void {
  const { flow, view, t } = ctx;
  const level = (header: string, texts: readonly (string | undefined)[]) => ({
    header,
    weight: 0,
    minWidth: Math.max(flow.measure(header, STYLES.head), ...texts.map((x) => (x === undefined ? 0 : flow.measure(x, STYLES.cell)))) + 1,
  });
  drawChapter(ctx, part, [
    {
      key: 'table',
      draw: () => {
        flow.paragraph(t('risksIntro'));
        drawTable(flow, {
          columns: [
            { header: t('colRisk'), weight: 1.3 },
            level(t('colLikelihood'), view.risks.map((r) => r.likelihoodText)),
            level(t('colImpact'), view.risks.map((r) => r.impactText)),
            { header: t('colMitigation'), weight: 1.5 },
            { header: t('colRiskOwner'), weight: 0.8 },
          ],
          rows: view.risks.map((r) => ({ cells: [r.risk, r.likelihoodText ?? '', r.impactText ?? '', r.mitigation ?? '', r.owner ?? ''] })),
          zebra: true,
        });
      },
    },
  ]);
}
