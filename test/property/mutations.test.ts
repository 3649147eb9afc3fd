// Valid plans broken the ways real files break (fields deleted, wrong types, numbers out of range,
// unknown and __proto__ keys, ids repeated or shuffled) always give well-formed issues and never an
// exception; from YAML text every issue also has a line and a column.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { loadPlanText } from '../../src/plan/load.js';
import { validatePlan } from '../../src/plan/validate.js';
import { mutationArb, mutations, validPlan } from './arbitraries.js';
import { errorsOf, essence, expectLocated, expectWellFormed } from './expect-issues.js';

const mutated = fc.tuple(validPlan({ minMeasures: 0, maxMeasures: 10 }), mutationArb).map(([plan, steps]) => {
  const data = structuredClone(plan) as unknown;
  for (const [m, pick] of steps) mutations[m]!.apply(data, pick);
  return { data, names: steps.map(([m]) => mutations[m]!.name), breaks: mutations[steps.at(-1)![0]]!.breaks };
});

// Property runs are CPU-bound; a busy CI machine must not turn a slow pass into a failure.
describe('mutated plans', { timeout: 180_000 }, () => {
  it('give well-formed issues, and errors when the last mutation breaks the plan', () => {
    const seen = new Map<string, number>();
    fc.assert(
      fc.property(mutated, ({ data, names, breaks }) => {
        for (const n of names) seen.set(n, (seen.get(n) ?? 0) + 1);
        const result = validatePlan(data);
        expectWellFormed(result.issues);
        if (breaks) expect(errorsOf(result.issues).length, `${names.at(-1)} left the plan valid`).toBeGreaterThan(0);
        expect(result.ok).toBe(errorsOf(result.issues).length === 0);
      }),
      { numRuns: 1500 },
    );
    for (const m of mutations) expect(seen.get(m.name) ?? 0, m.name).toBeGreaterThan(100);
  });

  it('written as YAML, give the same issues, each with a line and a column', () => {
    fc.assert(
      fc.property(mutated, ({ data }) => {
        const result = validatePlan(data);
        const text = stringify(data);
        const loaded = loadPlanText(text, 'plan.yaml');
        expectWellFormed(loaded.issues);
        expectLocated(loaded.issues, text);
        expect(loaded.ok).toBe(result.ok);
        expect(essence(loaded.issues)).toEqual(essence(result.issues));
      }),
      { numRuns: 250 },
    );
  });

  it('never pollute Object.prototype', () => {
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});
