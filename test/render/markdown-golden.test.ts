import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadPlan } from '../../src/plan/load.js';
import { renderMarkdown } from '../../src/render/markdown/render-markdown.js';
import { buildView } from '../../src/view/build-view.js';
import { structureProblems } from './markdown-structure.js';

/*
 * Golden files: the Markdown of every example, checked in under test/golden/ and compared byte for
 * byte. After an intended change, regenerate them and review the diff like code:
 *
 *   UPDATE_GOLDEN=1 npx vitest run test/render/markdown-golden.test.ts
 */
const root = new URL('../../', import.meta.url);
const examples = readdirSync(new URL('examples/', root)).filter((f) => f.endsWith('.yaml') && !f.endsWith('.progress.yaml')).sort();
const update = process.env['UPDATE_GOLDEN'] === '1';

describe('golden Markdown of the examples', () => {
  it('covers every example', () => {
    expect(examples.length).toBeGreaterThanOrEqual(2);
  });

  it.each(examples)('%s renders to its golden file', async (file) => {
    const loaded = await loadPlan(fileURLToPath(new URL(`examples/${file}`, root)));
    expect(loaded.issues.filter((i) => i.severity === 'error')).toEqual([]);
    const markdown = renderMarkdown(buildView(loaded.plan!, { issues: loaded.issues }));
    const golden = new URL(`test/golden/${file.replace(/\.yaml$/, '.md')}`, root);
    if (update) writeFileSync(golden, markdown);
    expect(existsSync(golden), `no golden file for ${file}: run UPDATE_GOLDEN=1 npx vitest run test/render/markdown-golden.test.ts`).toBe(true);
    expect(markdown).toBe(readFileSync(golden, 'utf8'));
    expect(structureProblems(markdown)).toEqual([]);
    expect(markdown).not.toMatch(/[ \t]$/m);
  });
});
