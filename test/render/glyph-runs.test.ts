import { describe, expect, it } from 'vitest';
import { alignCharacters } from '../../src/render/pdf/layout/glyph-runs.js';

// A face whose glyph for a character is its code point plus 1000; ligatures and substitutes get
// other ids, as in a real font.
const expect1000 = (cp: number): number => cp + 1000;
const ids = (s: string): number[] => Array.from(s, (c) => c.codePointAt(0)! + 1000);
const cps = (s: string): number[][] => Array.from(s, (c) => [c.codePointAt(0)!]);

describe('alignCharacters: the characters behind each glyph, for copy and search', () => {
  it('says nothing when every glyph is the face’s own glyph for the next character', () => {
    expect(alignCharacters('Pécs', ids('Pécs'), expect1000)).toBeUndefined();
  });

  it('gives a ligature all the characters it was made from', () => {
    const office = [ids('o')[0]!, 5044, ids('c')[0]!, ids('e')[0]!];
    expect(alignCharacters('office', office, expect1000)).toEqual([[111], [102, 102, 105], [99], [101]]);
    expect(alignCharacters('fi', [5042], expect1000)).toEqual([[102, 105]]);
  });

  it('keeps a one-character substitute (a local form) to its own character', () => {
    const glyphs = ids('бод');
    glyphs[0] = 7000;
    expect(alignCharacters('бод', glyphs, expect1000)).toBeUndefined();
    glyphs.push(7001);
    expect(alignCharacters('бод', glyphs, expect1000)).toEqual([...cps('бод'), []]);
  });

  it('gives glyphs beyond the characters (a decomposed letter) no characters of their own', () => {
    expect(alignCharacters('é', [ids('e')[0]!, 690], expect1000)).toEqual([[0xe9], []]);
  });
});
