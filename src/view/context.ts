import type { ContentTexts } from '../i18n/content-en.js';
import type { CatalogueTexts } from '../i18n/index.js';
import type { Plan } from '../plan/types.js';
import type { DocumentLabels, Format } from './format.js';

/** What every part of the view is built from: the plan, and the document's language. */
export interface ViewContext {
  plan: Plan;
  fmt: Format;
  labels: DocumentLabels;
  /** Names of areas, goals and EU objectives in the document's language. */
  texts: CatalogueTexts;
  /** Labels of risks, commitments, funding status, indicators and targets, and the targets' titles. */
  content: ContentTexts;
}
