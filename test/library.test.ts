import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { root } from './helpers/run-cli.js';

describe("the library, imported as 'roma-plan'", () => {
  it('loads, validates and lists the catalogue from the built package', () => {
    const script = `
      import { loadPlan, loadPlanText, validatePlan, catalogue } from 'roma-plan';
      const loaded = await loadPlan('examples/ostrava-en.yaml');
      const broken = loadPlanText('schemaVersion: 1\\nlanguage: en\\n', 'inline.yaml');
      const direct = validatePlan({ ...loaded.plan, currency: 'XXX1' });
      console.log(JSON.stringify({
        ok: loaded.ok,
        municipality: loaded.plan.municipality.name,
        brokenCodes: [...new Set(broken.issues.map((i) => i.code))],
        directCodes: direct.issues.filter((i) => i.severity === 'error').map((i) => i.code),
        areas: catalogue.areas.length,
        goals: catalogue.goals.length,
      }));`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout);
    expect(out).toEqual({ ok: true, municipality: 'Ostrava', brokenCodes: ['MISSING_FIELD'], directCodes: ['UNKNOWN_CURRENCY'], areas: 7, goals: 10 });
  });
});
