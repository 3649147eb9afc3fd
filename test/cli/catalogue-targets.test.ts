import { describe, expect, it } from 'vitest';
import { TARGET_IDS } from '../../src/catalogue/types.js';
import { messagesFor } from '../../src/i18n/index.js';
import { runCli } from '../helpers/run-cli.js';

describe('roma-plan catalogue targets', () => {
  it('lists the twenty targets with their ids, in the language asked for, each with its source', () => {
    const r = runCli(['catalogue', 'targets', '--lang', 'hu']);
    expect(r.status).toBe(0);
    const hu = messagesFor('hu').content;
    for (const id of TARGET_IDS) expect(r.stdout).toContain(`${id}`);
    expect(r.stdout).toContain(`${hu.labels.frameworkPoznan2019}: ${hu.targets['poznan-health-insurance']}`);
    expect(r.stdout).toContain('COM(2020) 620 final, Annex 1');
    expect(r.stdout).toContain('Poznan Declaration');
  });

  it('prints them as JSON with their framework, area and source', () => {
    const r = runCli(['catalogue', 'targets', '--json']);
    const data = JSON.parse(r.stdout) as { id: string; framework: string; area: string; source: { title: string } }[];
    expect(data.map((t) => t.id)).toEqual([...TARGET_IDS]);
    for (const t of data) expect(t.source.title.length).toBeGreaterThan(10);
  });
});
