import { areas } from '../catalogue/areas.js';
import { euObjectives } from '../catalogue/eu-objectives.js';
import { goals } from '../catalogue/goals.js';
import type { CatalogueTexts } from './types.js';

const catalogueTexts = {
  areas: Object.fromEntries(areas.map((a) => [a.id, { title: a.title, short: a.short }])),
  goals: Object.fromEntries(goals.map((g) => [g.id, { title: g.title, short: g.short }])),
  eu: Object.fromEntries(euObjectives.map((e) => [e.id, e.title])),
} as CatalogueTexts;

/**
 * English, the reference language: every other language file has exactly these keys (a test and
 * the type-checker both fail when one is missing). `{name}` marks a value filled in at run time.
 */
export const en = {
  meta: { name: 'English', nativeName: 'English' },
  /** The names of the areas, goals and EU objectives (English comes from the catalogue itself). */
  catalogue: catalogueTexts,
  /** Labels of the rendered action plan (Markdown and PDF). */
  document: {
  },
  /** Labels only the PDF needs (running header and footer, chart legends). */
  pdf: {
  },
  /** Questions, choices and messages of `roma-plan init`. */
  wizard: {
  },
};

export type Messages = typeof en;
