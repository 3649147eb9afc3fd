import { describe, expect, it } from 'vitest';
import { parseLocalDate, parseLocalNumber, parseLocalPeriod } from '../../src/wizard/local-input.js';

const NBSP = '\u00a0';

describe('numbers typed as the plan language writes them', () => {
  it.each([
    // language, typed, read as
    ['en', '12000', 12000],
    ['en', '12,000', 12000],
    ['en', '1,234,567.5', 1234567.5],
    ['en', '12 000', 12000],
    ['en', '12.5', 12.5],
    ['en', '-3.5', -3.5],
    ['en', '1e3', 1000],
    ['hu', '12 000', 12000],
    ['hu', `12${NBSP}000`, 12000],
    ['hu', '12.000', 12000],
    ['hu', '12,5', 12.5],
    ['hu', '1 234 567,25', 1234567.25],
    ['cs', `12${NBSP}000`, 12000],
    ['cs', '12\u202f000', 12000],
    ['cs', '0,75', 0.75],
    ['sk', '12.000', 12000],
    ['ro', '12.000', 12000],
    ['ro', '1.234.567,89', 1234567.89],
    ['sl', '12.000', 12000],
    ['hr', '12.000,50', 12000.5],
    ['bs', '3.500', 3500],
    ['sr-Latn', '1.200.000', 1200000],
    ['sr-Cyrl', '1.200.000', 1200000],
    ['mk', '12.000', 12000],
    ['bg', '12 000', 12000],
    ['sq', '12 000', 12000],
    ['sq', '"12 000"', 12000],
    ['en', '', undefined],
    ['en', '   ', undefined],
  ] as const)('%s: %j -> %j', (locale, typed, expected) => {
    expect(parseLocalNumber(typed, locale)).toBe(expected);
  });

  it.each([
    // A sign that is the language's decimal sign, followed by three digits, could mean either.
    ['hu', '12,000'],
    ['cs', '12,000'],
    ['ro', '12,000'],
    ['en', '12.000'],
    // Not numbers, or groups that are not threes.
    ['en', '12 00'],
    ['hu', '1.2.3'],
    ['en', 'twelve'],
    ['en', '12 000 HUF'],
    ['en', '12,'],
  ] as const)('%s: %j is not guessed and goes back to the validator as text', (locale, typed) => {
    expect(parseLocalNumber(typed, locale)).toBe(typed.trim());
  });
});

describe('dates typed as the plan language writes them, stored as YYYY-MM-DD', () => {
  it.each([
    ['en', '2025-03-12', '2025-03-12'],
    ['en', '"2025-03-12"', '2025-03-12'],
    ['en', "'2025-03-12'", '2025-03-12'],
    ['hu', '„2025-03-12”', '2025-03-12'],
    ['en', '2025-3-2', '2025-03-02'],
    ['hu', '2025.03.12.', '2025-03-12'],
    ['hu', '2025. 03. 12.', '2025-03-12'],
    ['hu', '2025.3.12', '2025-03-12'],
    ['cs', '12.3.2025', '2025-03-12'],
    ['cs', '12. 3. 2025', '2025-03-12'],
    ['sk', '12.3.2025', '2025-03-12'],
    ['sl', '12. 3. 2025', '2025-03-12'],
    ['hr', '12. 03. 2025.', '2025-03-12'],
    ['bs', '12.3.2025.', '2025-03-12'],
    ['sr-Latn', '12. 3. 2025.', '2025-03-12'],
    ['sr-Cyrl', '12.3.2025.', '2025-03-12'],
    ['ro', '12.03.2025', '2025-03-12'],
    ['mk', '12.3.2025 г.', '2025-03-12'],
    ['bg', '12.03.2025 г.', '2025-03-12'],
    ['sq', '12.3.2025', '2025-03-12'],
    ['sq', '12/03/2025', '2025-03-12'],
    ['cs', '12/03/2025', '2025-03-12'],
    // English writes the month first but many of its writers the day: read only what is certain.
    ['en', '12/31/2025', '2025-12-31'],
    ['en', '31/12/2025', '2025-12-31'],
    ['en', '05/05/2025', '2025-05-05'],
  ] as const)('%s: %j -> %s', (locale, typed, expected) => {
    expect(parseLocalDate(typed, locale)).toBe(expected);
  });

  it.each([
    ['en', '03/04/2025'],
    ['cs', '12.3.25'],
    ['hu', 'March 12'],
    ['hu', '2025'],
  ] as const)('%s: %j is not guessed and goes back to the validator as text', (locale, typed) => {
    expect(parseLocalDate(typed, locale)).toBe(typed);
  });
});

describe("a measure's start and end typed as one answer", () => {
  it.each([
    ['2026-2028', { start: 2026, end: 2028 }],
    ['2026-Q1 2026-Q4', { start: '2026-Q1', end: '2026-Q4' }],
    ['2026 q1 – 2027', { start: '2026-Q1', end: 2027 }],
    ['2027', { start: 2027, end: 2027 }],
    ['2027-Q3', { start: '2027-Q3', end: '2027-Q3' }],
  ])('reads %s', (text, expected) => {
    expect(parseLocalPeriod(text)).toEqual(expected);
  });

  it.each(['', 'next year', '2026 2027 2028', '2026-Q5'])('leaves %j to the questions one by one', (text) => {
    expect(parseLocalPeriod(text)).toBeUndefined();
  });
});
