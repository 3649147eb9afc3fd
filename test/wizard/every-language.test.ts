import { describe, expect, it } from 'vitest';
import { SUPPORTED_LOCALES } from '../../src/i18n/index.js';
import { renderMarkdown } from '../../src/render/markdown/render-markdown.js';
import { renderPdf } from '../../src/render/pdf/render-pdf.js';
import { validatePlan } from '../../src/plan/validate.js';
import { buildView } from '../../src/view/build-view.js';
import { collectPlan } from '../../src/wizard/collect-plan.js';
import { wizardLanguage } from '../../src/wizard/messages.js';
import { ScriptAsk } from './script-ask.js';
import { smallPlanScript } from './scripts.js';

/**
 * The small plan, asked in each of the thirteen languages, for a plan in that language: the plan
 * the wizard writes validates and renders (Markdown and PDF), and the questions were the
 * language's own.
 */
describe("the plan each language's wizard writes", () => {
  for (const locale of SUPPORTED_LOCALES) {
    it(`${locale}: validates and renders`, async () => {
      const ask = new ScriptAsk({ ...smallPlanScript(), language: locale });
      const plan = await collectPlan(ask, { year: 2026, locale });
      const result = validatePlan(plan);
      expect(result.issues.filter((i) => i.severity === 'error')).toEqual([]);
      expect(plan.language).toBe(locale);
      const m = wizardLanguage(locale).messages;
      expect(ask.asked.find((q) => q.name === 'municipality.name')?.message).toBe(m.municipality.name);
      const view = buildView(result.plan!, { locale, issues: result.issues });
      const markdown = renderMarkdown(view);
      expect(markdown).toContain(plan.municipality.name);
      const pdf = await renderPdf(view);
      expect(Buffer.from(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    }, 30_000);
  }
});
