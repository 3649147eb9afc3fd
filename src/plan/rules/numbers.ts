import type { Consultation, Indicator, Measure } from '../types.js';
import { asArray, eachMeasure, isNumber, measureParams, type Finding, type Rule } from './rule.js';

type Settlement = { name?: unknown; population?: unknown };
type Source = NonNullable<Measure['cost']['sources']>[number];

/**
 * A part cannot be larger than its whole: the checks below are all this one comparison. A negative
 * number is the schema's to report (OUT_OF_RANGE); comparing with it would report one mistake twice.
 */
const above = (part: unknown, whole: unknown): part is number => isNumber(part) && isNumber(whole) && whole >= 0 && part > whole;

export const romaAboveTotal: Rule = {
  code: 'ROMA_ABOVE_TOTAL',
  severity: 'error',
  description: 'The Roma population is larger than the total population.',
  check(plan) {
    const p = plan.municipality?.population;
    if (!above(p?.roma, p?.total)) return [];
    return [{ path: ['municipality', 'population', 'roma'], params: { roma: p.roma, total: p.total } }];
  },
};

export const settlementAboveTotal: Rule = {
  code: 'SETTLEMENT_ABOVE_TOTAL',
  severity: 'error',
  description: "A settlement has more residents than the whole municipality.",
  check(plan) {
    const total = plan.municipality?.population?.total;
    const out: Finding[] = [];
    asArray<Settlement>(plan.municipality?.settlements).forEach((s, i) => {
      if (above(s?.population, total)) out.push({ path: ['municipality', 'settlements', i, 'population'], params: { name: String(s.name ?? ''), population: s.population, total: total as number } });
    });
    return out;
  },
};

export const participantsAboveTotal: Rule = {
  code: 'PARTICIPANTS_ABOVE_TOTAL',
  severity: 'error',
  description: "A consultation counts more Roma or women participants than participants in all.",
  check(plan) {
    const out: Finding[] = [];
    asArray<Consultation>(plan.participation).forEach((c, i) => {
      const p = c?.participants;
      for (const which of ['roma', 'women'] as const) {
        if (above(p?.[which], p?.total)) out.push({ path: ['participation', i, 'participants', which], params: { number: i + 1, which, count: p[which], total: p.total } });
      }
    });
    return out;
  },
};

export const membersAboveTotal: Rule = {
  code: 'MEMBERS_ABOVE_TOTAL',
  severity: 'error',
  description: 'The community action group counts more women than members.',
  check(plan) {
    const g = plan.governance?.communityActionGroup;
    if (!above(g?.women, g?.members)) return [];
    return [{ path: ['governance', 'communityActionGroup', 'women'], params: { women: g.women, members: g.members } }];
  },
};

export const beneficiariesAboveTotal: Rule = {
  code: 'BENEFICIARIES_ABOVE_TOTAL',
  severity: 'error',
  description: "A measure's Roma women and men beneficiaries are more than its beneficiaries in all.",
  check(plan) {
    const out: Finding[] = [];
    for (const ref of eachMeasure(plan)) {
      const b = ref.measure.beneficiaries;
      const bySex = (isNumber(b?.romaWomen) ? b.romaWomen : 0) + (isNumber(b?.romaMen) ? b.romaMen : 0);
      if (above(bySex, b?.total)) out.push({ path: [...ref.path, 'beneficiaries'], params: { ...measureParams(ref), bySex, total: b!.total! } });
    }
    return out;
  },
};

/** Units that say the value is a share: "%", "percent", and the word in the plan languages. */
const PERCENT = /^\s*%|%\s*$|\b(per ?cent|percent(age)?)\b|százalék|procent|postot|odstot|përqind|процент/iu;

export const percentAbove100: Rule = {
  code: 'PERCENT_ABOVE_100',
  severity: 'warning',
  description: 'An indicator measured in per cent has a baseline or target above 100.',
  check(plan) {
    const out: Finding[] = [];
    for (const ref of eachMeasure(plan)) {
      asArray<Indicator>(ref.measure.indicators).forEach((ind, i) => {
        if (typeof ind?.unit !== 'string' || !PERCENT.test(ind.unit)) return;
        for (const which of ['baseline', 'target'] as const) {
          const value = ind[which];
          if (isNumber(value) && value > 100) out.push({ path: [...ref.path, 'indicators', i, which], params: { ...measureParams(ref), which, indicator: String(ind.name ?? ''), value } });
        }
      });
    }
    return out;
  },
};

export const zeroFundingSource: Rule = {
  code: 'ZERO_FUNDING_SOURCE',
  severity: 'warning',
  description: 'A funding source of a measure gives nothing (amount 0).',
  check(plan) {
    const out: Finding[] = [];
    for (const ref of eachMeasure(plan)) {
      asArray<Source>(ref.measure.cost?.sources).forEach((s, i) => {
        if (s?.amount === 0 && typeof s.type === 'string') out.push({ path: [...ref.path, 'cost', 'sources', i, 'amount'], params: { ...measureParams(ref), source: s.type } });
      });
    }
    return out;
  },
};
