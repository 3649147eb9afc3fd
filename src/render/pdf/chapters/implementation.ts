import { drawDefinitions } from '../layout/definitions.js';
import { drawTable } from '../layout/table.js';
import { drawChapter, type Block, type ChapterPart, type Ctx } from './context.js';

/** Who coordinates and carries out the plan: coordinator, coordination body, community action group, mediators. */
export function drawImplementation(ctx: Ctx, part: ChapterPart): void {
  const { flow, view, t } = ctx;
  const g = view.governance;
  const blocks: Block[] = [
    {
      key: 'coordinator',
      draw: () => {
        flow.paragraph(t('implementationIntro'));
        drawDefinitions(flow, [
          [t('coordinator'), g.coordinator.role],
          [t('coordinatorUnit'), g.coordinator.unit],
        ]);
      },
    },
  ];
  const body = g.coordinationBody;
  if (body) {
    blocks.push({
      key: 'coordination-body',
      title: t('coordinationBody'),
      draw: () => {
        flow.paragraph(body.name);
        if (body.members.length > 0) flow.bullets(body.members);
      },
    });
  }
  const cag = g.communityActionGroup;
  if (cag) {
    blocks.push({
      key: 'community-action-group',
      title: t('communityActionGroup'),
      draw: () =>
        drawDefinitions(flow, [
          [t('cagMembers'), cag.membersText],
          [t('cagWomen'), cag.womenText],
          [t('cagEstablished'), cag.establishedText],
        ]),
    });
  }
  blocks.push({
    key: 'mediators',
    title: t('mediators'),
    draw: () => {
      if (g.mediators.length === 0) {
        flow.paragraph(t('noMediators'));
        return;
      }
      drawTable(flow, {
        columns: [
          { header: t('colMediatorField'), weight: 3 },
          { header: t('colMediatorCount'), weight: 1, align: 'right' },
        ],
        rows: g.mediators.map((m) => ({ cells: [m.fieldText, m.countText] })),
      });
    },
  });
  const sustainability = view.sustainability;
  if (sustainability !== undefined) blocks.push({ key: 'sustainability', title: t('sectionSustainability'), draw: () => flow.prose(sustainability) });
  drawChapter(ctx, part, blocks);
}
