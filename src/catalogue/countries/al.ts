import type { Source } from '../types.js';
import type { CountryProfile } from './types.js';

/*
 * Albania. How sure each fact is:
 * - "Këshilli Bashkiak", the municipality's representative and decision-making body, and its
 *   "vendim" [verified: the model rules of procedure for municipal councils, 2019].
 * - left out, not verified: the article of Ligji nr. 139/2015 "Për vetëqeverisjen vendore" (the
 *   act's number itself was not checked either), the national action plan, the contact point, the
 *   signatory and how a vendim takes effect. Neutral form.
 */
const model: Source = { title: 'Model Rregullore për Këshillat Bashkiakë', publisher: 'Projekti Bashki të Forta (Helvetas), tetor 2019' };

export const al: CountryProfile = {
  code: 'AL',
  language: 'sq',
  form: 'neutral',
  council: { value: { municipality: 'Këshilli Bashkiak' }, source: model },
  decisionName: { value: 'vendim', source: model },
};
