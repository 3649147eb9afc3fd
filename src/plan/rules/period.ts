import type { YearOrQuarter } from '../types.js';
import { eachMeasure, isNumber, type Finding, type Rule } from './rule.js';

/** 2026 -> {year 2026, first quarter 1, last quarter 4}; '2026-Q3' -> 2026, 3, 3. Undefined if malformed. */
export function parseYearOrQuarter(v: YearOrQuarter | undefined): { year: number; firstQuarter: number; lastQuarter: number } | undefined {
  if (typeof v === 'number' && Number.isInteger(v)) return { year: v, firstQuarter: 1, lastQuarter: 4 };
  const m = typeof v === 'string' ? /^(\d{4})(?:-Q([1-4]))?$/.exec(v) : null;
  if (!m) return undefined;
  const q = m[2] ? Number(m[2]) : undefined;
  return { year: Number(m[1]), firstQuarter: q ?? 1, lastQuarter: q ?? 4 };
}

export const periodReversed: Rule = {
  code: 'PERIOD_REVERSED',
  severity: 'error',
  description: 'The plan period starts after it ends.',
  check(plan) {
    const p = plan.plan?.period;
    if (!isNumber(p?.from) || !isNumber(p?.to) || p.from <= p.to) return [];
    return [{ path: ['plan', 'period', 'from'], message: `the period starts in ${p.from} but ends in ${p.to}`, hint: 'Swap the years: `from` is the first year of the plan, `to` the last.' }];
  },
};

export const outsidePeriod: Rule = {
  code: 'OUTSIDE_PERIOD',
  severity: 'error',
  description: "A measure's start or end lies outside the plan period.",
  check(plan) {
    const p = plan.plan?.period;
    // A reversed period is PERIOD_REVERSED; measuring against it would call every date both early and late.
    if (!isNumber(p?.from) || !isNumber(p?.to) || p.from > p.to) return [];
    const out: Finding[] = [];
    for (const { measure, path } of eachMeasure(plan)) {
      for (const key of ['start', 'end'] as const) {
        const v = parseYearOrQuarter(measure[key]);
        if (!v) continue;
        if (v.year < p.from) out.push({ path: [...path, key], message: `${measure[key]} is before the plan period (${p.from}-${p.to})`, hint: `Move the ${key} into the period or extend plan.period.from.` });
        if (v.year > p.to) out.push({ path: [...path, key], message: `${measure[key]} is after the plan period (${p.from}-${p.to})`, hint: `Move the ${key} into the period or extend plan.period.to.` });
      }
    }
    return out;
  },
};

export const endBeforeStart: Rule = {
  code: 'END_BEFORE_START',
  severity: 'error',
  description: 'A measure ends before it starts.',
  check(plan) {
    const out: Finding[] = [];
    for (const { measure, path } of eachMeasure(plan)) {
      const s = parseYearOrQuarter(measure.start);
      const e = parseYearOrQuarter(measure.end);
      if (!s || !e) continue;
      if (e.year * 4 + e.lastQuarter < s.year * 4 + s.firstQuarter) {
        out.push({ path: [...path, 'end'], message: `the measure ends (${measure.end}) before it starts (${measure.start})`, hint: 'Make `end` the same as or later than `start`.' });
      }
    }
    return out;
  },
};
