import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadPlan } from '../../src/plan/load.js';
import { renderPdf } from '../../src/render/pdf/render-pdf.js';
import { buildView } from '../../src/view/build-view.js';
import type { View } from '../../src/view/types.js';
import { pageTexts, wordSet, wordsIn } from './pdf-tools.js';

const examplesDir = new URL('../../examples/', import.meta.url);
const examples = readdirSync(examplesDir).filter((f) => f.endsWith('.yaml') && !f.endsWith('.progress.yaml'));

/** The plan's own text that the PDF sets in narrow table cells and in running text. */
function planTexts(view: View): string[] {
  const l = view.labels;
  const labels = [l.colNumber, l.colMeasure, l.colLeadPartners, l.colPeriod, l.colCost, l.colIndicators].filter((s): s is string => s !== undefined);
  return [
    ...labels,
    ...view.areas.flatMap((a) => [
      a.title,
      a.situation ?? '',
      ...a.needs,
      ...a.objectives.flatMap((o) =>
        o.measures.flatMap((m) => [
          m.title,
          m.description ?? '',
          m.lead,
          ...m.partners,
          m.periodText,
          ...m.indicators.flatMap((i) => [i.name, i.unit, i.verification]),
        ]),
      ),
    ]),
  ];
}

describe.each(examples)('the words of examples/%s in the PDF', (name) => {
  it('are found whole (a word broken at a line end carries a hyphen), on pages of three lines or more', async () => {
    const loaded = await loadPlan(new URL(name, examplesDir).pathname);
    const view = buildView(loaded.plan!, { issues: loaded.issues });
    const pages = pageTexts(await renderPdf(view));
    const found = wordSet(pages.join('\n'));
    const missing = [...new Set(planTexts(view).flatMap(wordsIn))].filter((w) => !found.has(w));
    expect(missing).toEqual([]);
    // No page but the last holds fewer than three lines besides its running header and footer.
    const short = pages.slice(1, -1).flatMap((page, i) => (page.split('\n').filter((l) => l.trim() !== '').length - 2 < 3 ? [i + 2] : []));
    expect(short).toEqual(KNOWN_SHORT_PAGES[name] ?? []);
  });
});

/**
 * Short pages an example may keep, listed here rather than hidden: none today. (An area's cost line
 * alone on the page after the last measure is moved by starting a page before that measure's
 * details.) A change that makes a page short fails this test.
 */
const KNOWN_SHORT_PAGES: Readonly<Record<string, number[]>> = {};

describe('(end of the page checks)', () => {
  it('lists only examples that exist', () => {
    for (const name of Object.keys(KNOWN_SHORT_PAGES)) expect(examples).toContain(name);
  });
});

describe('a field of hundreds of thousands of characters', () => {
  it('renders in time proportional to its length (a tenfold field takes far less than a hundredfold time)', async () => {
    const loaded = await loadPlan(new URL('pecs-hu.yaml', examplesDir).pathname);
    const timed = async (length: number): Promise<number> => {
      const plan = structuredClone(loaded.plan!);
      plan.municipality.name = 'Pécs'.repeat(length / 4);
      const view = buildView(plan, { issues: [] });
      const start = performance.now();
      const bytes = await renderPdf(view);
      const ms = performance.now() - start;
      if (length > 4) expect(pageTexts(bytes)[0]).toContain('PécsPécs');
      return ms;
    };
    await timed(4);
    const small = await timed(40_000);
    const large = await timed(400_000);
    expect(large / small).toBeLessThan(40);
  }, 60_000);
});

describe('a plan not yet adopted', () => {
  it.each([
    ['novi-becej-sr.yaml', 'draft'],
    ['kumanovo-mk.yaml', 'consultation'],
    ['pecs-hu.yaml', 'draft'],
  ] as const)('%s in status %s says so on every page, in its language', async (name, status) => {
    const loaded = await loadPlan(new URL(name, examplesDir).pathname);
    const plan = structuredClone(loaded.plan!);
    plan.plan.status = status;
    const view = buildView(plan, { issues: [] });
    const mark = view.meta.draftMark!;
    expect(mark).toBe(view.meta.statusText.toLocaleUpperCase(view.language));
    const pages = pageTexts(await renderPdf(view));
    expect(pages.length).toBeGreaterThan(10);
    pages.forEach((page, i) => expect(page.replace(/\s+/g, ' '), `page ${i + 1}`).toContain(mark));
  });

  it('is not marked once adopted', async () => {
    const loaded = await loadPlan(new URL('pecs-hu.yaml', examplesDir).pathname);
    const view = buildView(loaded.plan!, { issues: [] });
    expect(view.meta.status).toBe('adopted');
    const pages = pageTexts(await renderPdf(view));
    const draft = buildView({ ...loaded.plan!, plan: { ...loaded.plan!.plan, status: 'draft' } }, { issues: [] }).meta.statusText.toLocaleUpperCase('hu');
    for (const page of pages) expect(page).not.toContain(draft);
  });
});

describe('pagination', () => {
  it('gathers five areas left out on one page, and starts the draft decision on a page of its own', async () => {
    const loaded = await loadPlan(new URL('pecs-hu.yaml', examplesDir).pathname);
    const plan = structuredClone(loaded.plan!);
    const left = ['health', 'culture', 'education', 'birth-registration', 'living-conditions'] as const;
    for (const id of left) plan.areas[id] = { applicable: false, reason: `Az indok ${id}: ${'a megyei program fedezi. '.repeat(2)}` };
    const view = buildView(plan, { issues: [] });
    const full = await renderPdf(buildView(loaded.plan!, { issues: [] }));
    const pages = pageTexts(await renderPdf(view));
    expect(pages.length).toBeLessThan(pageTexts(full).length);

    const titles = view.notCovered.map((a) => a.title);
    expect(titles).toHaveLength(5);
    const onPages = new Set(titles.map((title) => pages.findIndex((p, i) => i > 1 && p.replace(/\s+/g, ' ').includes(title))));
    expect(onPages.size, 'the five areas left out share one page').toBe(1);

    const decision = view.labels.annexDecision!;
    const first = pages.findIndex((p, i) => i > 1 && p.startsWith(decision));
    expect(first, 'the decision heading opens a page').toBeGreaterThan(0);
    const last = view.decision.signature.signatureLine.split(' ')[0]!;
    expect(pages[first]!.replace(/\s+/g, ' ')).toContain(last);
  });
});
