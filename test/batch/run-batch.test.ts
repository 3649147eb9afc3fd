import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync, type Dirent } from 'node:fs';
import { hostname } from 'node:os';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runBatch } from '../../src/batch/run-batch.js';
import type { BatchEvent, BatchReport } from '../../src/batch/types.js';
import { root } from '../helpers/run-cli.js';
import { faultyProcessor, MIXED, planTree } from './plan-tree.js';

/** Every file below a folder, relative and `/`-separated, sorted. */
function listFiles(dir: string): string[] {
  return (readdirSync(dir, { recursive: true, withFileTypes: true }) as Dirent[])
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split('\\').join('/'))
    .sort();
}

beforeAll(() => {
  // The worker threads run the compiled code; `npm test` builds it first.
  if (!existsSync(join(root, 'dist', 'batch', 'worker.js'))) throw new Error('dist/ is missing: run `npm run build` before these tests');
});

describe('runBatch over a folder with valid, invalid, duplicate-named and non-YAML files', () => {
  let dir: string;
  let out: string;
  let report: BatchReport;
  const events: BatchEvent[] = [];

  beforeAll(async () => {
    dir = planTree(MIXED);
    out = join(dir, 'out');
    report = await runBatch([join(dir, 'plans')], { outDir: out, formats: ['md', 'pdf'], jobs: 2 }, { onProgress: (e) => events.push(e) });
  });

  it('renders every valid plan, reports the invalid ones, and stops for neither', () => {
    // The examples may draw warnings as the checks grow: these tests are about rendering, not about them.
    expect(report.summary).toEqual({ plans: 5, rendered: 3, withWarnings: expect.any(Number), invalid: 2, failed: 0, skipped: 0 });
    const status = Object.fromEntries(report.plans.map((p) => [relative(join(dir, 'plans'), p.file).split('\\').join('/'), p.status === 'warnings' ? 'rendered' : p.status]));
    expect(status).toEqual({ 'broken.yaml': 'invalid', 'more/pecs-hu.yaml': 'rendered', 'ostrava-en.yaml': 'rendered', 'pecs-hu.yaml': 'rendered', 'scan.yaml': 'invalid' });
    expect(report.interrupted).toBe(false);
    expect(report.files).toEqual({ index: 'index.md', report: 'report.json' });
  });

  it('writes one output per plan and format, mirroring folders, and nothing else', () => {
    expect(listFiles(out)).toEqual([
      'index.md',
      'more/pecs-hu.md',
      'more/pecs-hu.pdf',
      'ostrava-en.md',
      'ostrava-en.pdf',
      'pecs-hu.md',
      'pecs-hu.pdf',
      'report.json',
    ]);
    for (const pdf of ['pecs-hu.pdf', 'ostrava-en.pdf', 'more/pecs-hu.pdf']) expect(readFileSync(join(out, pdf)).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // The two pecs-hu.yaml files are different plans, and each output is its own plan's.
    expect(readFileSync(join(out, 'pecs-hu.md'), 'utf8')).toContain('Pécs');
    expect(readFileSync(join(out, 'more/pecs-hu.md'), 'utf8')).toContain('Novi Bečej');
  });

  it('reports progress once per plan, with counts', () => {
    expect(events[0]).toEqual({ kind: 'start', total: 5, workers: 2 });
    const done = events.filter((e) => e.kind === 'plan').map((e) => e.done);
    expect(done).toEqual([1, 2, 3, 4, 5]);
  });

  it('writes report.json with every issue, a version and a stable key order', () => {
    const json = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as Record<string, unknown> & { plans: Record<string, unknown>[] };
    expect(Object.keys(json)).toEqual(['version', 'generator', 'shard', 'options', 'summary', 'plans']);
    expect(json['version']).toBe(1);
    expect(json['options']).toEqual({ formats: ['md', 'pdf'], date: null, overrides: [], templateDir: null });
    const [broken, more, , pecs, scan] = json.plans;
    expect(Object.keys(pecs!)).toEqual(['file', 'status', 'municipality', 'country', 'title', 'period', 'planStatus', 'measures', 'budget', 'progress', 'review', 'errors', 'warnings', 'outputs', 'failure', 'issues']);
    expect(pecs).toMatchObject({ status: expect.stringMatching(/^(rendered|warnings)$/), municipality: 'Pécs', country: 'HU', period: { from: 2026, to: 2030 }, planStatus: 'adopted', measures: 22, errors: 0, outputs: { md: 'pecs-hu.md', pdf: 'pecs-hu.pdf' }, failure: null });
    expect(pecs!['budget']).toMatchObject({ total: 1346800000, currency: 'HUF' });
    // The reviewer's checklist score of a valid plan; none for a plan that could not be read.
    expect(pecs!['review']).toEqual({ met: expect.any(Number), partial: expect.any(Number), applicable: 13, percent: expect.any(Number), text: expect.stringMatching(/^\d+\/13 \(\d+\s?%\)$/) });
    expect(more).toMatchObject({ municipality: 'Novi Bečej', outputs: { md: 'more/pecs-hu.md', pdf: 'more/pecs-hu.pdf' } });
    expect(broken).toMatchObject({ status: 'invalid', outputs: { md: null, pdf: null }, budget: null, review: null });
    const issues = broken!['issues'] as Record<string, unknown>[];
    expect(broken!['errors']).toBe(issues.filter((i) => i['severity'] === 'error').length);
    expect(Object.keys(issues[0]!)).toEqual(['severity', 'code', 'path', 'line', 'column', 'message', 'hint', 'params']);
    expect(issues).toContainEqual(expect.objectContaining({ code: 'UNKNOWN_FIELD', path: 'municipalty', line: 4, column: 1 }));
    expect(scan).toMatchObject({ status: 'invalid', errors: 1, issues: [expect.objectContaining({ code: 'BINARY_FILE', line: expect.any(Number), column: expect.any(Number) })] });
    // The source text is for the terminal report only.
    expect(json.plans.filter((p) => 'text' in p)).toEqual([]);
    expect(report.plans[0]!.text).toContain('municipalty');
  });

  it('writes index.md: a row per plan with its facts and links, then what went wrong', () => {
    const index = readFileSync(join(out, 'index.md'), 'utf8');
    expect(index).toMatch(/5 plans: 3 rendered(?: \(\d with warnings\))?, 2 invalid, 0 failed/);
    expect(index).toMatch(/^\| # \| Plan file \|.*\| Warnings \| Review score \| Result \|/m);
    expect(index).toMatch(/\| Pécs \(HU\) \| 2026–2030 \| adopted \| 22 \| [^|]*1[\s,.\u00a0\u202f]?346[\s,.\u00a0\u202f]?800[\s,.\u00a0\u202f]?000[^|]* \| \d+ \| \d+\/13 \(\d+[\s\u00a0]?%\) \| rendered(?: with warnings)? \| \[Markdown\]\(pecs-hu\.md\) · \[PDF\]\(pecs-hu\.pdf\) \|/);
    expect(index).toContain('[Markdown](more/pecs-hu.md) · [PDF](more/pecs-hu.pdf)');
    expect(index).toMatch(/broken\.yaml \|[^\n]*\*\*invalid\*\*: \d+ errors \| – \|/);
    expect(index).toMatch(/scan\.yaml \|[^\n]*\*\*invalid\*\*: 1 error \| – \|/);
    expect(index).toContain('## Plans that were not rendered');
    expect(index).toMatch(/line 4, column 1: \*\*UNKNOWN_FIELD\*\* unknown field \\`municipalty\\`: did you mean \\`municipality\\`\?/);
  });

  it('refuses to overwrite an earlier run without force, and gives the same bytes with it', async () => {
    await expect(runBatch([join(dir, 'plans')], { outDir: out, formats: ['md'], jobs: 1 })).rejects.toMatchObject({ code: 'FILE_EXISTS' });
    const again = join(dir, 'again');
    await runBatch([join(dir, 'plans')], { outDir: again, formats: ['md', 'pdf'], jobs: 2 });
    // Byte for byte, whichever worker happened to render which plan after which other plan.
    for (const file of ['report.json', 'index.md', 'pecs-hu.md', 'more/pecs-hu.md', 'pecs-hu.pdf', 'ostrava-en.pdf', 'more/pecs-hu.pdf']) {
      expect(readFileSync(join(again, file)).equals(readFileSync(join(out, file))), file).toBe(true);
    }
    const forced = await runBatch([join(dir, 'plans')], { outDir: out, formats: ['md'], jobs: 2, force: true });
    expect(forced.summary.rendered).toBe(3);
  });
});

describe('runBatch when a worker misbehaves', () => {
  it('reports a crash, a hang, an exit and a thrown error for those plans, and completes the rest', async () => {
    const dir = planTree({
      'crash.yaml': 'example:pecs-hu',
      'exit.yaml': 'example:pecs-hu',
      'hang.yaml': 'example:pecs-hu',
      'ok-1.yaml': 'example:ostrava-en',
      'ok-2.yaml': 'example:novi-becej-sr',
      'throw.yaml': 'example:pecs-hu',
      'zz-last.yaml': 'example:ostrava-en',
    });
    // The time limit must outlast a real plan on a busy machine (the tests run side by side); only the hang reaches it.
    const report = await runBatch([join(dir, 'plans')], { outDir: join(dir, 'out'), formats: ['md'], jobs: 2, timeoutMs: 6000, processor: faultyProcessor });
    const byName = Object.fromEntries(report.plans.map((p) => [p.file.split(/[\\/]/).pop(), p]));
    expect(byName['crash.yaml']).toMatchObject({ status: 'failed', failure: { code: 'WORKER_CRASHED', message: expect.stringContaining('simulated crash') } });
    expect(byName['exit.yaml']).toMatchObject({ status: 'failed', failure: { code: 'WORKER_CRASHED', message: expect.stringContaining('exited with code 3') } });
    expect(byName['hang.yaml']).toMatchObject({ status: 'failed', failure: { code: 'TIMEOUT', message: expect.stringContaining('6 s') } });
    expect(byName['throw.yaml']).toMatchObject({ status: 'failed', failure: { code: 'RENDER_FAILED', message: 'simulated renderer bug' } });
    for (const ok of ['ok-1.yaml', 'ok-2.yaml', 'zz-last.yaml']) expect(byName[ok]!.status, ok).toMatch(/^(rendered|warnings)$/);
    expect(listFiles(join(dir, 'out'))).toEqual(['index.md', 'ok-1.md', 'ok-2.md', 'report.json', 'zz-last.md']);
    expect(readFileSync(join(dir, 'out', 'index.md'), 'utf8')).toContain('**failed**: TIMEOUT');
  });

  it('fails the whole batch once, not every plan, when the workers cannot start', async () => {
    const dir = planTree({ 'a.yaml': 'example:ostrava-en', 'b.yaml': 'example:ostrava-en', 'c.yaml': 'example:ostrava-en' });
    const processor = new URL('../fixtures/batch/no-such-processor.mjs', import.meta.url);
    await expect(runBatch([join(dir, 'plans')], { outDir: join(dir, 'out'), formats: ['md'], jobs: 2, processor })).rejects.toMatchObject({ code: 'WORKER_START_FAILED' });
    expect(listFiles(join(dir, 'out'))).toEqual([]);
  });

  it('with failFast, stops at the first bad plan and reports the rest as skipped', async () => {
    const dir = planTree({ 'a-broken.yaml': 'not: [a plan', 'b.yaml': 'example:ostrava-en', 'c.yaml': 'example:ostrava-en' });
    const report = await runBatch([join(dir, 'plans')], { outDir: join(dir, 'out'), formats: ['md'], jobs: 1, failFast: true });
    expect(report.plans.map((p) => p.status)).toEqual(['invalid', 'skipped', 'skipped']);
    expect(report.summary).toMatchObject({ invalid: 1, skipped: 2 });
    expect(readFileSync(join(dir, 'out', 'index.md'), 'utf8')).toContain('1 invalid, 0 failed, 2 skipped');
  });

  it('stops cleanly on abort: no report, no temporary or partial files, the rest skipped', async () => {
    const dir = planTree(Object.fromEntries(Array.from({ length: 8 }, (_, i) => [`p${i}.yaml`, 'example:ostrava-en'])));
    const controller = new AbortController();
    const report = await runBatch([join(dir, 'plans')], { outDir: join(dir, 'out'), formats: ['md', 'pdf'], jobs: 2 }, {
      signal: controller.signal,
      onProgress: (e) => {
        if (e.kind === 'plan') controller.abort();
      },
    });
    expect(report.interrupted).toBe(true);
    expect(report.files).toBeNull();
    expect(report.summary.skipped).toBeGreaterThan(0);
    const files = listFiles(join(dir, 'out'));
    expect(files).not.toContain('report.json');
    expect(files.filter((f) => !/^p\d\.(md|pdf)$/.test(f))).toEqual([]);
    // Every output a finished plan has is complete.
    for (const p of report.plans.filter((x) => x.status === 'rendered')) expect(readFileSync(join(dir, 'out', p.outputs.pdf!)).toString('latin1').trimEnd().endsWith('%%EOF')).toBe(true);
  });
});

describe('runBatch options', () => {
  it('applies overrides to every plan and records them', async () => {
    const dir = planTree({ 'a.yaml': 'example:ostrava-en', 'b/a.yaml': 'example:pecs-hu' });
    const report = await runBatch([join(dir, 'plans')], { outDir: join(dir, 'out'), formats: ['md'], jobs: 2, overrides: ['municipality.name=Workshop Town'] });
    expect(report.plans.map((p) => p.summary.municipality)).toEqual(['Workshop Town', 'Workshop Town']);
    expect(readFileSync(join(dir, 'out', 'b', 'a.md'), 'utf8')).toContain('Workshop Town');
    expect(report.options.overrides).toEqual(['municipality.name=Workshop Town']);
  });

  it('does not take the outputs of an earlier run inside the input folder for plans', async () => {
    const dir = planTree({ 'a.yaml': 'example:ostrava-en' });
    const plans = join(dir, 'plans');
    await runBatch([plans], { outDir: join(plans, 'out'), formats: ['md'], jobs: 1 });
    const again = await runBatch([plans], { outDir: join(plans, 'out'), formats: ['md'], jobs: 1, force: true });
    expect(again.plans.map((p) => p.file)).toEqual([join(plans, 'a.yaml')]);
  });

  it('renders Markdown with the templates of a --template folder', async () => {
    const dir = planTree({ 'a.yaml': 'example:ostrava-en', 'templates/plan.md.hbs': 'Custom plan for {{meta.municipality}}\n' });
    const report = await runBatch([join(dir, 'plans', 'a.yaml')], { outDir: join(dir, 'out'), formats: ['md'], jobs: 1, templateDir: join(dir, 'plans', 'templates') });
    expect(report.options.templateDir).toBe(join(dir, 'plans', 'templates'));
    expect(readFileSync(join(dir, 'out', 'a.md'), 'utf8')).toBe('Custom plan for Ostrava\n');
    await expect(runBatch([join(dir, 'plans', 'a.yaml')], { outDir: join(dir, 'out2'), formats: ['md'], templateDir: join(dir, 'nowhere') })).rejects.toMatchObject({ code: 'TEMPLATE_DIR_NOT_FOUND' });
  });

  it('refuses bad requests before doing any work', async () => {
    const dir = planTree({ 'a.yaml': 'example:ostrava-en' });
    const plans = join(dir, 'plans');
    const outDir = join(dir, 'out');
    await expect(runBatch([join(dir, 'nothing-*.yaml')], { outDir, formats: ['md'] })).rejects.toMatchObject({ code: 'USAGE', message: expect.stringContaining('no plan files match') });
    await expect(runBatch(['-'], { outDir, formats: ['md'] })).rejects.toMatchObject({ code: 'USAGE' });
    await expect(runBatch([plans], { outDir, formats: [] })).rejects.toMatchObject({ code: 'USAGE' });
    await expect(runBatch([plans], { outDir, formats: ['md'], jobs: 0 })).rejects.toMatchObject({ code: 'USAGE' });
    await expect(runBatch([plans], { outDir, formats: ['md'], date: '2026-02-30' })).rejects.toMatchObject({ code: 'USAGE' });
    await expect(runBatch([plans], { outDir: join(plans, 'a.yaml'), formats: ['md'] })).rejects.toMatchObject({ code: 'NOT_A_FOLDER' });
    await expect(runBatch([plans], { outDir, formats: ['md'], overrides: ['no-equals-sign'] })).rejects.toMatchObject({ code: 'USAGE' });
    expect(existsSync(join(outDir, 'a.md'))).toBe(false);
  });
});

describe('two batches into one output folder', () => {
  it('lets the first run alone and refuses the second, which changes nothing', async () => {
    const dir = planTree({ 'a.yaml': 'example:ostrava-en', 'b.yaml': 'example:pecs-hu' });
    const out = join(dir, 'out');
    const [first, second] = await Promise.allSettled([
      runBatch([join(dir, 'plans')], { outDir: out, formats: ['md'], jobs: 1 }),
      new Promise((r) => setTimeout(r, 50)).then(() => runBatch([join(dir, 'plans')], { outDir: out, formats: ['md'], jobs: 1 })),
    ]);
    expect(first.status === 'fulfilled' && first.value.summary).toMatchObject({ plans: 2, rendered: 2, failed: 0 });
    expect(second).toMatchObject({ status: 'rejected', reason: { code: 'OUTPUT_LOCKED' } });
    expect(listFiles(out)).toEqual(['a.md', 'b.md', 'index.md', 'report.json']);
  });

  it('takes over the lock of a run whose process is gone', async () => {
    const dir = planTree({ 'a.yaml': 'example:ostrava-en' });
    const out = join(dir, 'out');
    mkdirSync(out);
    writeFileSync(join(out, '.report.json.lock'), `999999\n${hostname()}\n`);
    const report = await runBatch([join(dir, 'plans')], { outDir: out, formats: ['md'], jobs: 1 });
    expect(report.summary).toMatchObject({ rendered: 1 });
    expect(readdirSync(out).sort()).toEqual(['a.md', 'index.md', 'report.json']);
  });
});
