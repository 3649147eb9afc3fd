import { describe, expect, it } from 'vitest';
import { ranked } from '../../src/cli/prompt-adapter.js';

const countries = [
  { value: 'BT', name: 'Bhutan (BT)' },
  { value: 'HU', name: 'Hungary (HU)' },
  { value: 'LT', name: 'Lithuania (LT)' },
  { value: 'RS', name: 'Serbia (RS)' },
  { value: 'CZ', name: 'Česko (CZ)' },
];

describe('search ranking in the wizard', () => {
  it('puts an exact code first, then names starting with the term, then other matches', () => {
    expect(ranked(countries, 'hu').map((c) => c.value)).toEqual(['HU', 'BT', 'LT']);
    expect(ranked(countries, 'SER').map((c) => c.value)).toEqual(['RS']);
  });
  it('ignores case and accents and keeps everything for an empty term', () => {
    expect(ranked(countries, 'cesko').map((c) => c.value)).toEqual(['CZ']);
    expect(ranked(countries, '  ')).toHaveLength(5);
  });
});
