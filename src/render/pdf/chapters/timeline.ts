import { fill } from '../../../i18n/index.js';
import { drawGantt } from '../charts/gantt.js';
import { drawChapter, figureTitle, type ChapterPart, type Ctx } from './context.js';

/** When each measure runs, as a Gantt chart of the plan period. */
export function drawTimeline(ctx: Ctx, part: ChapterPart): void {
  const { flow, view, t, pdf } = ctx;
  drawChapter(ctx, part, [
    {
      key: 'chart',
      draw: () => {
        flow.paragraph(t('timelineIntro'));
        if (view.timeline.bars.length === 0) return;
        figureTitle(ctx, pdf.ganttTitle);
        flow.figure(view.figures.timeline, () => drawGantt(flow, view, (quarter) => fill(pdf.quarter, { quarter })));
      },
    },
  ]);
}
