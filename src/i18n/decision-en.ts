/**
 * The council decision that adopts the plan (the annex), in English: the reference for every
 * other language's decision-<tag>.ts. The country's form (src/catalogue/countries) fixes the
 * structure; these are its words. {blank} is a line of dots to fill in by hand.
 */
export const decisionEn = {
  /**
   * The council's name as it reads inside a sentence, when the language changes its start: a name
   * beginning with `from` begins with `to` instead (Macedonian adds the article, Совет → Советот).
   * Empty `from`: the name is used as written.
   */
  bodyInText: { from: '', to: '' },
  /** {body}, {title} */
  titleDraft: 'Draft decision of the {body} on the adoption of the {title}',
  /** … and {decision}: its number */
  titleAdopted: 'Decision {decision} of the {body} on the adoption of the {title}',
  /** {legalBasis}: the plan's legal basis (plan.legalBasis), joined as a list */
  legalBasis: 'Legal basis: {legalBasis}.',
  /** when Roma took part in the consultations */
  preamble: 'Having considered the draft prepared with the participation of the Roma community of {municipality}, the {body} makes the following decision.',
  /** when the consultations record no Roma participants: it does not claim their part */
  preambleUnrecorded: 'Having considered the draft, the {body} makes the following decision.',
  adopt: 'The {body} adopts the {title} for the years {period}, annexed to this decision.',
  budget: 'The measures are financed from the annual budgets of the municipality and from the other sources named in the plan. The plan costs {total} in total, of which {municipal} comes from the municipal budget.',
  /** {coordinator}: the coordinator's role */
  coordinator: 'The {coordinator} coordinates the implementation of the plan.',
  /** {monitoringBody} reports to {reportTo}, {frequency} (e.g. "every year") */
  monitoring: 'The {monitoringBody} monitors the implementation of the plan and reports to the {reportTo} {frequency}.',
  /** Added to the monitoring point when the plan says how it reports to the national contact point (monitoring.nationalReporting). */
  nationalReporting: 'Reporting to the national contact point for Roma: {nationalReporting}.',
  /** the heading of an article (Serbian and Croatian form) */
  article: 'Article {number}',
  /** who carries the decision out (Hungarian "Felelős") */
  responsible: 'Responsible: {responsible}',
  /** by when (Hungarian "Határidő") */
  deadline: 'Deadline: {deadline}',
  /** entry into force where the country has the eighth-day rule; {gazette}: its official gazette */
  entryEighthDay: 'This decision enters into force on the eighth day after its publication in the official gazette “{gazette}”.',
  /** where the plan names a gazette and the form says nothing more */
  publication: 'This decision is published in the official gazette “{gazette}”.',
  /** the default title of who signs */
  signatory: 'Chair of the {body}',
  nameLine: 'Name: {blank}',
  signatureLine: 'Signature: {blank}',
  /** The note for reviewers when the plan gives no legal basis: a fragment, then a sentence. */
  noteLegalBasis: 'the draft decision cites no legal basis',
  noteLegalBasisHint: 'List the acts and articles the decision rests on under plan.legalBasis; the wizard offers the usual ones for the country. The decision cites only what the plan lists.',
  /** Words of `roma-plan catalogue countries`, which lists the country profiles and their sources. */
  profiles: {
    catalogueTitle: 'Country profiles',
    catalogueHint: '(the council decision’s form per country; every entry with its source, what is missing the plan supplies)',
    council: 'Council',
    decision: 'Decision',
    form: 'Form',
    strategy: 'National Roma strategy',
    contactPoint: 'National contact point',
    legalBasis: 'Usual legal basis',
    entryIntoForce: 'Takes effect',
    onAdoption: 'on adoption, with no clause in the decision',
    eighthDay: 'on the eighth day after publication in the official gazette',
    gazette: 'Official gazette',
    signatory: 'Signed by',
    source: 'source',
    empty: 'Nothing sourced: the plan supplies the legal basis and the decision details.',
  },
};

/** What every language's decision file holds: the keys of the English one. */
export type DecisionTexts = typeof decisionEn;
