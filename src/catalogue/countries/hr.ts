import type { Source } from '../types.js';
import type { CountryProfile } from './types.js';

/*
 * Croatia. How sure each fact is:
 * - councils "Općinsko vijeće" / "Gradsko vijeće", decision "odluka" [high; the act, no article].
 *   The act's full list of Narodne novine numbers was not verified, so it is not offered as legal
 *   basis: the user cites it with the numbers of the day.
 * - entry into force on the eighth day after publication: Ustav Republike Hrvatske, članak 90
 *   (publication before entry into force, the eighth day as the rule) [medium-high; local
 *   decisions seen ending "stupa na snagu osmoga dana od dana objave u …"].
 * - the gazette differs from one municipality to the next (Službeni glasnik Grada …, Glasnik
 *   županije …), so it is left to the user.
 * - strategy [verified]; contact point [medium-high: the Office runs the plan's monitoring committee].
 * - signatory "Predsjednik Općinskog/Gradskog vijeća" [high; the act, article not cited, not verified].
 */
const law: Source = { title: 'Zakon o lokalnoj i područnoj (regionalnoj) samoupravi', publisher: 'Narodne novine' };

export const hr: CountryProfile = {
  code: 'HR',
  language: 'hr',
  form: 'hr-odluka',
  council: { value: { municipality: 'Općinsko vijeće', town: 'Gradsko vijeće', city: 'Gradsko vijeće' }, source: law },
  decisionName: { value: 'odluka', source: law },
  strategy: {
    value: { title: 'Nacionalni plan za uključivanje Roma, za razdoblje od 2021. do 2027. godine', period: '2021–2027' },
    source: { title: 'Odluka o donošenju Nacionalnog plana za uključivanje Roma, za razdoblje od 2021. do 2027. godine', publisher: 'Vlada Republike Hrvatske, 23. lipnja 2021.' },
  },
  contactPoint: {
    value: 'Ured za ljudska prava i prava nacionalnih manjina Vlade Republike Hrvatske',
    source: { title: 'Povjerenstvo za praćenje provedbe Nacionalnog plana za uključivanje Roma 2021.–2027.', publisher: 'Ured za ljudska prava i prava nacionalnih manjina, 2023.' },
  },
  entryIntoForce: { value: 'eighth-day-after-publication', source: { title: 'Ustav Republike Hrvatske, članak 90', publisher: 'Narodne novine' } },
  signatory: { value: { municipality: 'Predsjednik Općinskog vijeća', town: 'Predsjednik Gradskog vijeća', city: 'Predsjednik Gradskog vijeća' }, source: law },
};
