import type { Consultation } from '../types.js';
import { asArray, isNumber, type Rule } from './rule.js';

export const noRomaParticipants: Rule = {
  code: 'NO_ROMA_PARTICIPANTS',
  severity: 'warning',
  description: 'No consultation records Roma participants.',
  check(plan) {
    const list = asArray<Consultation>(plan.participation);
    if (list.length === 0 || list.some((c) => isNumber(c?.participants?.roma) && c.participants.roma > 0)) return [];
    return [{ path: ['participation'] }];
  },
};

export const noCommunityStructures: Rule = {
  code: 'NO_COMMUNITY_STRUCTURES',
  severity: 'warning',
  description: 'There is neither a community action group nor mediators.',
  check(plan) {
    const g = plan.governance;
    if (!g || typeof g !== 'object') return [];
    if (g.communityActionGroup || asArray(g.mediators).length > 0) return [];
    return [{ path: ['governance'] }];
  },
};
