import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../src/plan/types.js';
import { renderDocx } from '../../src/render/docx/render-docx.js';
import { renderHtml } from '../../src/render/html/render-html.js';
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

/** The text of a Word document's paragraphs, one per line (python3's zipfile reads the package). */
function docxText(bytes: Uint8Array): string {
  const file = join(mkdtempSync(join(tmpdir(), 'roma-plan-decision-')), 'plan.docx');
  writeFileSync(file, bytes);
  const script = 'import re, sys, zipfile; x = zipfile.ZipFile(sys.argv[1]).read("word/document.xml").decode(); print("\\n".join(re.sub(r"<[^>]+>", "", p) for p in re.findall(r"<w:p[ >].*?</w:p>", x)))';
  return execFileSync('python3', ['-c', script, file], { encoding: 'utf8' });
}

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

  it('shows the same decision in the web page and the Word document', async () => {
    const view = buildView(serbian());
    const html = renderHtml(view);
    expect(html).toContain('<p><strong>Član 5.</strong></p>');
    expect(html).toContain(`<p>Ime i prezime: ${blank}</p>`);
    const text = docxText(await renderDocx(view));
    expect(text).toContain('\nČlan 5.\nOva odluka stupa na snagu osmog dana');
    expect(text).toContain(`\nPredsednik Skupštine opštine\nIme i prezime: ${blank}\nPotpis: ${blank}`);
  });
});
