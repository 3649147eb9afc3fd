import { describe, expect, it } from 'vitest';
import { missingAnswers, unanswerable } from '../../src/wizard/missing.js';
import { minimalPlan } from '../helpers/minimal-plan.js';

describe('missingAnswers: what a plan still needs, field by field', () => {
  it('lists every required field of an empty plan, inside the sections', () => {
    const paths = missingAnswers(undefined).map((i) => i.path);
    expect(paths).toEqual(
      expect.arrayContaining(['language', 'currency', 'plan.title', 'plan.period.from', 'plan.period.to', 'plan.status', 'municipality.name', 'municipality.country', 'governance.coordinator.role', 'participation[0].date', 'participation[0].format', 'participation[0].participants.total', 'monitoring.body', 'monitoring.frequency', 'monitoring.reportTo']),
    );
    for (const area of ['participation', 'employment', 'health', 'culture', 'education', 'birth-registration', 'living-conditions']) expect(paths).toContain(`areas.${area}.applicable`);
    expect(paths).not.toContain('schemaVersion');
  });

  it('is empty for a valid plan, and names wrong values and rule problems too', () => {
    expect(missingAnswers(minimalPlan())).toEqual([]);
    const plan = minimalPlan();
    plan.areas.health = { applicable: true };
    (plan.municipality as { country: string }).country = 'Serbia';
    expect(missingAnswers(plan).map((i) => i.code)).toEqual(expect.arrayContaining(['NO_OBJECTIVES', 'UNKNOWN_COUNTRY']));
  });
});

describe('unanswerable: problems no question can fix', () => {
  it('finds unknown fields, unknown goals and sections of the wrong type', () => {
    expect(unanswerable({ mayor: 'X' }).map((i) => i.code)).toEqual(['UNKNOWN_FIELD']);
    expect(unanswerable({ goals: { peace: { priority: 'high' } } }).map((i) => i.code)).toEqual(['UNKNOWN_GOAL']);
    expect(unanswerable({ municipality: 'Pécs' }).map((i) => i.code)).toEqual(['WRONG_TYPE']);
  });

  it('leaves what the wizard asks about to the wizard', () => {
    const plan = minimalPlan() as unknown as { areas: { participation: { objectives: { measures: { goals: string[] }[] }[] } } };
    plan.areas.participation.objectives[0]!.measures[0]!.goals = ['peace'];
    expect(unanswerable(plan)).toEqual([]);
    expect(unanswerable({ municipality: { name: 'Pécs', country: 'XX' } })).toEqual([]);
    expect(unanswerable(undefined)).toEqual([]);
  });
});
