import { eachArea, isNumber, type Finding, type Rule } from './rule.js';

export const adoptionMissing: Rule = {
  code: 'ADOPTION_MISSING',
  severity: 'error',
  description: 'The plan is marked adopted but says nothing about the adoption.',
  check(plan) {
    if (plan.plan?.status !== 'adopted' || plan.plan.adoption) return [];
    return [{ path: ['plan', 'status'], message: 'the plan is marked adopted but has no `adoption`', hint: 'Add `adoption:` with body, decision and date, or set `status: draft` or `consultation`.' }];
  },
};

export const noObjectives: Rule = {
  code: 'NO_OBJECTIVES',
  severity: 'error',
  description: 'An applicable area has no objectives.',
  check(plan) {
    return eachArea(plan)
      .filter(([, a]) => a.applicable === true && (!Array.isArray(a.objectives) || a.objectives.length === 0))
      .map(([id]) => ({ path: ['areas', id], message: `the area \`${id}\` is applicable but has no objectives`, hint: 'Add at least one objective with its measures, or set `applicable: false` with a `reason`.' }));
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
      if (typeof a.reason !== 'string' || a.reason.trim() === '') out.push({ path: ['areas', id], message: `the area \`${id}\` is marked not applicable without a reason`, hint: 'Add `reason:` saying why the area does not apply to this municipality.' });
      if (Array.isArray(a.objectives) && a.objectives.length > 0) out.push({ path: ['areas', id, 'objectives'], message: `the area \`${id}\` is marked not applicable but has objectives`, hint: 'Remove the objectives, or set `applicable: true`.' });
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
      .map(([id]) => ({ path: ['areas', id, 'applicable'], message: `the area \`${id}\` is marked not applicable`, hint: 'Make sure the reason is backed by data; reviewers check that no area is left out without cause.' }));
  },
};

export const romaSourceMissing: Rule = {
  code: 'ROMA_SOURCE_MISSING',
  severity: 'error',
  description: 'A Roma population estimate is given without its source.',
  check(plan) {
    const p = plan.municipality?.population;
    if (!isNumber(p?.roma) || (typeof p.romaSource === 'string' && p.romaSource.trim() !== '')) return [];
    return [{ path: ['municipality', 'population', 'roma'], message: 'the Roma population estimate has no source', hint: 'Add `romaSource:` (e.g. "Census 2021" or "Local Roma self-government estimate, 2025").' }];
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
      if (isNumber(y) && (y < p.from || y > last)) out.push({ path: ['monitoring', key], message: `${y} is outside the plan period (${p.from}-${p.to})`, hint: `Choose a year between ${p.from} and ${last}.` });
    }
    return out;
  },
};
