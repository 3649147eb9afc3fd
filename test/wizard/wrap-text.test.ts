import { parse } from 'yaml';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { reviewScreen } from '../../src/wizard/review.js';
import { wizardLanguage } from '../../src/wizard/messages.js';
import { visibleLength, wrapText } from '../../src/wizard/wrap-text.js';

const example = (name: string): unknown => parse(readFileSync(new URL(`../../examples/${name}.yaml`, import.meta.url), 'utf8'));

/** Every word of the text, in order: wrapping may only move line breaks. */
const words = (s: string) => s.split(/\s+/).filter((w) => w !== '');

describe('wrapText', () => {
  it('breaks at spaces only, keeps every word whole, and keeps a hint indented under its text', () => {
    const text = '  ✖ areas.education.objectives[0].measures[1].end: 2031 is after the plan period (2026-2030)\n      Move the end into the period or extend plan.period.to.';
    const out = wrapText(text, 40);
    expect(words(out)).toEqual(words(text));
    for (const line of out.split('\n')) expect(visibleLength(line) <= 40 || !line.trim().includes(' ')).toBe(true);
    expect(out.split('\n')[1]).toMatch(/^ {4}\S/);
    expect(out).toContain('\n      Move the end into the period or');
  });

  it('counts letters with diacritics and Cyrillic as one column each, and leaves a short text alone', () => {
    expect(wrapText('Мерки по области и цели', 30)).toBe('Мерки по области и цели');
    expect(wrapText('Munkaerőpiaci integráció és foglalkoztatás', 20)).toBe('Munkaerőpiaci\nintegráció és\nfoglalkoztatás');
  });
});

describe('the review screen on a narrow terminal', () => {
  const { messages } = wizardLanguage('en');

  it('switches the coverage matrix and the budget table to lists below their width, with the same figures', () => {
    const plan = example('ostrava-en');
    const wide = reviewScreen(plan, messages, 'en', 200).text;
    const narrow = reviewScreen(plan, messages, 'en', 60).text;
    // The budget table (about 130 columns) becomes a list at 60; the matrix (51) still fits.
    expect(wide).toMatch(/^ +1 +2 +3 +4 +5 +6 +7 +8 +9 +10$/m);
    expect(wide).toMatch(/^Total +CZK\s/m);
    expect(narrow).toMatch(/^ +1 +2 +3 +4 +5 +6 +7 +8 +9 +10$/m);
    expect(narrow).toMatch(/^Total: CZK\s254,260,000$/m);
    const narrower = reviewScreen(plan, messages, 'en', 45).text;
    expect(narrower).not.toMatch(/^ +1 +2 +3/m);
    expect(narrower).toMatch(/^1 Participation: 2×1 · 4×1 · 6×1 · 7×2 · 8×2$/m);
    expect(narrower).toMatch(/^4 Culture: 1×1 · 3×1 · 5×1$/m);
    // Each area's total and the grand total appear in both layouts.
    const totals = (s: string) => [...s.matchAll(/\d{1,3}(?:,\d{3})+/g)].map((x) => x[0]).sort();
    expect(new Set(totals(narrow))).toEqual(new Set(totals(wide)));
    for (const line of wrapText(narrow, 59).split('\n')) expect(visibleLength(line)).toBeLessThanOrEqual(59);
  });
});
