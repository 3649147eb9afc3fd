import type { Source } from '../types.js';

/**
 * The forms of council decision the documents can draw. A form fixes the structure (how points
 * are numbered, whether the decision names who is responsible and by when, how it takes effect);
 * the words come from the document's language. Countries whose form is not verified use `neutral`.
 */
export const DECISION_FORMS = ['hu-hatarozat', 'rs-odluka', 'hr-odluka', 'cz-usneseni', 'neutral'] as const;
export type DecisionForm = (typeof DECISION_FORMS)[number];

/** How a decision of this form takes effect, as far as the profile's sources show it. */
export type EntryIntoForce =
  /** On adoption, with no clause in the decision (Hungarian határozat, Czech usnesení). */
  | 'on-adoption'
  /** On the eighth day after publication in the official gazette the decision names. */
  | 'eighth-day-after-publication';

/** One fact of a profile with where it comes from. A fact without a source is not in the catalogue. */
export interface Sourced<T> {
  value: T;
  source: Source;
}

/** A municipality's kind, as the plan format names it (municipality.type). */
export type MunicipalityKind = 'municipality' | 'town' | 'city';

/**
 * What the catalogue knows about councils and their decisions in one country. Every entry names
 * its source; what could not be sourced is absent, and the user supplies it in the plan
 * (plan.legalBasis, plan.decision). Texts are in the country's official language.
 */
export interface CountryProfile {
  /** ISO 3166-1 alpha-2. */
  code: string;
  /** The language the texts of the profile are in (a plan language tag). */
  language: string;
  form: DecisionForm;
  /** The council's name by kind of municipality; `municipality` is used for a kind not listed. */
  council?: Sourced<Partial<Record<MunicipalityKind, string>> & { municipality: string }>;
  /** The name of the act the council adopts the plan with, e.g. "határozat". */
  decisionName?: Sourced<string>;
  /** The national Roma strategy and its period. */
  strategy?: Sourced<{ title: string; period?: string }>;
  /** The national contact point for Roma integration. */
  contactPoint?: Sourced<string>;
  /** Acts (and articles, where verified) such a decision usually cites, each as it is cited. */
  legalBasis?: Sourced<string>[];
  entryIntoForce?: Sourced<EntryIntoForce>;
  /** The official gazette a decision is published in, by kind; `{municipality}` is the name. */
  gazette?: Sourced<Partial<Record<MunicipalityKind, string>> & { municipality: string }>;
  /** The title of who signs the decision, by kind of municipality. */
  signatory?: Sourced<Partial<Record<MunicipalityKind, string>> & { municipality: string }>;
}
