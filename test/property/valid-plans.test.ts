// Generated valid plans always validate, whatever their language, size or text, and mean the same
// whether they are held in memory, written as YAML or written as JSON.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { loadPlanText } from '../../src/plan/load.js';
import { validatePlan } from '../../src/plan/validate.js';
import { LANGUAGES, validPlan, type Language } from './arbitraries.js';
import { errorsOf, essence, expectLocated, expectWellFormed } from './expect-issues.js';

const languages = Object.keys(LANGUAGES) as Language[];

// Property runs are CPU-bound; a busy CI machine must not turn a slow pass into a failure.
describe('generated valid plans', { timeout: 180_000 }, () => {
  it.each(languages)('in %s always validate without errors (0-20 measures)', (lang) => {
    fc.assert(
      fc.property(validPlan({ minMeasures: 0, maxMeasures: 20 }, [lang]), (plan) => {
        const result = validatePlan(plan);
        expect(errorsOf(result.issues)).toEqual([]);
        expect(result.ok).toBe(true);
        expectWellFormed(result.issues);
      }),
      { numRuns: 60 },
    );
  });

  it('with 200-300 measures validate too', () => {
    fc.assert(
      fc.property(validPlan({ minMeasures: 200, maxMeasures: 300 }), (plan) => {
        expect(errorsOf(validatePlan(plan).issues)).toEqual([]);
      }),
      { numRuns: 6 },
    );
  });

  it('mean the same written as YAML (1.2 or 1.1-compatible) or JSON and loaded back', () => {
    fc.assert(
      fc.property(validPlan({ minMeasures: 0, maxMeasures: 10 }), fc.boolean(), (plan, yaml11) => {
        const inMemory = validatePlan(plan);
        const asYaml = stringify(plan, yaml11 ? { compat: 'yaml-1.1' } : {});
        for (const text of [asYaml, JSON.stringify(plan, null, 2)]) {
          const loaded = loadPlanText(text, 'plan.yaml');
          expect(loaded.ok).toBe(true);
          expect(loaded.data).toEqual(plan);
          expect(essence(loaded.issues)).toEqual(essence(inMemory.issues));
          expectLocated(loaded.issues, text);
        }
      }),
      { numRuns: 120 },
    );
  });
});
