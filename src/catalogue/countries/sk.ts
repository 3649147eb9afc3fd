import type { Source } from '../types.js';
import type { CountryProfile } from './types.js';

/*
 * Slovakia. How sure each fact is:
 * - zákon SNR č. 369/1990 Zb. o obecnom zriadení [verified]; § 11 ods. 4 (reserved powers) was not
 *   verified, so the act is cited without a section.
 * - "obecné zastupiteľstvo" and its "uznesenie" [verified in the act and municipal pages];
 *   "mestské zastupiteľstvo" in towns [high].
 * - signatory: starosta (obec), primátor (mesto) [high; the act, section not cited].
 * - left out, not verified: the national strategy and the national contact point. The decision
 *   uses the neutral form, as no Slovak form was verified.
 */
const act: Source = { title: 'Zákon Slovenskej národnej rady č. 369/1990 Zb. o obecnom zriadení', publisher: 'Zbierka zákonov' };

export const sk: CountryProfile = {
  code: 'SK',
  language: 'sk',
  form: 'neutral',
  council: { value: { municipality: 'Obecné zastupiteľstvo', town: 'Mestské zastupiteľstvo', city: 'Mestské zastupiteľstvo' }, source: act },
  decisionName: { value: 'uznesenie', source: act },
  legalBasis: [{ value: 'zákon SNR č. 369/1990 Zb. o obecnom zriadení v znení neskorších predpisov', source: act }],
  signatory: { value: { municipality: 'starosta obce', town: 'primátor mesta', city: 'primátor mesta' }, source: act },
};
