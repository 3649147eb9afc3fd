import type { YearOrQuarter } from '../types.js';
import { eachMeasure, isNumber, measureParams, type Finding, type Rule } from './rule.js';

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
    return [{ path: ['plan', 'period', 'from'], params: { from: p.from, to: p.to } }];
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
    for (const ref of eachMeasure(plan)) {
      for (const key of ['start', 'end'] as const) {
        const v = parseYearOrQuarter(ref.measure[key]);
        if (!v) continue;
        const params = { ...measureParams(ref), which: key, value: String(ref.measure[key]), from: p.from, to: p.to, year: v.year };
        if (v.year < p.from) out.push({ path: [...ref.path, key], params: { ...params, side: 'before' } });
        if (v.year > p.to) out.push({ path: [...ref.path, key], params: { ...params, side: 'after' } });
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
    for (const ref of eachMeasure(plan)) {
      const { measure, path } = ref;
      const s = parseYearOrQuarter(measure.start);
      const e = parseYearOrQuarter(measure.end);
      if (!s || !e) continue;
      if (e.year * 4 + e.lastQuarter < s.year * 4 + s.firstQuarter) {
        out.push({ path: [...path, 'end'], params: { ...measureParams(ref), start: String(measure.start), end: String(measure.end) } });
      }
    }
    return out;
  },
};
