import { describe, expect, it } from 'vitest';
import { checkAnswer } from '../../src/wizard/check-answer.js';
import { minimalPlan } from '../helpers/minimal-plan.js';

const MEASURE = ['areas', 'participation', 'objectives', 0, 'measures', 0] as const;

describe('checkAnswer: one answer, judged by the plan validator', () => {
  it('accepts a valid answer and leaves the draft untouched', () => {
    const draft = minimalPlan();
    const before = structuredClone(draft);
    expect(checkAnswer(draft, ['municipality', 'country'], 'HU')).toEqual([]);
    expect(draft).toEqual(before);
  });

  it('reports a schema problem at the answer with the validator words', () => {
    const [issue, ...rest] = checkAnswer(minimalPlan(), ['municipality', 'country'], 'XX');
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({ code: 'UNKNOWN_COUNTRY', path: 'municipality.country' });
  });

  it('reports a rule problem at the answer', () => {
    expect(checkAnswer(minimalPlan(), [...MEASURE, 'end'], '2025').map((i) => [i.code, i.path])).toEqual([
      ['END_BEFORE_START', 'areas.participation.objectives[0].measures[0].end'],
      ['OUTSIDE_PERIOD', 'areas.participation.objectives[0].measures[0].end'],
    ]);
  });

  it('ignores fields not asked yet, but not an empty answer to this very question', () => {
    expect(checkAnswer({}, ['municipality'], { name: 'Pécs' })).toEqual([]);
    expect(checkAnswer({ municipality: { name: 'Pécs' } }, ['municipality', 'country'], undefined)).toEqual([expect.objectContaining({ code: 'MISSING_FIELD', path: 'municipality.country' })]);
  });

  it('ignores problems elsewhere in the draft', () => {
    const draft = minimalPlan() as unknown as Record<string, unknown>;
    (draft['plan'] as Record<string, unknown>)['status'] = 'final';
    expect(checkAnswer(draft, ['municipality', 'name'], 'Pécs')).toEqual([]);
  });

  it('lets a later question of the same step resolve a rule (pending)', () => {
    const draft = minimalPlan();
    const path = ['municipality', 'population', 'roma'];
    draft.municipality.population = { total: 1000 };
    expect(checkAnswer(draft, path, 100)).toEqual([expect.objectContaining({ code: 'ROMA_SOURCE_MISSING' })]);
    expect(checkAnswer(draft, path, 100, { pending: ['ROMA_SOURCE_MISSING'] })).toEqual([]);
  });
});
