import { describe, expect, it } from 'vitest';
import type { Plan } from '../../src/plan/types.js';
import { renderMarkdown } from '../../src/render/markdown/render-markdown.js';
import { renderPdf } from '../../src/render/pdf/render-pdf.js';
import { buildView } from '../../src/view/build-view.js';
import { minimalPlan } from '../helpers/minimal-plan.js';
import { pageTexts, squash, unhyphenate } from './pdf-tools.js';

const blank = '……………………';

/** A Hungarian plan with its legal basis and Felelős, and a Serbian one whose odluka takes effect after publication. */
function hungarian(): Plan {
  const plan = minimalPlan();
  plan.language = 'hu';
  plan.municipality = { ...plan.municipality, name: 'Pécs', country: 'HU' };
  plan.plan.legalBasis = ['Magyarország helyi önkormányzatairól szóló 2011. évi CLXXXIX. törvény'];
  plan.plan.decision = { responsible: 'polgármester', deadline: 'folyamatos' };
  return plan;
}
function serbian(): Plan {
  const plan = minimalPlan();
  plan.language = 'sr-Latn';
  plan.municipality = { ...plan.municipality, name: 'Novi Bečej', country: 'RS' };
  return plan;
}
const markdownDecision = (plan: Plan) => {
  const md = renderMarkdown(buildView(plan));
  return md.slice(md.indexOf('<a id="annex-decision">'), md.indexOf('<a id="annex-review">') === -1 ? undefined : md.indexOf('<a id="annex-review">'));
};
const pdfText = async (plan: Plan) => squash(unhyphenate(pageTexts(await renderPdf(buildView(plan))).join('\n')));

describe('the council decision in Markdown and PDF', () => {
  it('shows a Hungarian határozat with its legal basis, Felelős and Határidő, and the empty name line', async () => {
    const md = markdownDecision(hungarian());
    expect(md).toContain('A határozat jogalapja: Magyarország helyi önkormányzatairól szóló 2011. évi CLXXXIX. törvény.');
    expect(md).toContain('\n\nFelelős: polgármester\n\nHatáridő: folyamatos\n\n');
    expect(md).toContain(`\n\nNév: ${blank}\n\nAláírás: ${blank}`);
    expect(md).not.toMatch(/hatályba/);
    const text = await pdfText(hungarian());
    for (const s of ['A határozat jogalapja: Magyarország helyi önkormányzatairól szóló 2011. évi CLXXXIX. törvény.', 'Felelős: polgármester', 'Határidő: folyamatos', `Név: ${blank}`, `Aláírás: ${blank}`]) expect(text).toContain(s);
    expect(text).not.toMatch(/hatályba/);
  });

  it('shows a Serbian odluka in articles, entering into force on the eighth day after publication', async () => {
    const entry = 'Ova odluka stupa na snagu osmog dana od dana objavljivanja u službenom glasilu „Službeni list opštine Novi Bečej”.';
    const md = markdownDecision(serbian());
    expect(md).toContain(`**Član 5.**\n\n${entry}`);
    expect(md).toContain(`Ime i prezime: ${blank}`);
    const text = await pdfText(serbian());
    expect(text).toContain(`Član 5. ${entry}`);
    expect(text).toContain(`Predsednik Skupštine opštine Ime i prezime: ${blank} Potpis: ${blank}`);
  });
});
