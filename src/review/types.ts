import type { CheckId, Criterion } from './checks.js';

/** Whether a check is met: fully, in part (some of what it asks is there), or not at all. */
export type CheckState = true | false | 'partial';

/**
 * What one check found, as data: the state, whether it applies to this plan, and the facts its
 * reason names (measure numbers, area numbers, fields), so that the words come later, in any language.
 */
export interface CheckFinding {
  id: CheckId;
  criterion: Criterion;
  met: CheckState;
  applicable: boolean;
  /** The concrete facts behind the verdict, e.g. `{ missing: ['2.1.1', '3.2.1'], total: 12 }`. */
  facts: CheckFacts;
}

export interface CheckFacts {
  /** How many of `total` things are missing what the check asks (measures, objectives, areas...). */
  count?: number;
  total?: number;
  /** The things concerned: measure or objective numbers, area titles, field names, acts. */
  items?: string[];
  /** Areas: the ones the plan leaves out (ids). */
  leftOut?: string[];
  /** Sustainability: whether the plan as a whole says how the work continues. */
  planStatement?: boolean;
}

/** One line of the checklist, worded in the document's language. */
export interface ReviewCheckView {
  id: CheckId;
  criterion: Criterion;
  /** The criterion's name in the document's language. */
  criterionText: string;
  met: CheckState;
  applicable: boolean;
  /** Met, partly met, not met, not applicable: in words. */
  stateText: string;
  title: string;
  /** Why, with the concrete facts. */
  reason: string;
  /** What to do to meet it; absent when met or not applicable. */
  todo?: string;
  facts: CheckFacts;
}

/** The reviewer's checklist of a plan: a document view of its own, built once, shown by every output. */
export interface ReviewView {
  locale: string;
  title: string;
  intro: string;
  /** The published criteria the checklist follows, as the reader sees them named. */
  criteria: { id: Criterion; title: string }[];
  checks: ReviewCheckView[];
  score: {
    met: number;
    partial: number;
    applicable: number;
    /** Met / applicable, 0..100, rounded down so that 100 means every check met. */
    percent: number;
    /** e.g. "7 of 13 checks met (53 %)". */
    text: string;
    /** e.g. "7/13 (53 %)", for a table cell. */
    short: string;
  };
  /** How the score is counted, in words. */
  scoreRule: string;
  labels: { colCheck: string; colState: string; colReason: string; todo: string; criteria: string };
}
