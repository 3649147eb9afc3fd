import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { mergeReportFiles } from '../../src/batch/merge-reports.js';
import { runBatch } from '../../src/batch/run-batch.js';
import type { BatchReport } from '../../src/batch/types.js';
import { INVALID_PLAN, planTree } from './plan-tree.js';

describe('sharding a batch and merging the reports', () => {
  let dir: string;
  let whole: BatchReport;
  const parts: BatchReport[] = [];
  const shardOut = () => join(dir, 'sharded');
  const reportOf = (i: number, n: number) => join(shardOut(), `report.shard-${i}-of-${n}.json`);

  beforeAll(async () => {
    dir = planTree({
      'a.yaml': 'example:ostrava-en',
      'b/a.yaml': 'example:novi-becej-sr',
      'c.yaml': INVALID_PLAN,
      'd.yaml': 'example:kumanovo-mk',
      'e.yaml': 'example:ostrava-en',
    });
    const plans = join(dir, 'plans');
    whole = await runBatch([plans], { outDir: join(dir, 'whole'), formats: ['md'], jobs: 2 });
    // Each shard as it would run on its own machine, all into one folder (or copied together).
    for (let i = 1; i <= 3; i++) parts.push(await runBatch([plans], { outDir: shardOut(), formats: ['md'], jobs: 1, shard: { index: i, count: 3 } }));
  });

  it('splits the plans into disjoint parts that cover the batch', () => {
    const files = parts.map((p) => p.plans.map((x) => x.file));
    expect(files.flat().sort()).toEqual(whole.plans.map((p) => p.file).sort());
    expect(new Set(files.flat()).size).toBe(whole.plans.length);
    expect(files.map((f) => f.length)).toEqual([2, 2, 1]);
    // Each shard names its report so that the shards never overwrite each other's.
    expect(parts.map((p) => p.files)).toEqual([1, 2, 3].map((i) => ({ index: `index.shard-${i}-of-3.md`, report: `report.shard-${i}-of-3.json` })));
    expect(parts[0]!.shard).toMatchObject({ index: 1, count: 3, plans: 5, inputs: expect.stringMatching(/^sha256:[0-9a-f]{16}$/) });
  });

  it('names the outputs of a shard exactly as the whole batch does', () => {
    const outputs = (r: BatchReport) => r.plans.map((p) => [p.file, p.outputs.md]);
    expect(parts.flatMap(outputs).sort()).toEqual(outputs(whole).sort());
  });

  it('merges into the very report.json and index.md of the unsharded batch', async () => {
    const merged = await mergeReportFiles([reportOf(3, 3), reportOf(1, 3), reportOf(2, 3)], shardOut());
    expect(merged.files).toEqual({ index: 'index.md', report: 'report.json' });
    expect(merged.summary).toEqual(whole.summary);
    for (const file of ['report.json', 'index.md']) expect(readFileSync(join(shardOut(), file), 'utf8'), file).toBe(readFileSync(join(dir, 'whole', file), 'utf8'));
    await expect(mergeReportFiles([reportOf(1, 3), reportOf(2, 3), reportOf(3, 3)], shardOut())).rejects.toMatchObject({ code: 'FILE_EXISTS' });
  });

  it('refuses a missing shard, a shard given twice, and reports of different batches', async () => {
    const out = join(dir, 'refused');
    await expect(mergeReportFiles([reportOf(1, 3), reportOf(3, 3)], out)).rejects.toThrow('shard 2 of 3 is missing');
    await expect(mergeReportFiles([reportOf(1, 3), reportOf(1, 3), reportOf(2, 3), reportOf(3, 3)], out)).rejects.toThrow('shard 1 of 3 is given twice');
    await expect(mergeReportFiles([join(dir, 'whole', 'report.json')], out)).rejects.toThrow('not of a shard');
    const other = await runBatch([join(dir, 'plans', 'a.yaml'), join(dir, 'plans', 'd.yaml')], { outDir: join(dir, 'other'), formats: ['md'], jobs: 1, shard: { index: 2, count: 3 } });
    await expect(mergeReportFiles([reportOf(1, 3), join(dir, 'other', other.files!.report), reportOf(3, 3)], out)).rejects.toThrow('different batches (the lists of plans differ)');
    const tampered = join(dir, 'tampered.json');
    const json = JSON.parse(readFileSync(reportOf(2, 3), 'utf8')) as { plans: unknown[] };
    json.plans.pop();
    writeFileSync(tampered, JSON.stringify(json));
    await expect(mergeReportFiles([reportOf(1, 3), tampered, reportOf(3, 3)], out)).rejects.toThrow(/lists 1 plans/);
  });

  it('links a crafted output name of a shard report as a harmless relative path', async () => {
    const crafted = join(dir, 'crafted.json');
    const json = JSON.parse(readFileSync(reportOf(1, 3), 'utf8')) as { plans: { status: string; outputs: { md?: string } }[] };
    const plan = json.plans.find((p) => p.status === 'rendered' || p.status === 'warnings')!;
    plan.outputs.md = 'javascript:alert(1)#x';
    writeFileSync(crafted, JSON.stringify(json));
    const out = join(dir, 'crafted-out');
    await mergeReportFiles([crafted, reportOf(2, 3), reportOf(3, 3)], out);
    const index = readFileSync(join(out, 'index.md'), 'utf8');
    expect(index).not.toContain('](javascript:');
    expect(index).toContain('](javascript%3Aalert%281%29%23x)');
  });

  it('refuses files that are not batch reports, naming the file and the field', async () => {
    const notJson = join(dir, 'not.json');
    writeFileSync(notJson, 'hello');
    await expect(mergeReportFiles([notJson], dir)).rejects.toMatchObject({ code: 'NOT_A_REPORT', message: expect.stringContaining('not.json is not a batch report: it is not JSON') });
    const wrong = join(dir, 'wrong.json');
    writeFileSync(wrong, JSON.stringify({ version: 1, generator: 'x', shard: null, options: { formats: ['md'], date: null, overrides: [], templateDir: null }, plans: [{ file: 3 }] }));
    await expect(mergeReportFiles([wrong], dir)).rejects.toThrow('plans[0].file should be text');
    await expect(mergeReportFiles([join(dir, 'missing.json')], dir)).rejects.toMatchObject({ code: 'FILE_NOT_FOUND' });
  });
});
