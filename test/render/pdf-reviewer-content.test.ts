import { beforeAll, describe, expect, it } from 'vitest';
import { loadPlan } from '../../src/plan/load.js';
import { renderPdf } from '../../src/render/pdf/render-pdf.js';
import { buildView } from '../../src/view/build-view.js';
import type { View } from '../../src/view/types.js';
import { bookmarks, pageTexts, squash, unhyphenate } from './pdf-tools.js';

const fixture = new URL('../fixtures/valid/reviewer-content.yaml', import.meta.url).pathname;

// The PDF of a plan that uses every field a reviewer looks for, read back as a reader's tools would.
describe('PDF: reviewer content', () => {
  let view: View;
  let pages: string[];
  let text: string;
  let outline: string[];

  beforeAll(async () => {
    const loaded = await loadPlan(fixture);
    expect(loaded.ok).toBe(true);
    view = buildView(loaded.plan!);
    const bytes = await renderPdf(view);
    pages = pageTexts(bytes);
    text = squash(unhyphenate(pages.join('\n')));
    outline = bookmarks(bytes).flatMap((b) => [b.title, ...b.children.map((c) => c.title)]);
  });

  /** The text of the pages from the one where `heading` starts a chapter. */
  const chapterText = (heading: string): string => {
    const first = pages.findIndex((p) => squash(p).startsWith(heading));
    expect(first, heading).toBeGreaterThan(0);
    return squash(unhyphenate(pages.slice(first).join('\n')));
  };

  it('lists the new chapters and sections in the outline', () => {
    for (const title of ['Cross-cutting commitments', 'Contribution to European and national targets', 'Risks and their management', 'Sustainability', 'Secured funding']) {
      expect(outline).toContain(title);
    }
  });

  it('draws the plan risk table with labelled likelihood and impact', () => {
    const risks = chapterText('Risks and their management');
    expect(risks).toMatch(/Risk Likelihood Impact Mitigation Responsible/);
    expect(risks).toContain('Donor funding for the water network is delayed medium high Phase the works');
    expect(risks).toContain('Head of the finance department');
  });

  it('puts a measure’s risks under its title in the action matrix and in full in its details', () => {
    expect(text).toContain('Risks and how they are handled: The post stays vacant after the first call; Staff turnover in the administration');
    expect(text).toContain('Staff turnover in the administration (Likelihood: high; Impact: medium) — Mitigation: Two deputies trained — Responsible: Town clerk');
    expect(text).toContain('Sustainability: The post is in the municipal staff plan from 2027.');
  });

  it('shows each source’s status and the secured share by year and by source', () => {
    expect(text).toContain('Donors (Roma Education Fund): €2,000 — to be sought');
    expect(text).toMatch(/Secured share of the budget 67%/);
    expect(text).toMatch(/2026 €6,000 €4,000 67%/);
    expect(text).toMatch(/Donors €2,000 €0 0%/);
  });

  it('names the measures serving each commitment', () => {
    const cc = chapterText('Cross-cutting commitments');
    expect(cc).toMatch(/Anti-discrimination and antigypsyism The plan makes no statement on this commitment\. Measures that serve it no measure yet/);
    expect(cc).toMatch(/Desegregation No preschool group is formed of Roma children only\. Measures that serve it 5\.1\.1/);
  });

  it('shows outcome indicators under their objective and apart in the annex, with who collects them', () => {
    expect(text).toContain('Outcome indicators: • Roma children completing primary school: 62 (2025) → 85 (2030) %');
    const annex = chapterText('Annexes');
    expect(annex.indexOf('Outcome indicators')).toBeLessThan(annex.indexOf('Output indicators'));
    expect(annex).toContain('Collected by: Public utility company; Frequency: quarterly');
  });

  it('shows the contribution to targets with the frameworks and their sources', () => {
    const targets = chapterText('Contribution to European and national targets');
    expect(targets).toContain('90 % of Roma children enrolled in and completing primary education Poznan 2019');
    expect(targets).toContain('COM(2020) 620 final');
  });

  it('shows monitoring in full and situation data by sex and age group', () => {
    const monitoring = chapterText('Monitoring and evaluation');
    for (const label of ['Evaluation method', 'Budget for monitoring and evaluation €3,000', 'Publication of reports', 'Reporting to the national contact point for Roma', 'Revision of the plan']) expect(monitoring).toContain(label);
    expect(text).toContain('Roma children in preschool (female, aged 3-6) 41 2025');
  });
});
