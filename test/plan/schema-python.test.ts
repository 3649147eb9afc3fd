import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../../src/plan/parse.js';
import { checkSchema } from '../../src/plan/schema-check.js';
import { root } from '../helpers/run-cli.js';

/**
 * The plan schema read by a validator nobody here wrote: Python's jsonschema (Debian's
 * python3-jsonschema, 4.0 or later for draft 2020-12), with format checks on as ajv-formats has
 * them. Each plan is parsed by the project's own YAML reader and handed over as JSON, so both
 * validators judge the same data; they must agree on every plan, valid or not.
 */
const PYTHON = ['/usr/bin/python3', 'python3'].find((p) => {
  try {
    execFileSync(p, ['-c', 'from jsonschema import Draft202012Validator'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
});

const CHECK = `
import json, sys
from jsonschema import Draft202012Validator
schema = json.load(open(sys.argv[1], encoding="utf-8"))
Draft202012Validator.check_schema(schema)
validator = Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)
out = []
for doc in json.load(sys.stdin):
    errors = sorted(validator.iter_errors(doc), key=lambda e: list(e.absolute_path))
    out.append(["/".join(str(p) for p in e.absolute_path) + ": " + e.message for e in errors])
print(json.dumps(out))
`;

interface Case {
  file: string;
  data: unknown;
  /** What ajv (the project's compiled schema check) says. */
  schemaValid: boolean;
}

function cases(dir: string, files: (name: string) => boolean): Case[] {
  return readdirSync(`${root}${dir}`)
    .filter(files)
    .sort()
    .flatMap((name) => {
      const parsed = parsePlanText(readFileSync(`${root}${dir}/${name}`, 'utf8'));
      // A file that is not YAML, or not one document, never reaches the schema: nothing to compare.
      if (!parsed.ok) return [];
      const data = parsed.parsed.data;
      return [{ file: `${dir}/${name}`, data, schemaValid: checkSchema(data).length === 0 }];
    });
}

/** Python's verdict on each document: the errors it finds, empty when valid. */
function pythonErrors(docs: unknown[]): string[][] {
  const r = spawnSync(PYTHON!, ['-c', CHECK, `${root}schemas/plan.schema.json`], { input: JSON.stringify(docs), encoding: 'utf8', timeout: 60_000 });
  if (r.status !== 0) throw new Error(`python3 failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as string[][];
}

const isPlan = (name: string): boolean => /\.(ya?ml|json)$/.test(name) && !name.endsWith('.progress.yaml');

describe.skipIf(PYTHON === undefined)('the plan schema read by Python jsonschema, draft 2020-12 (skipped without python3-jsonschema)', () => {
  const valid = [...cases('examples', isPlan), ...cases('test/fixtures/valid', isPlan), ...cases('test/fixtures/compat', isPlan)];
  const invalid = cases('test/fixtures/invalid', isPlan);

  it('accepts every example, valid fixture and plan of an earlier format version', () => {
    expect(valid.length).toBeGreaterThanOrEqual(16);
    expect(valid.filter((c) => !c.schemaValid).map((c) => c.file)).toEqual([]);
    const errors = pythonErrors(valid.map((c) => c.data));
    expect(Object.fromEntries(valid.map((c, i) => [c.file, errors[i]]))).toEqual(Object.fromEntries(valid.map((c) => [c.file, []])));
  });

  it('rejects the invalid fixtures whose errors are schema errors, and accepts those only a rule rejects', () => {
    const schemaErrors = invalid.filter((c) => !c.schemaValid);
    // Most invalid fixtures break the schema; the rest (reversed period, sums that do not add up) break a rule.
    expect(schemaErrors.length).toBeGreaterThanOrEqual(15);
    expect(invalid.length - schemaErrors.length).toBeGreaterThanOrEqual(5);
    const errors = pythonErrors(invalid.map((c) => c.data));
    const verdicts = Object.fromEntries(invalid.map((c, i) => [c.file, errors[i]!.length === 0]));
    expect(verdicts).toEqual(Object.fromEntries(invalid.map((c) => [c.file, c.schemaValid])));
  });
});
