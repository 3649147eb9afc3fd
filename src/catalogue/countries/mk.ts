import type { Source } from '../types.js';
import type { CountryProfile } from './types.js';

/*
 * North Macedonia. How sure each fact is:
 * - "Совет на општината", decision "одлука" [high; Закон за локалната самоуправа, cited without its
 *   gazette number and article, neither verified].
 * - left out, not verified: the national strategy's exact title, the contact point, the legal
 *   basis to cite, the signatory and how a одлука takes effect. Neutral form.
 */
const law: Source = { title: 'Закон за локалната самоуправа', publisher: 'Службен весник на Република Македонија' };

export const mk: CountryProfile = {
  code: 'MK',
  language: 'mk',
  form: 'neutral',
  council: { value: { municipality: 'Совет на општината' }, source: law },
  decisionName: { value: 'одлука', source: law },
};
