import { STYLES } from '../layout/styles.js';
import { drawTable } from '../layout/table.js';
import { drawChapter, type ChapterPart, type Ctx } from './context.js';

/** The 7 x 10 matrix of areas against goals, its legend, and the goals no measure serves. */
export function drawCoverage(ctx: Ctx, part: ChapterPart): void {
  const { flow, view, t } = ctx;
  const c = view.coverage;
  drawChapter(ctx, part, [
    {
      key: 'matrix',
      draw: () => {
        flow.paragraph(t('coverageIntro'));
        drawTable(flow, {
          columns: [{ header: t('colArea'), weight: 150 }, ...c.goals.map((g) => ({ header: String(g.number), weight: 24, align: 'right' as const }))],
          rows: c.rows.map((r) => ({
            cells: [`${r.number}. ${r.short}`, ...r.cells.map((n) => (r.applicable ? (n === 0 ? t('none') : String(n)) : t('coverageNotApplicable')))],
          })),
          zebra: true,
        });
        flow.paragraph(`${t('coverageLegend')}:`, STYLES.bodyBold, { after: 2 });
        flow.bullets(c.goals.map((g) => `${g.number}. ${g.short}`), STYLES.small);
      },
    },
    {
      key: 'gaps',
      title: t('coverageGaps'),
      draw: () => {
        if (c.gaps.length === 0) flow.paragraph(t('coverageNoGaps'));
        else flow.bullets(c.gaps.map((g) => `${g.number}. ${g.title}`));
      },
    },
  ]);
}
