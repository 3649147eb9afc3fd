import { existsSync } from 'node:fs';
import { fill } from '../i18n/index.js';
import { outputTargets } from '../io/output-paths.js';
import { writeFileAtomic } from '../io/write-atomic.js';
import type { Plan } from '../plan/types.js';
import { validatePlan } from '../plan/validate.js';
import type { Ask } from '../wizard/ask.js';
import type { WizardMessages } from '../wizard/messages.js';
import type { CliContext } from './context.js';
import { shellQuote } from './init-files.js';
import { startedAs } from './invocation.js';

/**
 * After the wizard: offers to make the document right away, with the same renderers and output
 * names as `roma-plan render <file>` (plan.md and plan.pdf next to the plan).
 */
export async function offerRender(target: string, plan: Plan, ask: Ask, ctx: CliContext, m: WizardMessages): Promise<void> {
  if (!(await ask.confirm({ name: 'render', message: m.cli.renderOffer, default: true }))) {
    ctx.stderr.write(`${startedAs(fill(m.cli.renderLater, { file: shellQuote(target, ctx.startedWith) }), ctx.startedWith)}\n`);
    return;
  }
  // The renderers load only now: the wizard itself never needs Handlebars or pdfkit.
  const { buildView } = await import('../view/build-view.js');
  const view = buildView(plan, { issues: validatePlan(plan).issues });
  for (const t of outputTargets(target, undefined, undefined)) {
    if (existsSync(t.path) && !(await ask.confirm({ name: `replace:${t.format}`, message: fill(m.cli.replaceOutput, { file: t.path }), default: false }))) continue;
    let data: string | Uint8Array;
    if (t.format === 'md') {
      const { renderMarkdown } = await import('../render/markdown/render-markdown.js');
      data = renderMarkdown(view);
    } else {
      const { renderPdf } = await import('../render/pdf/render-pdf.js');
      data = await renderPdf(view, { date: view.meta.date });
    }
    await writeFileAtomic(t.path, data, { force: true });
    ctx.stderr.write(`${fill(m.cli.rendered, { file: t.path })}\n`);
  }
}
