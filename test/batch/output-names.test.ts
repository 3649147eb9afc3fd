import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inputsFingerprint, nameOutputs } from '../../src/batch/output-names.js';
import { parseShard, selectShard } from '../../src/batch/shard.js';

const bases = (files: string[]) => Object.fromEntries(nameOutputs(files).map((n) => [n.file, n.base]));

describe('nameOutputs', () => {
  it('mirrors the folders below the common folder, so equal file names do not collide', () => {
    expect(bases(['plans/hu/pecs.yaml', 'plans/rs/pecs.yaml', 'plans/x.json'])).toEqual({
      'plans/hu/pecs.yaml': 'hu/pecs',
      'plans/rs/pecs.yaml': 'rs/pecs',
      'plans/x.json': 'x',
    });
  });

  it('names a single plan after its file, whatever folder it is in', () => {
    expect(bases(['/somewhere/deep/kumanovo-mk.yaml'])).toEqual({ '/somewhere/deep/kumanovo-mk.yaml': 'kumanovo-mk' });
  });

  it('gives names that would still clash a short suffix that is stable and differs per input', () => {
    const named = bases(['p/a.yaml', 'p/a.json', 'p/B.yaml', 'p/b.yml', 'p/c.yaml']);
    expect(named['p/c.yaml']).toBe('c');
    const clashing = [named['p/a.yaml'], named['p/a.json'], named['p/B.yaml'], named['p/b.yml']];
    for (const b of clashing) expect(b).toMatch(/^[aAbB]-[0-9a-f]{6}$/);
    // Case-insensitive disks (Windows, macOS) must not see two equal names either.
    expect(new Set(clashing.map((b) => b!.toLowerCase())).size).toBe(4);
    // The same inputs in another order, or on another machine, give the same names.
    expect(bases(['p/c.yaml', 'p/b.yml', 'p/B.yaml', 'p/a.json', 'p/a.yaml'])).toEqual(named);
  });

  it('never names a plan like the batch files or like a folder of outputs', () => {
    const named = bases(['p/index.yaml', 'p/report.yaml', 'p/index.json/x.yaml', 'p/q.md/y.yaml', 'p/q.yaml']);
    expect(named['p/index.yaml']).toMatch(/^index-[0-9a-f]{6}$/);
    expect(named['p/report.yaml']).toBe('report');
    expect(named['p/q.yaml']).toMatch(/^q-[0-9a-f]{6}$/);
    expect(named['p/q.md/y.yaml']).toBe('q.md/y');
  });

  it('sanitises names: no reserved device names, no characters Windows refuses, no hidden files', () => {
    const named = bases(['in/CON.yaml', 'in/nul.yml', 'in/a:b?.yaml', 'in/.hidden.yaml', 'in/trailing. .yaml', 'in/lpt1/x.yaml']);
    expect(named).toEqual({
      'in/CON.yaml': '_CON',
      'in/nul.yml': '_nul',
      'in/a:b?.yaml': 'a_b_',
      'in/.hidden.yaml': '_hidden',
      'in/trailing. .yaml': 'trailing',
      'in/lpt1/x.yaml': '_lpt1/x',
    });
  });

  it('keeps every output inside the output folder, also for inputs given with ..', () => {
    for (const { base } of nameOutputs(['../a/p.yaml', join('..', '..', 'b', 'p.yaml'), 'c/../d/p.yaml'])) {
      expect(base.startsWith('/')).toBe(false);
      expect(base.split('/')).not.toContain('..');
    }
  });

  it('sorts by the path below the common folder (byte order, not the locale)', () => {
    expect(nameOutputs(['p/b.yaml', 'p/a/z.yaml', 'p/B.yaml', 'p/ä.yaml']).map((n) => n.key)).toEqual(['B.yaml', 'a/z.yaml', 'b.yaml', 'ä.yaml']);
  });

  it('fingerprints the list of plans', () => {
    expect(inputsFingerprint(['a.yaml', 'b.yaml'])).toBe(inputsFingerprint(['a.yaml', 'b.yaml']));
    expect(inputsFingerprint(['a.yaml', 'b.yaml'])).not.toBe(inputsFingerprint(['a.yaml', 'c.yaml']));
  });
});

describe('shards', () => {
  it('parses i/n and refuses anything else', () => {
    expect(parseShard('2/4')).toEqual({ index: 2, count: 4 });
    for (const bad of ['0/4', '5/4', '1/0', 'a/b', '1', '1/2/3', '-1/2']) expect(() => parseShard(bad), bad).toThrow(/expected i\/n/);
  });

  it('splits into disjoint parts that cover everything and differ in size by at most one', () => {
    const items = Array.from({ length: 23 }, (_, i) => i);
    for (const count of [1, 2, 3, 5, 23, 30]) {
      const parts = Array.from({ length: count }, (_, i) => selectShard(items, { index: i + 1, count }));
      expect(parts.flat().sort((a, b) => a - b)).toEqual(items);
      const sizes = parts.map((p) => p.length);
      expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
    }
  });
});
