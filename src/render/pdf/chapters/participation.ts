import type { View } from '../../../view/types.js';
import { drawDefinitions } from '../layout/definitions.js';
import type { Flow } from '../layout/flow.js';
import { STYLES } from '../layout/styles.js';
import { drawTable } from '../layout/table.js';
import { drawChapter, type ChapterPart, type Ctx } from './context.js';

/** Method and participation: how the Roma community took part while the plan was drafted. */
export function drawMethod(ctx: Ctx, part: ChapterPart): void {
  const { flow, view, t } = ctx;
  const { totals } = view.participation;
  drawChapter(ctx, part, [
    {
      key: 'method',
      draw: () => {
        flow.paragraph(view.participation.introText);
        drawDefinitions(flow, [
          [t('methodConsultations'), String(totals.consultations)],
          [t('methodParticipants'), totals.participantsText],
          [t('methodRomaParticipants'), totals.romaText],
          [t('methodWomenParticipants'), totals.womenText],
        ]);
      },
    },
    {
      key: 'consultations',
      draw: () => {
        for (const e of view.participation.entries) {
          const counts = [`${t('colParticipants')}: ${e.totalText}`, e.romaText && `${t('colRoma')}: ${e.romaText}`, e.womenText && `${t('colWomen')}: ${e.womenText}`];
          flow.heading(`${e.dateText} · ${e.formatText}`, STYLES.h4, { before: 4, after: 2 });
          flow.paragraph(counts.filter(Boolean).join(' · '), STYLES.small, { after: 2 });
          flow.prose(e.summary);
        }
      },
    },
  ]);
}

/** The participation log (annex): every consultation with its figures, in one table. */
export function drawParticipationLog(flow: Flow, view: View, t: Ctx['t']): void {
  drawTable(flow, {
    columns: [
      { header: t('colDate'), weight: 80 },
      { header: t('colFormat'), weight: 120 },
      { header: t('colParticipants'), weight: 70, align: 'right' },
      { header: t('colRoma'), weight: 60, align: 'right' },
      { header: t('colWomen'), weight: 60, align: 'right' },
    ],
    rows: [
      ...view.participation.entries.map((e) => ({ cells: [e.dateText, e.formatText, e.totalText, e.romaText ?? t('none'), e.womenText ?? t('none')] })),
      {
        cells: [t('rowTotal'), '', view.participation.totals.participantsText, view.participation.totals.romaText, view.participation.totals.womenText].map((text) => [
          { text, style: STYLES.cellBold },
        ]),
      },
    ],
    zebra: true,
  });
}
