import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { loadPlan } from '../../src/plan/load.js';
import { renderPdf } from '../../src/render/pdf/render-pdf.js';
import { buildView } from '../../src/view/build-view.js';

/** The file's objects by number, as written (the structure objects are not compressed). */
function objects(bytes: Uint8Array): Map<number, string> {
  const raw = Buffer.from(bytes).toString('latin1');
  const out = new Map<number, string>();
  for (const m of raw.matchAll(/(?:^|\n)(\d+) 0 obj\n([^]*?)\nendobj/g)) out.set(Number(m[1]), m[2]!);
  return out;
}

const ref = (body: string, key: string): number | undefined => {
  const m = new RegExp(`/${key} (\\d+) 0 R`).exec(body);
  return m ? Number(m[1]) : undefined;
};

/** A page's content stream, inflated. */
function content(all: Map<number, string>, page: string): string {
  const body = all.get(ref(page, 'Contents')!)!;
  const start = body.indexOf('stream\n') + 'stream\n'.length;
  const length = Number(/\/Length (\d+)/.exec(body)![1]);
  return inflateSync(Buffer.from(body.slice(start, start + length), 'latin1')).toString('latin1');
}

/**
 * What pdfinfo -struct-text cannot show: the way back from the page to the structure. A screen
 * reader finds the element of what is under the cursor through the parent tree, so every
 * marked-content sequence on every page, and every link, must map to the element that claims it.
 */
describe('the structure tree of the tagged PDF', () => {
  it('maps every marked-content sequence and every link to the element that has it, and every element to its parent', async () => {
    const loaded = await loadPlan(new URL('../../examples/ostrava-en.yaml', import.meta.url).pathname);
    const all = objects(await renderPdf(buildView(loaded.plan!, { issues: loaded.issues })));

    const [rootId, root] = [...all].find(([, b]) => b.includes('/Type /StructTreeRoot'))!;
    const nums = all.get(ref(root, 'ParentTree')!)!;
    const parents = new Map<number, number[] | number>();
    for (const m of nums.matchAll(/\n(\d+) (?:\[([^\]]*)\]|(\d+) 0 R)/g)) {
      parents.set(Number(m[1]), m[2] !== undefined ? [...m[2].matchAll(/(\d+) 0 R/g)].map((r) => Number(r[1])) : Number(m[3]));
    }
    expect(Number(/\/ParentTreeNextKey (\d+)/.exec(root)![1])).toBe(parents.size);

    const elements = new Map([...all].filter(([, b]) => b.startsWith('<</S /')));
    expect(elements.size).toBeGreaterThan(1000);
    const kids = (id: number): string => /\/K (\[[^]*\]|\d+ 0 R|\d+|<<[^]*>>)>>$/.exec(elements.get(id)!)?.[1] ?? '';

    // Every element's parent is the root or an element that lists it among its kids.
    for (const [id, body] of elements) {
      const parent = ref(body, 'P')!;
      if (parent !== rootId) expect(kids(parent), `element ${id} under ${parent}`).toMatch(new RegExp(`(^|[\\[ ])${id} 0 R`));
    }

    // Every page's MCIDs, in order, belong to the elements the parent tree names for them.
    let sequences = 0;
    for (const [pageId, page] of [...all].filter(([, b]) => /^<<\n\/Type \/Page\n/.test(b))) {
      const mcids = [...content(all, page).matchAll(/<<\/MCID (\d+)>> BDC/g)].map((m) => Number(m[1]));
      const key = /\/StructParents (\d+)/.exec(page);
      if (key === null) {
        expect(mcids).toEqual([]);
        continue;
      }
      const owners = parents.get(Number(key[1]));
      expect(Array.isArray(owners)).toBe(true);
      expect(mcids).toEqual((owners as number[]).map((_, i) => i));
      (owners as number[]).forEach((owner, mcid) => {
        const body = elements.get(owner)!;
        const bare = ref(body, 'Pg') === pageId && new RegExp(`(^|[\\[ ])${mcid}($|[\\] ])`).test(kids(owner));
        const mcr = kids(owner).includes(`<</Type /MCR /Pg ${pageId} 0 R /MCID ${mcid}>>`);
        expect(bare || mcr, `page ${pageId} MCID ${mcid} in element ${owner}`).toBe(true);
      });
      sequences += mcids.length;
    }
    expect(sequences).toBeGreaterThan(1000);

    // Every link annotation belongs to a Link element that refers to it.
    const links = [...all].filter(([, b]) => b.includes('/Subtype /Link'));
    expect(links.length).toBeGreaterThan(10);
    for (const [id, body] of links) {
      const owner = parents.get(Number(/\/StructParent (\d+)/.exec(body)![1]));
      expect(typeof owner).toBe('number');
      expect(elements.get(owner as number)).toMatch(/^<<\/S \/Link /);
      expect(kids(owner as number)).toContain(`<</Type /OBJR /Obj ${id} 0 R`);
    }
  });
});
