import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.js';
import { buildView } from '../../src/view/build-view.js';
import { createFormat, intlFormats } from '../../src/view/format.js';
import { minimalPlan } from '../helpers/minimal-plan.js';

describe('document formats', () => {
  it('shares the Intl objects of a locale and currency between documents (batch builds thousands)', () => {
    expect(intlFormats('en', 'EUR', true)).toBe(intlFormats('en', 'EUR', true));
    // A different currency or kind of amounts is a different formatter, never a stale one.
    expect(intlFormats('en', 'HUF', true)).not.toBe(intlFormats('en', 'EUR', true));
    expect(intlFormats('en', 'EUR', false)).not.toBe(intlFormats('en', 'EUR', true));
    expect(intlFormats('en', 'EUR', false).moneyDigits).toBe(2);
    expect(intlFormats('en', 'EUR', true).moneyDigits).toBe(0);
    // ISO 4217 gives the Japanese yen no minor unit: no decimals even when amounts have them.
    expect(intlFormats('en', 'JPY', false).moneyDigits).toBe(0);
  });

  it('formats with the cached objects exactly as with fresh ones', () => {
    const a = createFormat('en', 'EUR', en.document, false);
    const b = createFormat('en', 'EUR', en.document, false);
    expect(a).not.toBe(b);
    expect(a.money(1234.5)).toEqual({ value: 1234.5, text: '€1,234.50' });
    expect(b.money(1234.5)).toEqual(a.money(1234.5));
    expect(a.number(139000)).toBe('139,000');
    expect(a.share(1, 4)).toBe('25%');
    expect(a.date('2026-02-26')).toBe('February 26, 2026');
    expect(a.country('MK')).toBe('North Macedonia');
  });

  it('writes amounts, dates and countries as Slovenian and Albanian documents do', () => {
    const sl = createFormat('sl', 'EUR', en.document, true);
    expect(sl.money(1234567).text).toBe('1.234.567\u00a0€');
    expect(sl.date('2026-03-26')).toBe('26. marec 2026');
    expect(sl.country('SI')).toBe('Slovenija');
    const sq = createFormat('sq', 'ALL', en.document, true);
    // Albanian writes the currency in lower case ("lekë"), where CLDR has "Lekë".
    expect(sq.money(1234567).text).toBe('1\u00a0234\u00a0567\u00a0lekë');
    expect(sq.date('2026-03-26')).toBe('26 mars 2026');
    expect(sq.country('AL')).toBe('Shqipëri');
    // Only the Albanian lek is renamed: euros in an Albanian plan keep the euro sign.
    expect(createFormat('sq', 'EUR', en.document, true).money(100).text).toBe('100\u00a0€');
  });

  it('keeps the same money format per plan: decimals only when some amount has them', () => {
    const whole = minimalPlan();
    const view = buildView(whole);
    expect(view.budget.total.text).not.toMatch(/\.\d\d$/);
    const cents = minimalPlan();
    const m = cents.areas.participation.objectives![0]!.measures[0]!;
    m.cost = { total: 100.5, sources: [{ type: 'municipal', amount: 100.5 }] };
    const withCents = buildView(cents);
    // Every amount of that plan, the whole ones too, shows the same two decimals.
    expect(withCents.budget.byYear.every((y) => /\.\d\d$/.test(y.total.text))).toBe(true);
    // Building a whole-amount view afterwards is not affected by the cached decimal formatter.
    expect(buildView(whole).budget.total.text).toBe(view.budget.total.text);
  });
});
