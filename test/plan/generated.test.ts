import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { root } from '../helpers/run-cli.js';
import { AREA_IDS, CROSS_CUTTING_IDS, EU_OBJECTIVE_IDS, GOAL_IDS, TARGET_IDS } from '../../src/catalogue/types.js';
import { targets } from '../../src/catalogue/targets.js';
import { catalogue } from '../../src/catalogue/index.js';
// @ts-expect-error plain JavaScript build script without types
import { generateOutputs, generateProgressOutputs } from '../../scripts/gen-lib.mjs';

const schema = JSON.parse(readFileSync(`${root}schemas/plan.schema.json`, 'utf8'));

describe('code generated from the schema', () => {
  it('is up to date (run `npm run gen` after editing schemas/plan.schema.json)', async () => {
    const outputs = (await generateOutputs(schema)) as Record<string, string>;
    for (const [file, text] of Object.entries(outputs)) {
      expect(readFileSync(`${root}${file}`, 'utf8'), file).toBe(text);
    }
  });
  it('is up to date for the progress schema (schemas/progress.schema.json)', async () => {
    const progressSchema = JSON.parse(readFileSync(`${root}schemas/progress.schema.json`, 'utf8'));
    const outputs = (await generateProgressOutputs(progressSchema)) as Record<string, string>;
    for (const [file, text] of Object.entries(outputs)) {
      expect(readFileSync(`${root}${file}`, 'utf8'), file).toBe(text);
    }
  });
});

describe('schema and catalogue agree', () => {
  it('lists exactly the seven areas, in order', () => {
    expect(Object.keys(schema.properties.areas.properties)).toEqual([...AREA_IDS]);
    expect(schema.properties.areas.required).toEqual([...AREA_IDS]);
  });
  it('lists exactly the ten goals', () => {
    expect(Object.keys(schema.properties.goals.properties)).toEqual([...GOAL_IDS]);
    expect(schema.$defs.measure.properties.goals.items.enum).toEqual([...GOAL_IDS]);
  });
  it('lists exactly the EU objectives', () => {
    expect(schema.$defs.measure.properties.euObjectives.items.enum).toEqual([...EU_OBJECTIVE_IDS]);
  });
  it('lists exactly the catalogue practices', () => {
    expect([...schema.$defs.measure.properties.practice.enum].sort()).toEqual(catalogue.practices.map((p) => p.id).sort());
  });
  it('lists exactly the cross-cutting commitments', () => {
    expect(schema.$defs.crossCuttingId.enum).toEqual([...CROSS_CUTTING_IDS]);
    expect(Object.keys(schema.properties.crossCutting.properties)).toEqual([...CROSS_CUTTING_IDS]);
  });
  it('lists exactly the catalogue targets, each with a source', () => {
    expect(schema.$defs.targetId.enum).toEqual([...TARGET_IDS]);
    expect(targets.map((t) => t.id)).toEqual([...TARGET_IDS]);
    for (const t of targets) expect(t.source.title.length, t.id).toBeGreaterThan(10);
  });
  it('forbids unknown fields in every object', () => {
    const objects: string[] = [];
    const walk = (node: unknown, path: string) => {
      if (!node || typeof node !== 'object') return;
      const n = node as Record<string, unknown>;
      if (n['type'] === 'object' && n['additionalProperties'] !== false) objects.push(path);
      for (const [k, v] of Object.entries(n)) walk(v, `${path}/${k}`);
    };
    walk(schema, '#');
    expect(objects).toEqual([]);
  });
});
