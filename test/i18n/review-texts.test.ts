import { describe, expect, it } from 'vitest';
import { languageFiles } from '../../src/i18n/index.js';
import { reviewEn } from '../../src/i18n/review-en.js';

/** Every leaf key path of an object, e.g. 'check.risks.title'. */
function leaves(o: unknown, prefix = ''): string[] {
  if (o === null || typeof o !== 'object') return [prefix];
  return Object.entries(o).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
}
const at = (o: unknown, path: string): unknown => path.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], o);
const placeholders = (s: unknown) => (typeof s === 'string' ? [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort() : []);

describe("the reviewer's checklist labels", () => {
  const keys = leaves(reviewEn);
  it.each(Object.keys(languageFiles))('%s has every key of review-en.ts, with the same placeholders, and no other', (tag) => {
    const review = languageFiles[tag]!.review;
    expect(keys.filter((k) => typeof at(review, k) !== 'string' || (at(review, k) as string).trim() === '')).toEqual([]);
    expect(leaves(review).filter((k) => at(reviewEn, k) === undefined)).toEqual([]);
    expect(keys.filter((k) => placeholders(at(reviewEn, k)).join() !== placeholders(at(review, k)).join())).toEqual([]);
  });

  it.each(Object.keys(languageFiles).filter((t) => t !== 'en'))('%s is translated, not English', (tag) => {
    const review = languageFiles[tag]!.review;
    const same = keys.filter((k) => at(review, k) === at(reviewEn, k) && !/^[{}/()+\s\w]*$/.test(at(reviewEn, k) as string));
    expect(same).toEqual([]);
  });
});
