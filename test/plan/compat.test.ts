import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadPlanText } from '../../src/index.js';
import { root } from '../helpers/run-cli.js';

// Copies of the example plans as they were before the plan format gained legal basis, risks,
// cross-cutting commitments, funding status, outcome indicators, targets and full monitoring.
// The format grows compatibly: each must stay valid (new warnings are allowed).
const dir = `${root}test/fixtures/compat/`;

describe('plans written for an earlier version of the format', () => {
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.yaml'))) {
    it(`${file} still validates`, () => {
      const result = loadPlanText(readFileSync(dir + file, 'utf8'), file);
      expect(result.issues.filter((i) => i.severity === 'error')).toEqual([]);
      expect(result.ok).toBe(true);
    });
  }
});
