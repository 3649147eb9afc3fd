import { readdirSync } from 'node:fs';
import { expect } from 'vitest';
import { loadPlan } from '../../src/plan/load.js';
import { buildView } from '../../src/view/build-view.js';
import type { View } from '../../src/view/types.js';

export const examplesDir = new URL('../../examples/', import.meta.url);

/** The example plans (not their progress files), by file name. */
export const examples = readdirSync(examplesDir).filter((f) => f.endsWith('.yaml') && !f.endsWith('.progress.yaml'));

/** The view of an example plan, which must load without errors. */
export async function exampleView(name: string): Promise<View> {
  const loaded = await loadPlan(new URL(name, examplesDir).pathname);
  expect(loaded.ok).toBe(true);
  return buildView(loaded.plan!, { issues: loaded.issues });
}
