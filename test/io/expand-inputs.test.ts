import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expandInputs } from '../../src/io/expand-inputs.js';

function tree(): string {
  const dir = mkdtempSync(join(tmpdir(), 'roma-plan-expand-'));
  for (const f of ['b.yaml', 'a.yml', 'c.json', 'notes.txt', 'plan.draft.yaml', 'sub/d.yaml', 'sub/deep/e.yaml', '.hidden/x.yaml']) {
    mkdirSync(join(dir, f, '..'), { recursive: true });
    writeFileSync(join(dir, f), 'x: 1\n');
  }
  return dir;
}

describe('expandInputs', () => {
  it('walks a folder for plan files, sorted, skipping drafts, hidden folders and other files', async () => {
    const dir = tree();
    const { files, unmatched } = await expandInputs([dir]);
    expect(files.map((f) => f.slice(dir.length + 1))).toEqual(['a.yml', 'b.yaml', 'c.json', 'sub/d.yaml', 'sub/deep/e.yaml']);
    expect(unmatched).toEqual([]);
  });

  it('follows symbolic links to plans and folders, ends link loops, and keeps broken links to report them', async () => {
    const dir = tree();
    const elsewhere = tree();
    symlinkSync(join(elsewhere, 'b.yaml'), join(dir, 'linked.yaml'));
    symlinkSync(join(elsewhere, 'sub'), join(dir, 'linked-folder'));
    symlinkSync(dir, join(dir, 'sub', 'loop'));
    symlinkSync(join(dir, 'no-such.yaml'), join(dir, 'broken.yaml'));
    const { files } = await expandInputs([dir]);
    expect(files.map((f) => f.slice(dir.length + 1))).toEqual(['a.yml', 'b.yaml', 'broken.yaml', 'c.json', 'linked-folder/d.yaml', 'linked-folder/deep/e.yaml', 'linked.yaml', 'sub/d.yaml', 'sub/deep/e.yaml']);
  });

  it('matches quoted globs, with ** across folders', async () => {
    const dir = tree();
    expect((await expandInputs([`${dir}/**/*.yaml`])).files.map((f) => f.slice(dir.length + 1))).toEqual(['b.yaml', 'sub/d.yaml', 'sub/deep/e.yaml']);
    expect((await expandInputs([`${dir}/*.y?ml`])).files.map((f) => f.slice(dir.length + 1))).toEqual(['b.yaml']);
    expect((await expandInputs([`${dir}/[a-b].y*`])).files.map((f) => f.slice(dir.length + 1))).toEqual(['a.yml', 'b.yaml']);
  });

  it('keeps files as given (even missing ones, so they are reported), drops duplicates, and names unmatched patterns', async () => {
    const dir = tree();
    const { files, unmatched } = await expandInputs([join(dir, 'b.yaml'), 'missing.yaml', join(dir, 'b.yaml'), '-', `${dir}/*.pdf`]);
    expect(files).toEqual([join(dir, 'b.yaml'), 'missing.yaml', '-']);
    expect(unmatched).toEqual([`${dir}/*.pdf`]);
  });
});
