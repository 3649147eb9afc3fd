/** Ids are part of the plan format (plan-format.md); never rename them. */
export const AREA_IDS = [
  'participation',
  'employment',
  'health',
  'culture',
  'education',
  'birth-registration',
  'living-conditions',
] as const;
export type AreaId = (typeof AREA_IDS)[number];

export const GOAL_IDS = [
  'conflict-prevention',
  'consensual-democracy',
  'balancing-interests',
  'checks-and-balances',
  'cultural-autonomy',
  'service-provision',
  'public-participation',
  'needs-based-budgeting',
  'economic-activity',
  'security',
] as const;
export type GoalId = (typeof GOAL_IDS)[number];

export const EU_OBJECTIVE_IDS = [
  'antigypsyism',
  'poverty',
  'participation',
  'education',
  'employment',
  'health',
  'housing',
] as const;
export type EuObjectiveId = (typeof EU_OBJECTIVE_IDS)[number];

/** Where a fact or a practice comes from, as a reader of the plan can look it up. */
export interface Source {
  /** Short citation a council member can look up, e.g. "Roma-Net case study, Ostrava (URBACT)". */
  title: string;
  /** Publisher or programme, year where known. */
  publisher?: string;
}

export interface Area {
  id: AreaId;
  /** 1-based position, used for chapter numbering. */
  number: number;
  title: string;
  /** A few words for table headers and charts. */
  short: string;
  /** What the area covers, in one or two plain sentences. */
  description: string;
  /** The default EU framework objectives a measure in this area serves. */
  euObjectives: EuObjectiveId[];
}

export interface Goal {
  id: GoalId;
  number: number;
  title: string;
  short: string;
}

export interface EuObjective {
  id: EuObjectiveId;
  title: string;
}

export interface Practice {
  id: string;
  areas: AreaId[];
  goals: GoalId[];
  title: string;
  description: string;
  source: Source;
}

export interface Catalogue {
  areas: Area[];
  goals: Goal[];
  euObjectives: EuObjective[];
  practices: Practice[];
}

/**
 * The cross-cutting commitments of the EU Roma framework 2020-2030 that a plan states and its
 * measures serve; part of the plan format.
 */
export const CROSS_CUTTING_IDS = ['gender-equality', 'children-youth', 'anti-discrimination', 'desegregation'] as const;
export type CrossCuttingId = (typeof CROSS_CUTTING_IDS)[number];

/** The targets an indicator may contribute to (src/catalogue/targets.ts); part of the plan format. */
export const TARGET_IDS = [
  'eu-discrimination',
  'eu-reporting-discrimination',
  'eu-poverty',
  'eu-child-poverty',
  'eu-early-childhood',
  'eu-upper-secondary',
  'eu-segregated-schools',
  'eu-employment',
  'eu-gender-employment',
  'eu-neet',
  'eu-life-expectancy',
  'eu-housing-deprivation',
  'eu-overcrowding',
  'eu-tap-water',
  'poznan-employment',
  'poznan-housing',
  'poznan-primary',
  'poznan-secondary',
  'poznan-health-insurance',
  'poznan-civil-registry',
] as const;
export type TargetId = (typeof TARGET_IDS)[number];

/** A target that municipalities are asked to contribute to, as its source states it. */
export interface Target {
  id: TargetId;
  /** Which framework sets it. */
  framework: 'eu-2030' | 'poznan-2019';
  /** The EU framework objective it belongs to (EU targets), or the closest one (Poznan). */
  euObjective: EuObjectiveId;
  /** The local area whose indicators usually contribute to it. */
  area: AreaId;
  /** The target in English, in our words; the language files give it in each language. */
  title: string;
  source: Source;
}
