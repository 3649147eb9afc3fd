import { STYLES } from '../layout/styles.js';
import { drawTable } from '../layout/table.js';
import { drawChapter, type Block, type ChapterPart, type Ctx } from './context.js';

/** The ten policy goals: the priority the municipality gives each, how it pursues it, and the measures serving it. */
export function drawGoals(ctx: Ctx, part: ChapterPart): void {
  const { flow, view, t } = ctx;
  const blocks: Block[] = [
    {
      key: 'table',
      draw: () => {
        flow.paragraph(t('goalsIntro'));
        drawTable(flow, {
          columns: [
            { header: t('colNumber'), weight: 26 },
            { header: t('colGoal'), weight: 260 },
            { header: t('colPriority'), weight: 70 },
            { header: t('colMeasures'), weight: 110 },
          ],
          rows: view.goals.map((g) => ({
            cells: [
              String(g.number),
              g.title,
              g.priorityText ?? (g.pursued ? t('none') : t('goalNotAddressed')),
              g.measureNumbers.length > 0 ? g.measureNumbers.join(', ') : t('none'),
            ],
          })),
          zebra: true,
        });
      },
    },
  ];
  const stated = view.goals.filter((g) => g.statement !== undefined);
  if (stated.length > 0) {
    blocks.push({
      key: 'statements',
      title: t('goalsStatements'),
      draw: () => {
        for (const g of stated) {
          flow.heading(`${g.number}. ${g.title}${g.priorityText ? ` (${g.priorityText})` : ''}`, STYLES.h4, { before: 4, after: 2 });
          flow.prose(g.statement);
        }
      },
    });
  }
  drawChapter(ctx, part, blocks);
}
