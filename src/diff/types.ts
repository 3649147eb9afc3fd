import type { AreaId } from '../catalogue/types.js';

/** A value as it stands in a plan file: text, a number, a list or a mapping (undefined when absent). */
export type PlanValue = unknown;

/** One field that differs, by its path inside its owner (a measure, or the plan). */
export interface FieldChange {
  /** 'lead', 'cost.total', 'cost.sources', 'indicators', 'monitoring.reportTo'... */
  field: string;
  /** For indicator fields: the indicator's name (the field is then e.g. 'target'). */
  indicator?: string;
  before: PlanValue;
  after: PlanValue;
}

/** A measure named the way the council reads it: its number in the plan and its title. */
export interface MeasureRef {
  /** The number the rendered plan gives it (1.2.1), in the version it is found in. */
  number: string;
  id?: string;
  areaId: AreaId;
  title: string;
  lead: string;
  cost: number;
  start: string | number;
  end: string | number;
}

export interface AmountChange<K> {
  key: K;
  before: number;
  after: number;
}

/**
 * What changed between two versions of a valid plan. Data only: values as the files hold them,
 * so that `--json` is exact and every document formats them in its own language.
 */
export interface PlanDiff {
  period: { before: { from: number; to: number }; after: { from: number; to: number } } | undefined;
  measures: {
    added: MeasureRef[];
    removed: MeasureRef[];
    /** Measures found in both versions (by id, else by position) with the fields that differ. */
    changed: { before: MeasureRef; after: MeasureRef; fields: FieldChange[] }[];
  };
  budget: {
    byArea: AmountChange<AreaId>[];
    bySource: AmountChange<string>[];
    total: { before: number; after: number };
  };
  /** Everything else that differs (plan, municipality, governance, areas' texts, monitoring...). */
  other: FieldChange[];
  /** Whether anything at all differs. */
  changed: boolean;
}
