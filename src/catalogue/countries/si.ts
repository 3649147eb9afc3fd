import type { Source } from '../types.js';
import type { CountryProfile } from './types.js';

/*
 * Slovenia. How sure each fact is:
 * - Zakon o romski skupnosti v Republiki Sloveniji (Uradni list RS, št. 33/07) [verified as cited by
 *   the Government Office for National Minorities]; no article is given.
 * - "Občinski svet" [high; Zakon o lokalni samoupravi]. Urban municipalities name theirs
 *   differently ("Mestni svet Mestne občine Ljubljana", "Občinski svet Mestne občine Krško"), so no
 *   name by kind is given.
 * - strategy adopted by the government on 23 December 2021 [verified]; contact point [high].
 * - left out, not verified: the name of the act ("sklep"), signatory, entry into force. Neutral form.
 */
const zls: Source = { title: 'Zakon o lokalni samoupravi (ZLS)', publisher: 'Uradni list Republike Slovenije' };
const zroms: Source = { title: 'Zakon o romski skupnosti v Republiki Sloveniji (Uradni list RS, št. 33/07)', publisher: 'Uradni list Republike Slovenije' };

export const si: CountryProfile = {
  code: 'SI',
  language: 'sl',
  form: 'neutral',
  council: { value: { municipality: 'Občinski svet' }, source: zls },
  strategy: {
    value: { title: 'Nacionalni program ukrepov Vlade Republike Slovenije za Rome za obdobje 2021–2030', period: '2021–2030' },
    source: { title: 'Vlada je sprejela Nacionalni program ukrepov za Rome za obdobje 2021–2030 (108. redna seja)', publisher: 'Vlada Republike Slovenije, 23. december 2021' },
  },
  contactPoint: {
    value: 'Urad Vlade Republike Slovenije za narodnosti',
    source: { title: 'Nacionalni program ukrepov za Rome: koordinacija z Uradom Vlade Republike Slovenije za narodnosti', publisher: 'Vlada Republike Slovenije' },
  },
  legalBasis: [{ value: 'Zakon o romski skupnosti v Republiki Sloveniji (Uradni list RS, št. 33/07)', source: zroms }],
};
