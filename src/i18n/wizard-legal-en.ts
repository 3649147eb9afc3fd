/**
 * The wizard's step for the legal basis and the details of the council decision
 * (src/wizard/sections/legal-basis.ts), in English: the reference for every wizard-legal-<tag>.ts.
 */
export const wizardLegalEn = {
  /** Section title. */
  title: 'Legal basis and the council decision',
  /** Shown before the proposal; {country}: the country name, {command}: the command that lists the sources. */
  fromProfile: 'For a council decision in {country}, the country profile proposes the following (its sources: {command}):',
  /** The same for a country without a profile. */
  noProfile: 'There is no profile for {country}: the decision takes the neutral form, and only what you enter here is cited.',
  /** {value}: the citations, joined. */
  legalBasisLine: 'Legal basis: {value}',
  noLegalBasis: 'Legal basis: none; the decision cites no law until you add one',
  signatoryLine: 'Signed by: {value}',
  gazetteLine: 'Official gazette: {value}',
  responsibleLine: 'Responsible: {value}',
  deadlineLine: 'Deadline: {value}',
  /** One question when the proposal is fine; "no" asks each detail. */
  confirm: 'Use these for the council decision?',
  legalBasis: 'Acts and articles the decision cites, each as it is cited (separate them with ;)',
  responsible: 'Who is responsible for carrying out the decision (a role)?',
  deadline: 'By when (e.g. continuous, or a date)?',
  gazette: 'The official gazette the decision is published in',
  signatory: 'Title of who signs the decision',
  /** Proposed where the decision names who is responsible (Hungarian Felelős); the user confirms it. */
  responsibleDefault: 'the mayor',
  /** Proposed where the decision names a deadline (Hungarian Határidő). */
  deadlineDefault: 'continuous',
};

/** What every language's legal-basis questions hold: the keys of the English ones. */
export type WizardLegalTexts = typeof wizardLegalEn;
