import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { root } from '../helpers/run-cli.js';

describe('examples/workshop.mjs', () => {
  it('runs against the built package and leaves a plan per participant, a preview, an exercise and a rendered batch', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'roma-plan-workshop-')), 'session');
    const r = spawnSync(process.execPath, [join(root, 'examples', 'workshop.mjs'), out], { cwd: root, encoding: 'utf8', timeout: 120_000 });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('rendered 4 of 4 plans (0 invalid, 0 failed)');
    expect(readdirSync(join(out, 'plans')).sort()).toEqual(['becej.yaml', 'kikinda.yaml', 'pancevo.yaml', 'zrenjanin.yaml']);
    const pancevo = parse(readFileSync(join(out, 'plans', 'pancevo.yaml'), 'utf8')) as { municipality: { name: string }; plan: { status: string } };
    expect(pancevo.municipality.name).toBe('Pančevo');
    expect(pancevo.plan.status).toBe('draft');
    expect(readFileSync(join(out, 'preview.pdf')).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(readFileSync(join(out, 'preview.md'), 'utf8')).toContain('Bečej');
    expect(readFileSync(join(out, 'exercise-answers.md'), 'utf8').match(/^- /gm)).toHaveLength(3);
    const index = readFileSync(join(out, 'rendered', 'index.md'), 'utf8');
    expect(index).toContain('[PDF](zrenjanin.pdf)');
    expect(readdirSync(join(out, 'rendered')).filter((f) => f.endsWith('.pdf'))).toHaveLength(4);
  });
});
