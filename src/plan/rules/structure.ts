import { eachArea, isNumber, type Finding, type Rule } from './rule.js';

export const adoptionMissing: Rule = {
  code: 'ADOPTION_MISSING',
  severity: 'error',
  description: 'The plan is marked adopted but says nothing about the adoption.',
  check(plan) {
    if (plan.plan?.status !== 'adopted' || plan.plan.adoption) return [];
    return [{ path: ['plan', 'status'] }];
  },
};

export const noObjectives: Rule = {
  code: 'NO_OBJECTIVES',
  severity: 'error',
  description: 'An applicable area has no objectives.',
  check(plan) {
    return eachArea(plan)
      .filter(([, a]) => a.applicable === true && (!Array.isArray(a.objectives) || a.objectives.length === 0))
      .map(([id]) => ({ path: ['areas', id], params: { area: id } }));
  },
};

export const noReason: Rule = {
  code: 'NO_REASON',
  severity: 'error',
  description: 'A not-applicable area gives no reason, or still has objectives.',
  check(plan) {
    const out: Finding[] = [];
    for (const [id, a] of eachArea(plan)) {
      if (a.applicable !== false) continue;
      if (typeof a.reason !== 'string' || a.reason.trim() === '') out.push({ path: ['areas', id], params: { area: id, kind: 'reason' } });
      if (Array.isArray(a.objectives) && a.objectives.length > 0) out.push({ path: ['areas', id, 'objectives'], params: { area: id, kind: 'objectives' } });
    }
    return out;
  },
};

export const areaNotApplicable: Rule = {
  code: 'AREA_NOT_APPLICABLE',
  severity: 'warning',
  description: 'An area is marked not applicable.',
  check(plan) {
    return eachArea(plan)
      .filter(([, a]) => a.applicable === false)
      .map(([id]) => ({ path: ['areas', id, 'applicable'], params: { area: id } }));
  },
};

export const romaSourceMissing: Rule = {
  code: 'ROMA_SOURCE_MISSING',
  severity: 'error',
  description: 'A Roma population estimate is given without its source.',
  check(plan) {
    const p = plan.municipality?.population;
    if (!isNumber(p?.roma) || (typeof p.romaSource === 'string' && p.romaSource.trim() !== '')) return [];
    return [{ path: ['municipality', 'population', 'roma'], params: { roma: p.roma } }];
  },
};

export const reviewOutsidePeriod: Rule = {
  code: 'REVIEW_OUTSIDE_PERIOD',
  severity: 'warning',
  description: 'The mid-term review or final evaluation year lies outside the plan period.',
  check(plan) {
    const p = plan.plan?.period;
    const m = plan.monitoring;
    if (!isNumber(p?.from) || !isNumber(p?.to) || p.from > p.to || !m) return [];
    const out: Finding[] = [];
    for (const key of ['midTermReview', 'finalEvaluation'] as const) {
      const y = m[key];
      // A final evaluation in the year after the period is normal practice.
      const last = key === 'finalEvaluation' ? p.to + 1 : p.to;
      if (isNumber(y) && (y < p.from || y > last)) out.push({ path: ['monitoring', key], params: { which: key, year: y, from: p.from, to: p.to, last } });
    }
    return out;
  },
};
