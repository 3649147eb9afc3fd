import type { CrossCuttingId } from '../catalogue/types.js';
import type { ContentTexts } from '../i18n/content-en.js';
import type { Indicator, Risk } from '../plan/types.js';
import type { ViewContext } from './context.js';
import type { RiskView } from './types.js';

type ContentKey = keyof ContentTexts['labels'];

export const CROSS_CUTTING_LABEL: Record<CrossCuttingId, ContentKey> = {
  'gender-equality': 'crossCuttingGenderEquality',
  'children-youth': 'crossCuttingChildrenYouth',
  'anti-discrimination': 'crossCuttingAntiDiscrimination',
  desegregation: 'crossCuttingDesegregation',
};

export const LEVEL_LABEL: Record<NonNullable<Risk['likelihood']>, ContentKey> = { low: 'levelLow', medium: 'levelMedium', high: 'levelHigh' };

export const INDICATOR_FREQUENCY_LABEL: Record<NonNullable<Indicator['frequency']>, ContentKey> = {
  monthly: 'frequencyMonthly',
  quarterly: 'frequencyQuarterly',
  'semi-annual': 'frequencySemiAnnual',
  annual: 'frequencyAnnual',
  biennial: 'frequencyBiennial',
  once: 'frequencyOnce',
};

export const FUNDING_STATUS_LABEL: Record<'secured' | 'pledged' | 'to-be-sought', ContentKey> = {
  secured: 'fundingSecured',
  pledged: 'fundingPledged',
  'to-be-sought': 'fundingToBeSought',
};

export const FRAMEWORK_LABEL: Record<'eu-2030' | 'poznan-2019', ContentKey> = { 'eu-2030': 'frameworkEu2030', 'poznan-2019': 'frameworkPoznan2019' };

/**
 * A risk as the documents show it. The old form, a sentence, stays a sentence; a structured risk
 * also reads on one line: "risk (Likelihood: high; Impact: medium) — Mitigation: … — Responsible: …".
 */
export function buildRisk(ctx: ViewContext, r: string | Risk): RiskView {
  if (typeof r === 'string') return { risk: r, text: r };
  const l = ctx.content.labels;
  const likelihoodText = r.likelihood === undefined ? undefined : l[LEVEL_LABEL[r.likelihood]];
  const impactText = r.impact === undefined ? undefined : l[LEVEL_LABEL[r.impact]];
  const rating = [likelihoodText && `${l.colLikelihood}: ${likelihoodText}`, impactText && `${l.colImpact}: ${impactText}`].filter(Boolean).join('; ');
  const text = [
    rating === '' ? r.risk : `${r.risk} (${rating})`,
    r.mitigation === undefined ? '' : `${l.colMitigation}: ${r.mitigation}`,
    r.owner === undefined ? '' : `${l.colRiskOwner}: ${r.owner}`,
  ]
    .filter((x) => x !== '')
    .join(' — ');
  return {
    risk: r.risk,
    ...(likelihoodText !== undefined ? { likelihoodText } : {}),
    ...(impactText !== undefined ? { impactText } : {}),
    ...(r.mitigation !== undefined ? { mitigation: r.mitigation } : {}),
    ...(r.owner !== undefined ? { owner: r.owner } : {}),
    text,
  };
}
