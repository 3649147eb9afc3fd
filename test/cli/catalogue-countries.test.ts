import { describe, expect, it } from 'vitest';
import { countryProfiles } from '../../src/catalogue/index.js';
import { runCli } from '../helpers/run-cli.js';

describe('roma-plan catalogue countries', () => {
  it('lists each country profile with its entries and the source of each', () => {
    const r = runCli(['catalogue', 'countries']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Country profiles/);
    for (const code of ['HU', 'RS', 'CZ', 'SK', 'RO', 'BG', 'SI', 'HR', 'MK', 'BA', 'AL']) expect(r.stdout).toContain(`  ${code}  `);
    // Every entry line is followed by its source.
    const lines = r.stdout.split('\n');
    const entries = lines.filter((l) => /^ {4}\S/.test(l) && !l.startsWith('    Nothing sourced'));
    const sources = lines.filter((l) => l.startsWith('      source: '));
    expect(entries.length).toBeGreaterThan(20);
    expect(sources).toHaveLength(entries.length);
    expect(r.stdout).toContain('Takes effect: on the eighth day after publication in the official gazette\n      source: Ustav Republike Srbije („Službeni glasnik RS”, br. 98/2006), član 196');
    expect(r.stdout).toContain('Usual legal basis: чл. 21, ал. 1, т. 12 и ал. 2 от Закона за местното самоуправление и местната администрация');
    // A country with nothing sourced says so rather than guessing.
    expect(r.stdout).toContain('  BA  Bosnia & Herzegovina  Form: neutral\n    Nothing sourced');
  });

  it('speaks the person’s language for the fixed words, and keeps the entries in the country’s', () => {
    const r = runCli(['catalogue', 'countries', '--lang', 'hu']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Országprofilok');
    expect(r.stdout).toContain('Hatálybalépés: az elfogadással, külön záradék nélkül');
    expect(r.stdout).toContain('forrás: Zákon č. 128/2000 Sb., o obcích (obecní zřízení)');
  });

  it('prints the profiles as JSON with --json', () => {
    const r = runCli(['catalogue', 'countries', '--json']);
    expect(r.status).toBe(0);
    const data = JSON.parse(r.stdout) as typeof countryProfiles;
    expect(data.map((p) => p.code)).toEqual(countryProfiles.map((p) => p.code));
    for (const p of data) for (const e of [p.council, p.decisionName, p.strategy, p.contactPoint, p.entryIntoForce, p.gazette, p.signatory, ...(p.legalBasis ?? [])]) if (e) expect(e.source.title).not.toBe('');
  });
});
