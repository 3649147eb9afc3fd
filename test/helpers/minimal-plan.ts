import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { AreaId } from '../../src/catalogue/types.js';
import type { Indicator, Measure, Plan } from '../../src/plan/types.js';

/** test/fixtures/valid/minimal.yaml: valid, no warnings, seven areas with one measure each. */
export const minimalYamlPath = new URL('../fixtures/valid/minimal.yaml', import.meta.url);
export const minimalYaml = readFileSync(minimalYamlPath, 'utf8');

const parsed = parse(minimalYaml) as Plan;

/** A fresh, deep copy of the minimal plan, to mutate freely in a test. */
export const minimalPlan = (): Plan => structuredClone(parsed);

/** The first measure of an area (the minimal plan has exactly one per area). */
export function measureOf(plan: Plan, area: AreaId = 'participation'): Measure {
  const m = plan.areas[area].objectives?.[0]?.measures[0];
  if (!m) throw new Error(`the plan has no measure in ${area}`);
  return m;
}

export function indicatorOf(plan: Plan, area: AreaId = 'participation'): Indicator {
  const i = measureOf(plan, area).indicators[0];
  if (!i) throw new Error(`the first measure of ${area} has no indicator`);
  return i;
}

/** `measurePath('health', 'end')` -> `areas.health.objectives[0].measures[0].end` */
export const measurePath = (area: AreaId, ...rest: string[]): string => [`areas.${area}.objectives[0].measures[0]`, ...rest].join('.').replace(/\.\[/g, '[');
