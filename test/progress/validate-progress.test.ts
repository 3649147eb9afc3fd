import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { planDigest } from '../../src/progress/plan-digest.js';
import { loadProgress } from '../../src/progress/load.js';
import { validateProgress } from '../../src/progress/validate.js';
import { minimalPlan } from '../helpers/minimal-plan.js';
import { root } from '../helpers/run-cli.js';

type Entry = Record<string, unknown>;
const progress = (measures: Entry[], year = 2026, extra: Entry = {}) => ({ schemaVersion: 1, plan: { file: 'minimal.yaml', ...extra }, years: [{ year, measures }] });
const codes = (data: unknown) => {
  const plan = minimalPlan();
  return validateProgress(data, plan, plan).issues.map((i) => `${i.severity} ${i.code} ${i.path}`);
};

describe('a progress file checked against its plan', () => {
  it.each([
    ['a plain report', progress([{ measure: 'par-1-1', status: 'completed', spent: [{ type: 'municipal', amount: 6000 }], indicators: [{ indicator: 1, value: 1 }] }]), []],
    ['a measure by number', progress([{ measure: '1.1.1', status: 'on-track' }]), []],
    ['an unknown measure', progress([{ measure: 'par-1-2', status: 'on-track' }]), ['error UNKNOWN_MEASURE years[0].measures[0].measure']],
    ['a year outside the period', progress([], 2031), ['error YEAR_OUTSIDE_PERIOD years[0].year']],
    ['spending above plan', progress([{ measure: 'par-1-1', status: 'on-track', spent: [{ type: 'municipal', amount: 6001 }] }]), ['warning SPENT_ABOVE_PLAN years[0].measures[0].spent']],
    ['a source the plan does not use', progress([{ measure: 'par-1-1', status: 'on-track', spent: [{ type: 'eu', amount: 10 }] }]), ['warning UNPLANNED_SOURCE years[0].measures[0].spent[0].type']],
    ['completed far from target', progress([{ measure: 'emp-1-1', status: 'completed', indicators: [{ indicator: 'People counselled', value: 40 }] }]), ['warning COMPLETED_FAR_FROM_TARGET years[0].measures[0].indicators[0].value']],
    ['text for a number', progress([{ measure: 'par-1-1', status: 'on-track', indicators: [{ indicator: 1, value: '1 person' }] }]), ['error WRONG_TYPE years[0].measures[0].indicators[0].value']],
    ['a percentage above 100', progress([{ measure: 'hea-1-1', status: 'on-track', indicators: [{ indicator: 1, value: 120 }] }]), ['error VALUE_OUT_OF_KIND years[0].measures[0].indicators[0].value']],
    ['an unknown indicator', progress([{ measure: 'par-1-1', status: 'on-track', indicators: [{ indicator: 2, value: 1 }] }]), ['error UNKNOWN_INDICATOR years[0].measures[0].indicators[0].indicator']],
    ['more Roma than people', progress([{ measure: 'par-1-1', status: 'on-track', reached: { total: 5, roma: 6 } }]), ['error REACHED_ABOVE_TOTAL years[0].measures[0].reached.roma']],
    ['a delay without a reason', progress([{ measure: 'par-1-1', status: 'delayed' }]), ['warning DEVIATION_UNEXPLAINED years[0].measures[0].status']],
    ['the same measure twice', progress([{ measure: 'par-1-1', status: 'on-track' }, { measure: '1.1.1', status: 'on-track' }]), ['error DUPLICATE_MEASURE years[0].measures[1].measure']],
    ['a misspelt status', progress([{ measure: 'par-1-1', status: 'ontrack' }]), ['error INVALID_VALUE years[0].measures[0].status']],
    ['a changed plan', progress([], 2026, { digest: `sha256:${'0'.repeat(64)}` }), ['warning PLAN_CHANGED plan.digest']],
  ])('%s', (_name, data, expected) => {
    expect(codes(data)).toEqual(expected);
  });

  it('accepts the digest of the plan it reports on', () => {
    const plan = minimalPlan();
    expect(validateProgress(progress([], 2026, { digest: planDigest(plan) }), plan, plan).issues).toEqual([]);
  });

  it('suggests the measure meant', () => {
    const plan = minimalPlan();
    const [issue] = validateProgress(progress([{ measure: 'par-1-l', status: 'on-track' }]), plan, plan).issues;
    expect(issue?.message).toContain('did you mean `par-1-1`?');
  });
});

describe('the example progress files', () => {
  it.each(['pecs-hu', 'ostrava-en'])('%s is valid against its plan, without warnings, with two years', async (name) => {
    const loaded = await loadProgress(`${root}examples/${name}.progress.yaml`);
    expect(loaded.issues).toEqual([]);
    expect(loaded.progress?.years.map((y) => y.year)).toEqual([2026, 2027]);
    const data = parse(readFileSync(`${root}examples/${name}.yaml`, 'utf8'));
    expect(loaded.progress?.plan.digest).toBe(planDigest(data));
  });

  it('pecs-hu has delays and a community assessment that disagrees with the official one', async () => {
    const loaded = await loadProgress(`${root}examples/pecs-hu.progress.yaml`);
    const measures = loaded.progress!.years.flatMap((y) => y.measures);
    expect(measures.some((m) => m.status === 'delayed')).toBe(true);
    expect(measures.some((m) => m.community && m.community.rating !== m.status)).toBe(true);
  });
});
