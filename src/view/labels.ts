import { messagesFor, resolveLocale, SUPPORTED_LOCALES, type Messages } from '../i18n/index.js';
import type { Issue } from '../plan/issue.js';
import type { Consultation, Level, Measure, Plan, Settlement } from '../plan/types.js';
import type { DocumentLabels } from './format.js';

type LabelKey = keyof DocumentLabels;
type SourceType = NonNullable<Measure['cost']['sources']>[number]['type'];
type Mediator = NonNullable<Plan['governance']['mediators']>[number];

/* The plan's closed lists (enums) and the labels that name their values. Typed as complete
 * records, so a value added to the schema fails the type-check until it has a label. */

export const STATUS_LABEL: Record<Plan['plan']['status'], LabelKey> = {
  draft: 'statusDraft',
  consultation: 'statusConsultation',
  adopted: 'statusAdopted',
};

export const FORMAT_LABEL: Record<Consultation['format'], LabelKey> = {
  'round-table': 'formatRoundTable',
  'community-meeting': 'formatCommunityMeeting',
  'working-group': 'formatWorkingGroup',
  survey: 'formatSurvey',
  'public-hearing': 'formatPublicHearing',
  other: 'formatOther',
};

export const LEGAL_STATUS_LABEL: Record<NonNullable<Settlement['legalStatus']>, LabelKey> = {
  formal: 'legalFormal',
  informal: 'legalInformal',
  'partly-formal': 'legalPartlyFormal',
};

/** In the order a settlement's services are shown. */
export const SERVICE_LABEL: readonly (readonly [keyof NonNullable<Settlement['services']>, LabelKey])[] = [
  ['water', 'serviceWater'],
  ['electricity', 'serviceElectricity'],
  ['sewage', 'serviceSewage'],
  ['road', 'serviceRoad'],
];

export const LEVEL_LABEL: Record<Level, LabelKey> = { full: 'levelFull', partial: 'levelPartial', none: 'levelNone' };

export const PRIORITY_LABEL: Record<'high' | 'medium' | 'low', LabelKey> = { high: 'priorityHigh', medium: 'priorityMedium', low: 'priorityLow' };

/** Funding source types in the fixed order every budget table uses. */
export const SOURCE_LABEL: readonly (readonly [SourceType, LabelKey])[] = [
  ['municipal', 'sourceMunicipal'],
  ['national', 'sourceNational'],
  ['eu', 'sourceEu'],
  ['donor', 'sourceDonor'],
  ['private', 'sourcePrivate'],
  ['other', 'sourceOther'],
];

export const MEDIATOR_LABEL: Record<Mediator['field'], LabelKey> = {
  education: 'mediatorEducation',
  health: 'mediatorHealth',
  community: 'mediatorCommunity',
  employment: 'mediatorEmployment',
};

export const FREQUENCY_LABEL: Record<Plan['monitoring']['frequency'], LabelKey> = {
  quarterly: 'frequencyQuarterly',
  'semi-annual': 'frequencySemiAnnual',
  annual: 'frequencyAnnual',
};

export const DISAGGREGATION_LABEL: Record<'sex' | 'age' | 'settlement', LabelKey> = {
  sex: 'disaggregationSex',
  age: 'disaggregationAge',
  settlement: 'disaggregationSettlement',
};

export interface DocumentLanguage {
  locale: string;
  messages: Messages;
  /** Set when the requested language has no language file. */
  warning?: Issue;
}

/** The language a document is written in: the requested tag when it has a language file, else English. */
export function documentLanguage(tag: string): DocumentLanguage {
  const { locale, supported } = resolveLocale(tag);
  if (supported) return { locale, messages: messagesFor(locale) };
  return {
    locale,
    messages: messagesFor(locale),
    warning: {
      severity: 'warning',
      code: 'UNSUPPORTED_LANGUAGE',
      path: 'language',
      params: { language: tag, tags: SUPPORTED_LOCALES.join(', ') },
      message: `there are no document labels for the language "${tag}" yet, so the document uses English headings and formats`,
      hint: `Supported languages: ${SUPPORTED_LOCALES.join(', ')}. The plan's own text is kept as written.`,
    },
  };
}
