import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { root } from '../helpers/run-cli.js';

/** An invalid plan: a misspelt top-level key and missing fields. */
export const INVALID_PLAN = 'schemaVersion: 1\nlanguage: en\ncurrency: EUR\nmunicipalty: {}\n';
/** The first bytes of a PNG file: not text, let alone YAML. */
export const NOT_YAML = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]);

/**
 * A temporary folder `plans/` with the given files: a string names an example plan to copy
 * (`example:pecs-hu`), anything else is written as is. Returns the temporary folder.
 */
export function planTree(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'roma-plan-batch-'));
  for (const [path, content] of Object.entries(files)) {
    const target = join(dir, 'plans', path);
    mkdirSync(dirname(target), { recursive: true });
    if (typeof content === 'string' && content.startsWith('example:')) copyFileSync(join(root, 'examples', `${content.slice('example:'.length)}.yaml`), target);
    else writeFileSync(target, content);
  }
  return dir;
}

/** The standard mixed folder of the batch tests. */
export const MIXED = {
  'pecs-hu.yaml': 'example:pecs-hu',
  'ostrava-en.yaml': 'example:ostrava-en',
  // The same file name in another folder, with other content.
  'more/pecs-hu.yaml': 'example:novi-becej-sr',
  'broken.yaml': INVALID_PLAN,
  'scan.yaml': NOT_YAML,
  // Not a plan file name: a folder input skips it.
  'notes.txt': 'meeting notes',
};

export const faultyProcessor = new URL('../fixtures/batch/faulty-processor.mjs', import.meta.url);
