import type { AreaId, EuObjectiveId, GoalId } from '../catalogue/types.js';

/** Catalogue names in one language. Practices may stay untranslated (English is shown then). */
export interface CatalogueTexts {
  areas: Record<AreaId, { title: string; short: string }>;
  goals: Record<GoalId, { title: string; short: string }>;
  eu: Record<EuObjectiveId, string>;
  practices?: Partial<Record<string, { title: string; description: string }>>;
}
