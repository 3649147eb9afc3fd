import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadPlan } from '../../src/plan/load.js';
import type { Plan } from '../../src/plan/types.js';
import { renderPdf } from '../../src/render/pdf/render-pdf.js';
import { buildView } from '../../src/view/build-view.js';
import { bookmarks, fonts, info, pageTexts } from './pdf-tools.js';

const examplesDir = new URL('../../examples/', import.meta.url);
const examples = readdirSync(examplesDir).filter((f) => f.endsWith('.yaml') && !f.endsWith('.progress.yaml'));

/**
 * Compared without any white space or hyphen: a line break in a table cell, or a word hyphenated
 * at a line end, must not hide a correct text (pdf-words.test.ts checks that words stay whole).
 */
const bare = (s: string): string => s.replace(/[\s-]+/g, '');

/** The letters of the plan's own text outside ASCII: its diacritics, or its whole Cyrillic alphabet. */
function ownLetters(plan: Plan): string[] {
  const texts = [plan.plan.title, plan.municipality.name, ...Object.values(plan.areas).flatMap((a) => (a.objectives ?? []).flatMap((o) => [o.title, ...o.measures.map((m) => m.title)]))];
  return [...new Set([...texts.join('')].filter((c) => /\p{L}/u.test(c) && c.charCodeAt(0) > 127))];
}

describe.each(examples)('the PDF of examples/%s', (name) => {
  it('shows the plan in full, in its own script, with bookmarks and embedded fonts only', async () => {
    const loaded = await loadPlan(new URL(name, examplesDir).pathname);
    expect(loaded.ok, JSON.stringify(loaded.issues.filter((i) => i.severity === 'error'))).toBe(true);
    const plan = loaded.plan!;
    const view = buildView(plan, { issues: loaded.issues });
    const bytes = await renderPdf(view);
    const text = bare(pageTexts(bytes).join(''));

    const letters = ownLetters(plan);
    if (plan.language !== 'en') expect(letters.length).toBeGreaterThan(0);
    for (const c of letters) expect(text, `letter ${c}`).toContain(c);
    expect(text).toContain(bare(plan.plan.title));
    for (const c of view.chapters) expect(text, c.title).toContain(bare(c.title));
    for (const m of view.areas.flatMap((a) => a.objectives.flatMap((o) => o.measures))) {
      expect(text, m.title).toContain(bare(`${m.title}`));
      expect(text, m.lead).toContain(bare(m.lead));
    }
    expect(text).toContain(bare(view.budget.total.text));
    for (const a of view.budget.byArea) expect(text).toContain(bare(a.total.text));
    // The amounts by area and by year, each by funding source, are printed, not only charted.
    for (const m of [...view.budget.byArea, ...view.budget.byYear].flatMap((r) => r.bySource)) if (m.value > 0) expect(text).toContain(bare(m.text));
    for (const y of view.budget.byYear) expect(text).toContain(bare(y.total.text));

    const pages = Number(info(bytes).Pages);
    expect(pages).toBeGreaterThan(view.areas.length + 8);
    expect(pages).toBeLessThan(80);
    expect(bookmarks(bytes).flatMap((b) => [b, ...b.children])).toHaveLength(view.chapters.length);
    for (const f of fonts(bytes)) expect(f.embedded, f.name).toBe(true);
  });
});
