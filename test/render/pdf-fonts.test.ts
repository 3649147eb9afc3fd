import { describe, expect, it } from 'vitest';
import { loadPlan } from '../../src/plan/load.js';
import { renderPdf } from '../../src/render/pdf/render-pdf.js';
import { buildView } from '../../src/view/build-view.js';
import { root } from '../helpers/run-cli.js';
import { pageTexts, squash } from './pdf-tools.js';

async function pdfOf(example: string): Promise<string> {
  const loaded = await loadPlan(`${root}examples/${example}.yaml`);
  return squash(pageTexts(await renderPdf(buildView(loaded.plan!, { issues: loaded.issues }))).join(' '));
}

describe('PDF fonts across documents in one process (as in a batch worker)', () => {
  it('keeps every letter of a later document extractable after an earlier one was written', async () => {
    // The first document's subset contains composite letters (é, ő); writing it used to strip the
    // characters from their parts in a shared font, so "e" and "o" vanished from later documents' text.
    await pdfOf('kumanovo-mk');
    expect(await pdfOf('novi-becej-sr')).toContain('Lokalni akcioni plan za inkluziju Roma i Romkinja u opštini Novi Bečej 2026-2029');
    expect(await pdfOf('ostrava-en')).toContain('Local Action Plan for Roma Inclusion of the City of Ostrava 2026-2029');
    expect(await pdfOf('pecs-hu')).toContain('Pécs Megyei Jogú Város Helyi Roma Integrációs Akcióterve 2026-2030');
  });
});
