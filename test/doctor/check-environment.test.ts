import { chmodSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { COMMON_SAMPLE, checkFonts, LANGUAGE_SAMPLES, PDF_FONT_FILES } from '../../src/doctor/check-fonts.js';
import { checkRendering, checkSchemaFile } from '../../src/doctor/check-resources.js';
import { checkLocales, checkNode, checkOutputDir } from '../../src/doctor/check-system.js';
import { planSchema } from '../../src/plan/schema.js';
import { minimalYaml } from '../helpers/minimal-plan.js';

const require = createRequire(import.meta.url);
const dejavu = (file: string): string => require.resolve(`dejavu-fonts-ttf/ttf/${file}`);
const dir = mkdtempSync(join(tmpdir(), 'roma-plan-doctor-'));
const file = (name: string, content: string): string => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('doctor: Node.js and locale data', () => {
  it.each([
    ['20.19.0', true],
    ['v20.20.2', true],
    ['22.0.0', true],
    ['24.11.1', true],
    ['20.18.3', false],
    ['18.20.8', false],
    ['v16.0.0', false],
  ])('judges Node %s against engines (ok: %s)', async (version, ok) => {
    const r = await checkNode(version);
    expect(r.ok).toBe(ok);
    if (!ok) expect(r.fix).toContain('20.19.0');
  });

  it('finds number and date formats for every plan language in this Node', () => {
    expect(checkLocales()).toMatchObject({ id: 'locales', ok: true });
  });
});

describe('doctor: fonts', () => {
  it('has a letter sample for exactly the languages the schema names', () => {
    const tag = (planSchema()['$defs'] as Record<string, { examples: string[] }>)['languageTag']!;
    expect(Object.keys(LANGUAGE_SAMPLES).sort()).toEqual([...tag.examples].sort());
    expect(LANGUAGE_SAMPLES['mk']).toMatch(/ѓ/);
    expect(LANGUAGE_SAMPLES['sr-Cyrl']).toMatch(/џ/);
  });

  it('finds the bundled DejaVu faces and their coverage of every plan language', async () => {
    const [fonts, coverage] = await checkFonts();
    expect(fonts).toMatchObject({ id: 'fonts', ok: true });
    expect(fonts!.detail).toContain(PDF_FONT_FILES[0]);
    expect(coverage).toMatchObject({ id: 'font-coverage', ok: true });
  });

  it('names the letters a face lacks, and for which language', async () => {
    // DejaVu's maths face has Cyrillic, but not the Macedonian and Serbian letters.
    const [, coverage] = await checkFonts({ fontFiles: [dejavu('DejaVuSans.ttf'), dejavu('DejaVuMathTeXGyre.ttf')] });
    expect(coverage!.ok).toBe(false);
    expect(coverage!.detail).toMatch(/DejaVuMathTeXGyre\.ttf lacks .*ѓ.*\(mk\)/);
    expect(coverage!.detail).toMatch(/\(sr-Cyrl\)/);
    expect(coverage!.detail).not.toMatch(/DejaVuSans\.ttf lacks/);
    expect(coverage!.fix).toContain('empty boxes');
    expect(COMMON_SAMPLE).toContain('€');
  });

  it('reports a missing or broken font file with what to do', async () => {
    const [fonts, coverage] = await checkFonts({ fontFiles: [join(dir, 'gone.ttf'), file('not-a-font.ttf', 'hello')] });
    expect(fonts!.ok).toBe(false);
    expect(fonts!.detail).toContain('gone.ttf is missing');
    expect(fonts!.detail).toContain('not-a-font.ttf is not a font file');
    expect(fonts!.fix).toMatch(/Reinstall/);
    expect(coverage!.ok).toBe(false);
  });
});

describe('doctor: schema and rendering', () => {
  it('accepts the published schema', async () => {
    expect(await checkSchemaFile()).toMatchObject({ id: 'schema', ok: true });
  });

  it.each([
    ['not JSON', '{ "type": ', /not valid JSON/],
    ['a typo in a keyword (strict mode)', '{ "type": "object", "minLenght": 1 }', /does not compile/],
    ['a schema that rejects a real plan', '{ "type": "array" }', /rejects the sample plan/],
  ])('fails on %s', async (_name, content, detail) => {
    const r = await checkSchemaFile({ schemaFile: file(`schema-${content.length}.json`, content) });
    expect(r.ok).toBe(false);
    expect(r.detail).toMatch(detail);
    expect(r.fix).toBeTruthy();
  });

  it('renders the sample plan to Markdown and PDF', async () => {
    const results = await checkRendering({ samplePlan: file('minimal.yaml', minimalYaml) });
    expect(results.map((r) => [r.id, r.ok])).toEqual([
      ['templates', true],
      ['pdf', true],
    ]);
  });

  it('reports a broken template by name', async () => {
    const templates = join(dir, 'templates');
    mkdirSync(templates, { recursive: true });
    writeFileSync(join(templates, 'cover.md.hbs'), '# {{#if meta.title}}never closed\n');
    const [t, pdf] = await checkRendering({ templateDir: templates, samplePlan: file('minimal-2.yaml', minimalYaml) });
    expect(t!.ok).toBe(false);
    expect(t!.detail).toContain('cover.md.hbs');
    expect(pdf!.ok).toBe(true);
  });

  it('says so when the sample plan itself is broken', async () => {
    const results = await checkRendering({ samplePlan: file('broken.yaml', minimalYaml.replace('status: draft', 'status: drafted')) });
    expect(results.every((r) => !r.ok && r.detail.includes('INVALID_VALUE'))).toBe(true);
  });
});

describe('doctor: output folder', () => {
  it('writes and removes a probe file, leaving the folder as it was', async () => {
    const out = join(dir, 'out');
    mkdirSync(out);
    expect(await checkOutputDir(out)).toMatchObject({ ok: true, detail: `${out} is writable` });
    expect(readdirSync(out)).toEqual([]);
  });

  it('accepts a folder that does not exist yet, without creating it', async () => {
    const out = join(dir, 'later', 'deeper');
    expect(await checkOutputDir(out)).toMatchObject({ ok: true, detail: expect.stringContaining('will be created') });
    expect(readdirSync(dir)).not.toContain('later');
  });

  it('refuses a file, and a folder below a file', async () => {
    const plain = file('plain.txt', 'x');
    expect(await checkOutputDir(plain)).toMatchObject({ ok: false, detail: expect.stringContaining('is a file, not a folder'), fix: expect.stringContaining('--out') });
    expect(await checkOutputDir(join(plain, 'sub'))).toMatchObject({ ok: false, detail: expect.stringContaining('is not a folder') });
  });

  it.skipIf(process.getuid?.() === 0)('refuses a read-only folder (skipped as root, which can write anywhere)', async () => {
    const ro = join(dir, 'read-only');
    mkdirSync(ro);
    chmodSync(ro, 0o555);
    try {
      expect(await checkOutputDir(ro)).toMatchObject({ ok: false, detail: expect.stringContaining('permission denied') });
    } finally {
      chmodSync(ro, 0o755);
    }
  });
});
