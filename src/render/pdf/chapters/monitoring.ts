import { drawDefinitions } from '../layout/definitions.js';
import { drawChapter, type ChapterPart, type Ctx } from './context.js';

/** Who monitors the plan, how often, for whom, the reviews, and the community's part in it. */
export function drawMonitoring(ctx: Ctx, part: ChapterPart): void {
  const { flow, view, t } = ctx;
  const m = view.monitoring;
  drawChapter(ctx, part, [
    {
      key: 'arrangements',
      draw: () => {
        drawDefinitions(flow, [
          [t('monitoringBody'), m.body],
          [t('monitoringFrequency'), m.frequencyText],
          [t('monitoringReportTo'), m.reportTo],
          [t('monitoringMidTerm'), m.midTermReview === undefined ? undefined : String(m.midTermReview)],
          [t('monitoringFinal'), m.finalEvaluation === undefined ? undefined : String(m.finalEvaluation)],
          [t('monitoringEvaluationMethod'), m.evaluationMethod],
          [t('monitoringBudget'), m.budget?.text],
          [t('monitoringPublication'), m.publication],
          [t('monitoringNationalReporting'), m.nationalReporting],
          [t('monitoringRevision'), m.revision],
          [t('monitoringCommunityRole'), m.communityRole],
        ]);
        flow.paragraph(t('monitoringIndicators'));
      },
    },
  ]);
}
