import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasStackTrace, root, runCli } from '../helpers/run-cli.js';

describe('roma-plan validate with a progress file', () => {
  it('checks the example progress files against the plans they name', () => {
    const r = runCli(['validate', 'examples/pecs-hu.progress.yaml', 'examples/ostrava-en.progress.yaml']);
    expect(r.stdout).toContain('examples/pecs-hu.progress.yaml: ok');
    expect(r.status).toBe(0);
  });

  it('points at an unknown measure and a text in a number field with file:line:col', () => {
    const dir = mkdtempSync(join(tmpdir(), 'progress-'));
    const text = readFileSync(`${root}examples/ostrava-en.progress.yaml`, 'utf8').replace('file: ostrava-en.yaml', `file: ${root}examples/ostrava-en.yaml`);
    const file = join(dir, 'bad.progress.yaml');
    writeFileSync(file, text.replace('value: 94, date', 'value: "94 %", date'));
    let r = runCli(['validate', file]);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/bad\.progress\.yaml:80:36 {2}error {2}WRONG_TYPE {2}years\[0\]\.measures\[9\]\.indicators\[0\]\.value\n {2}the value: expected a number, found the text “94 %”/);
    writeFileSync(file, text.replace('measure: emp-1-2', 'measure: emp-1-3'));
    r = runCli(['validate', file]);
    expect(r.stdout).toContain('error  UNKNOWN_MEASURE  years[0].measures[4].measure');
    expect(r.stdout).toContain('the plan has no measure `emp-1-3`: did you mean `emp-1-');
    expect(hasStackTrace(r.stdout + r.stderr)).toBe(false);
  });

  it('is skipped when a folder is validated (it is not a plan)', () => {
    const r = runCli(['validate', 'examples']);
    expect(r.stdout).not.toContain('progress');
    expect(r.status).toBe(0);
  });
});
