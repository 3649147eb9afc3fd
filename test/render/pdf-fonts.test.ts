import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
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

describe('combining marks and ligatures in the PDF text', () => {
  it('keeps a mark placed off the line and the letters of a ligature in the extracted text', async () => {
    const loaded = await loadPlan(`${root}examples/ostrava-en.yaml`);
    loaded.plan!.plan.title = 'Combining Pe\u0301cs and A\u030Ar office';
    const text = pageTexts(await renderPdf(buildView(loaded.plan!, { issues: loaded.issues })))[0]!;
    // pdftotext puts a space after a mark that has a position of its own, as with pdfkit's text().
    expect(text.replace(/\s+/g, '')).toContain('CombiningPe\u0301csandA\u030Aroffice');
  });
});

describe('a PDF does not depend on what the process drew before', () => {
  // Each run is a fresh process with the built library, as `render` and a batch worker are.
  const render = (first: string | undefined): string => {
    const script = `
      import { createHash } from 'node:crypto';
      const lib = await import(${JSON.stringify(`${root}dist/index.js`)});
      const pdf = async (title) => {
        const loaded = await lib.loadPlan(${JSON.stringify(`${root}examples/ostrava-en.yaml`)});
        loaded.plan.plan.title = title;
        return lib.renderPdf(lib.buildView(loaded.plan, { issues: loaded.issues }));
      };
      ${first === undefined ? '' : `await pdf(${JSON.stringify(first)});`}
      process.stdout.write(createHash('sha256').update(await pdf('Office staff fit for the final fine-tuning')).digest('hex'));
    `;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', timeout: 60_000 });
    expect(r.stderr).toBe('');
    return r.stdout;
  };

  it('gives the same bytes in a fresh process and after other documents with the same glyphs made otherwise', () => {
    // "ﬁ" (one character) and "fi" (two) are drawn with the same ligature glyph; fontkit remembers
    // the characters of a glyph's first use, which must not leak into the next document's text.
    const alone = render(undefined);
    expect(alone).toMatch(/^[0-9a-f]{64}$/);
    expect(render('ﬁnal ﬁgures, oﬃce staﬀ')).toBe(alone);
  });
});
