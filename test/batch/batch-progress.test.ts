import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { messagesFor } from '../../src/i18n/index.js';
import { formatMessage } from '../../src/i18n/messages.js';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { Progress } from '../../src/progress/types.js';
import { runCli } from '../helpers/run-cli.js';

describe('batch with progress files beside the plans', () => {
  it('adds the latest year’s status counts and execution rate to report.json and index.md, and merges them', () => {
    const dir = mkdtempSync(join(tmpdir(), 'batch-progress-'));
    const plans = join(dir, 'plans');
    const out = join(dir, 'out');
    // A plans folder with: a plan and its progress, a plan whose progress file is broken, a plan without one.
    mkdirSync(plans);
    for (const f of ['pecs-hu.yaml', 'pecs-hu.progress.yaml', 'ostrava-en.yaml', 'kumanovo-mk.yaml']) copyFileSync(join('examples', f), join(plans, f));
    writeFileSync(join(plans, 'ostrava-en.progress.yaml'), 'schemaVersion: 1\nplan: { file: ostrava-en.yaml }\nyears:\n  - year: 2027\n    measures:\n      - { measure: no-such-measure, status: on-track }\n');

    const r = runCli(['batch', plans, '--out', out, '--format', 'md', '--jobs', '1']);
    expect(r.status).toBe(0);
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as { plans: { file: string; progress: Record<string, unknown> | null; issues: { code: string }[] }[] };
    const byName = (name: string) => report.plans.find((p) => p.file.endsWith(name))!;

    const progress = parse(readFileSync('examples/pecs-hu.progress.yaml', 'utf8')) as Progress;
    const latest = progress.years.at(-1)!;
    const count = (status: string) => latest.measures.filter((m) => m.status === status).length;
    const pecs = byName('pecs-hu.yaml').progress as { year: number; statuses: Record<string, number>; plannedToDate: number; spentToDate: number; executionRate: number; text: Record<string, string> };
    expect(pecs.year).toBe(latest.year);
    expect(pecs.statuses).toEqual({ 'not-started': count('not-started'), 'on-track': count('on-track'), delayed: count('delayed'), completed: count('completed'), cancelled: count('cancelled'), 'not-reported': 22 - latest.measures.length });
    const spent = progress.years.flatMap((y) => y.measures.flatMap((m) => (m.spent ?? []).map((s) => s.amount))).reduce((a, b) => a + b, 0);
    expect(pecs.spentToDate).toBe(spent);
    expect(pecs.executionRate).toBeCloseTo(spent / pecs.plannedToDate, 12);
    // The same figures as the annual report shows.
    const md = runCli(['report', 'examples/pecs-hu.yaml', 'examples/pecs-hu.progress.yaml', '--out', '-']).stdout;
    expect(md).toContain(pecs.text['spentToDate']);
    expect(md).toContain(pecs.text['plannedToDate']);

    expect(byName('ostrava-en.yaml').progress).toBeNull();
    expect(byName('ostrava-en.yaml').issues.map((i) => i.code)).toContain('PROGRESS_INVALID');
    expect(byName('kumanovo-mk.yaml').progress).toBeNull();

    const index = readFileSync(join(out, 'index.md'), 'utf8');
    expect(index).toContain('## Implementation progress');
    expect(index).toMatch(new RegExp(`\\| .*pecs-hu\\.yaml \\| ${latest.year} \\| ${count('not-started')} \\| ${count('on-track')} \\| ${count('delayed')} \\| .* \\| ${pecs.text['executionRate']!.replace(/\s/g, '\\s')} \\|`));

    // Shard reports carry the progress through a merge.
    const sharded = join(dir, 'sharded');
    for (const shard of ['1/2', '2/2']) expect(runCli(['batch', plans, '--out', sharded, '--format', 'md', '--jobs', '1', '--shard', shard]).status).toBe(0);
    const merged = runCli(['batch', '--merge', join(sharded, 'report.shard-1-of-2.json'), join(sharded, 'report.shard-2-of-2.json'), '--out', sharded]);
    expect(merged.status).toBe(0);
    const mergedReport = JSON.parse(readFileSync(join(sharded, 'report.json'), 'utf8')) as typeof report;
    expect(mergedReport.plans.find((p) => p.file.endsWith('pecs-hu.yaml'))!.progress).toEqual(pecs);
  });

  it('reads the progress files from another folder with --progress', () => {
    const dir = mkdtempSync(join(tmpdir(), 'batch-progress-dir-'));
    const plans = join(dir, 'plans');
    const reports = join(dir, 'reports');
    mkdirSync(plans);
    mkdirSync(reports);
    copyFileSync('examples/pecs-hu.yaml', join(plans, 'pecs-hu.yaml'));
    copyFileSync('examples/ostrava-en.yaml', join(plans, 'ostrava-en.yaml'));
    writeFileSync(join(reports, 'pecs-hu.progress.yaml'), readFileSync('examples/pecs-hu.progress.yaml', 'utf8').replace('file: pecs-hu.yaml', 'file: ../plans/pecs-hu.yaml'));
    const out = join(dir, 'out');
    const r = runCli(['batch', plans, '--out', out, '--format', 'md', '--jobs', '1', '--progress', reports, '--lang', 'hu']);
    expect(r.status).toBe(0);
    // The progress table of index.md in the language asked for, with the annual report's words.
    const index = readFileSync(join(out, 'index.md'), 'utf8');
    expect(index).toContain(`## ${formatMessage('hu', 'batch.index.progress.title')}`);
    expect(index).toContain(`| ${messagesFor('hu').followUp.report.statusNotStarted} |`);
    expect(index).not.toContain('Not started');
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as { options: { progressDir?: string }; plans: { file: string; progress: { year: number } | null }[] };
    expect(report.plans.find((p) => p.file.endsWith('pecs-hu.yaml'))!.progress?.year).toBe(2027);
    expect(report.plans.find((p) => p.file.endsWith('ostrava-en.yaml'))!.progress).toBeNull();
    expect(report.options.progressDir).toBe(reports);

    const missing = runCli(['batch', plans, '--out', join(dir, 'out2'), '--format', 'md', '--progress', join(dir, 'nope')]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('nope');
  });
});
