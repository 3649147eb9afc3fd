import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { applyOverridesToText } from '../../src/plan/override-text.js';
import { applyOverrides, parseOverride } from '../../src/plan/overrides.js';
import { root } from '../helpers/run-cli.js';

const SOURCE = `# a comment at the top
plan:
  title: Old title # keep this comment
  version: "1.0"
  note: 'single'
  period: { from: 2026, to: 2030 }
  vision: >-
    A long vision
    over two lines.
  status: draft
municipality:
  name: Pécs
list: [a, b]
`;

const apply = (...sets: string[]) => applyOverridesToText(SOURCE, sets.map(parseOverride));

describe('applyOverridesToText', () => {
  it('edits existing values in place and keeps every other byte', () => {
    const { text, issues } = apply('plan.title=New title', 'plan.period.to=2029', 'municipality.name=Štip');
    expect(issues).toEqual([]);
    expect(text).toBe(SOURCE.replace('Old title', 'New title').replace('to: 2030', 'to: 2029').replace('Pécs', 'Štip'));
  });

  it('keeps the quoting of the old value, and quotes text that other YAML readers would misread', () => {
    // Unquoted, 2.0 is a number, as in a plan file (and validation then says the version must be text).
    expect(apply('plan.version=2.0').text).toContain('version: 2\n');
    expect(apply('plan.version="2.0"').text).toContain('version: "2.0"\n');
    expect(apply("plan.note=it's").text).toContain("note: 'it''s'\n");
    for (const [value, written] of [
      ['no', '"no"'],
      ['"2026"', '"2026"'],
      ['"2026-03-01"', '"2026-03-01"'],
      ['"a: b"', '"a: b"'],
      ['x # y', 'x'],
      ['"[x]"', '"[x]"'],
      ['Novi Bečej', 'Novi Bečej'],
    ]) {
      const { text } = apply(`plan.status=${value}`);
      expect(text, value).toContain(`status: ${written}\n`);
    }
  });

  it('replaces a block scalar without swallowing the next key', () => {
    const { text } = apply('plan.vision=Short.');
    expect(text).toContain('  vision: Short.\n  status: draft\n');
    expect(parse(text)).toMatchObject({ plan: { vision: 'Short.', status: 'draft' } });
  });

  it('adds missing fields through the document, keeping the comments', () => {
    const { text, issues } = apply('municipality.region=Baranya', 'plan.adoption.body=Council');
    expect(issues).toEqual([]);
    expect(text).toContain('# keep this comment');
    expect(parse(text)).toMatchObject({ municipality: { name: 'Pécs', region: 'Baranya' }, plan: { adoption: { body: 'Council' } } });
  });

  it('reports a path that crosses a value which is not a mapping or list', () => {
    const { issues } = apply('municipality.name.first=X', 'list.x=1');
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ['BAD_OVERRIDE', 'municipality.name.first'],
      ['BAD_OVERRIDE', 'list.x'],
    ]);
  });

  it('gives the same data as applyOverrides on parsed data', () => {
    const example = readFileSync(join(root, 'examples', 'kumanovo-mk.yaml'), 'utf8');
    const sets = ['municipality.name=Štip', 'plan.period.to=2029', 'areas.health.objectives[0].title=Нова цел', 'plan.status=draft', 'municipality.population.total=50000', 'governance.mediators[0].count=5', 'plan.policyBasis=[]'];
    const overrides = sets.map(parseOverride);
    expect(parse(applyOverridesToText(example, overrides).text)).toEqual(applyOverrides(parse(example), overrides).data);
  });
});
