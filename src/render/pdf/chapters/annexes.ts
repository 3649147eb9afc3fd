import { STYLES } from '../layout/styles.js';
import { drawTable } from '../layout/table.js';
import { decisionBlocks } from '../../decision-blocks.js';
import type { IndicatorView } from '../../../view/types.js';
import { drawChapter, subHeading, type Block, type ChapterPart, type Ctx } from './context.js';
import { drawParticipationLog } from './participation.js';

/** The annexes: the indicator table, the participation log, the draft council decision, notes for reviewers. */
export function annexBlocks(ctx: Ctx): Block[] {
  const { flow, view, t } = ctx;
  const blocks: Block[] = [
    {
      key: 'indicators',
      title: t('annexIndicators'),
      draw: () => {
        const { outcomes, outputs } = view.indicatorAnnex;
        // Outcome indicators apart from outputs only when the plan has any; otherwise one table, as before.
        if (outcomes.length === 0) return drawIndicators(ctx, outputs);
        subHeading(ctx, t('outcomeIndicators'));
        drawIndicators(ctx, outcomes);
        subHeading(ctx, t('outputIndicators'));
        drawIndicators(ctx, outputs);
      },
    },
    { key: 'participation', title: t('annexParticipation'), draw: () => drawParticipationLog(flow, view, t) },
    {
      key: 'decision',
      title: t('annexDecision'),
      draw: () => {
        // The draft decision is a document of its own: it starts a page (its heading, still waiting
        // to be drawn, goes with it) and so stays together unless it is longer than a page.
        if (!flow.atTop) flow.newPage();
        for (const b of decisionBlocks(view.decision)) {
          if (b.kind === 'title') flow.paragraph(b.text, STYLES.h3, { after: 8 });
          else if (b.kind === 'article') flow.paragraph(b.text, STYLES.h4, { after: 3 });
          else flow.paragraph(b.text, STYLES.body, { after: b.kind === 'line' ? 2 : b.kind === 'place' ? 18 : 6 });
        }
      },
    },
  ];
  if (view.showsReviewNotes) {
    const review = view.review;
    blocks.push({
      key: 'review',
      title: t('annexReview'),
      draw: () => {
        flow.paragraph(review.title, STYLES.h3, { after: 6 });
        flow.paragraph(review.intro);
        drawTable(flow, {
          columns: [
            { header: review.labels.colCheck, weight: 150 },
            { header: review.labels.colState, weight: 70 },
            { header: review.labels.colReason, weight: 260 },
          ],
          rows: review.checks.map((c) => ({
            cells: [c.title, c.stateText, c.todo === undefined ? c.reason : [{ text: c.reason }, { text: `${review.labels.todo} ${c.todo}`, style: STYLES.cellSmall }]],
          })),
          zebra: true,
        });
        flow.paragraph(review.score.text, STYLES.h3, { after: 4 });
        flow.paragraph(review.scoreRule);
        if (view.warnings.length === 0) return;
        flow.paragraph(t('reviewIntro'));
        drawTable(flow, {
          columns: [
            { header: t('colPath'), weight: 150 },
            { header: t('colNote'), weight: 330 },
          ],
          rows: view.warnings.map((w) => ({
            cells: [w.where ?? (w.path === '' ? t('none') : w.path), w.hint === undefined ? w.message : [{ text: w.message }, { text: w.hint, style: STYLES.cellSmall }]],
          })),
          zebra: true,
        });
      },
    });
  }
  return blocks;
}

export function drawAnnexes(ctx: Ctx, part: ChapterPart): void {
  drawChapter(ctx, part, annexBlocks(ctx));
}

function drawIndicators(ctx: Ctx, indicators: readonly IndicatorView[]): void {
  const { flow, t } = ctx;
  const year = (y: number | undefined): string => (y === undefined ? '' : ` (${y})`);
  drawTable(flow, {
    columns: [
      { header: t('colNumber'), weight: 34 },
      { header: t('colIndicator'), weight: 130 },
      { header: t('colUnit'), weight: 46 },
      { header: t('colBaseline'), weight: 56, align: 'right' },
      { header: t('colTarget'), weight: 56, align: 'right' },
      { header: t('colVerification'), weight: 110 },
      { header: t('colDisaggregation'), weight: 56 },
    ],
    rows: indicators.map((i) => ({
      cells: [
        i.measureNumber,
        i.name,
        i.unit,
        `${i.baselineText}${year(i.baselineYear)}`,
        `${i.targetText}${year(i.targetYear)}`,
        i.collectionText === undefined ? i.verification : [{ text: i.verification }, { text: i.collectionText, style: STYLES.cellSmall }],
        i.disaggregationText ?? t('none'),
      ],
    })),
    zebra: true,
  });
}
