// Generated valid plans, with odd but legal text in every language, always render to Markdown and
// PDF without throwing, and render the same way twice.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validatePlan } from '../../src/plan/validate.js';
import { renderMarkdown } from '../../src/render/markdown/render-markdown.js';
import { renderPdf } from '../../src/render/pdf/render-pdf.js';
import { buildView } from '../../src/view/build-view.js';
import { validPlan } from './arbitraries.js';

/** The longest run of letters in a text: no Markdown escaping applies to it, so it must appear. */
const longestWord = (s: string): string => (s.match(/\p{L}+/gu) ?? []).reduce((a, b) => (b.length > a.length ? b : a), '');

// Property runs are CPU-bound; a busy CI machine must not turn a slow pass into a failure.
describe('rendering generated valid plans', { timeout: 180_000 }, () => {
  it('to Markdown never throws, keeps the title and is deterministic', () => {
    fc.assert(
      fc.property(validPlan({ minMeasures: 0, maxMeasures: 12 }), (plan) => {
        const { ok, issues } = validatePlan(plan);
        expect(ok).toBe(true);
        const markdown = renderMarkdown(buildView(plan, { issues }));
        expect(markdown.endsWith('\n')).toBe(true);
        expect(markdown).not.toContain('[object Object]');
        expect(markdown).toContain(longestWord(plan.plan.title));
        expect(renderMarkdown(buildView(plan, { issues }))).toBe(markdown);
      }),
      { numRuns: 100 },
    );
  });

  it('to PDF never throws', async () => {
    await fc.assert(
      fc.asyncProperty(validPlan({ minMeasures: 0, maxMeasures: 8 }), async (plan) => {
        const { issues } = validatePlan(plan);
        const pdf = Buffer.from(await renderPdf(buildView(plan, { issues })));
        expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
        expect(pdf.subarray(-6).toString('latin1')).toMatch(/%%EOF\s*$/);
      }),
      { numRuns: 20 },
    );
  });
});
