import { drawChapter, type Block, type ChapterPart, type Ctx } from './context.js';

/** Opening summary, vision, the strategies the plan implements, and the EU framework objectives it serves. */
export function drawIntroduction(ctx: Ctx, part: ChapterPart): void {
  const { flow, view, t } = ctx;
  const { summary, vision, policyBasis, euFramework } = view.introduction;
  const blocks: Block[] = [];
  if (summary !== undefined) blocks.push({ key: 'summary', draw: () => flow.prose(summary) });
  if (vision !== undefined) blocks.push({ key: 'vision', title: t('introVision'), draw: () => flow.prose(vision) });
  if (policyBasis.length > 0) blocks.push({ key: 'policy-basis', title: t('introPolicyBasis'), draw: () => flow.bullets(policyBasis) });
  if (euFramework.length > 0) {
    blocks.push({
      key: 'eu-framework',
      title: t('introEuFramework'),
      draw: () => {
        flow.paragraph(t('introEuFrameworkText'));
        flow.bullets(euFramework);
      },
    });
  }
  drawChapter(ctx, part, blocks);
}
