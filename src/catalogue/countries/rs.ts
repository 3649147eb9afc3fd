import type { Source } from '../types.js';
import type { CountryProfile } from './types.js';

/*
 * Serbia. How sure each fact is:
 * - Zakon o lokalnoj samoupravi with its full gazette references [verified]; no article is given
 *   (article 32, powers of the assembly, was not verified).
 * - council "Skupština opštine" / "Skupština grada", decision "odluka", signatory "Predsednik
 *   Skupštine …" [high; from the act and municipal practice, article not cited].
 * - entry into force on the eighth day after publication: Ustav Republike Srbije, član 196 (article
 *   verified: publication of general acts, local acts in local official gazettes; the eighth-day
 *   rule of its fourth paragraph is well known but the page checked was cut before it) [high].
 * - gazette "Službeni list opštine/grada …": the usual name, but municipalities name their gazettes
 *   differently (Službeni glasnik, Službeni list) [medium]; the wizard asks the user to confirm it.
 * - strategy with its gazette number 23/2022 [verified].
 * - contact point: the ministry that led the strategy's revision [medium-high; ministries change].
 */
const zls = '„Službeni glasnik RS”, br. 129/2007, 83/2014 – dr. zakon, 101/2016 – dr. zakon, 47/2018 i 111/2021 – dr. zakon';
const lawOnLocalSelfGovernment: Source = { title: `Zakon o lokalnoj samoupravi (${zls})`, publisher: 'Narodna skupština Republike Srbije' };
const constitution: Source = { title: 'Ustav Republike Srbije („Službeni glasnik RS”, br. 98/2006), član 196', publisher: 'Narodna skupština Republike Srbije' };

export const rs: CountryProfile = {
  code: 'RS',
  language: 'sr-Latn',
  form: 'rs-odluka',
  council: { value: { municipality: 'Skupština opštine', town: 'Skupština opštine', city: 'Skupština grada' }, source: lawOnLocalSelfGovernment },
  decisionName: { value: 'odluka', source: lawOnLocalSelfGovernment },
  strategy: {
    value: { title: 'Strategija za socijalno uključivanje Roma i Romkinja u Republici Srbiji za period od 2022. do 2030. godine', period: '2022–2030' },
    source: { title: '„Službeni glasnik RS”, br. 23/2022', publisher: 'Vlada Republike Srbije, 17. februar 2022' },
  },
  contactPoint: {
    value: 'Ministarstvo za ljudska i manjinska prava i društveni dijalog',
    source: { title: 'Akcioni plan za sprovođenje Strategije za socijalno uključivanje Roma i Romkinja 2022–2024, pripremljen na inicijativu Ministarstva za ljudska i manjinska prava i društveni dijalog', publisher: 'Vlada Republike Srbije, 2022' },
  },
  legalBasis: [{ value: `Zakon o lokalnoj samoupravi (${zls})`, source: lawOnLocalSelfGovernment }],
  entryIntoForce: { value: 'eighth-day-after-publication', source: constitution },
  gazette: { value: { municipality: 'Službeni list opštine {municipality}', town: 'Službeni list opštine {municipality}', city: 'Službeni list grada {municipality}' }, source: constitution },
  signatory: { value: { municipality: 'Predsednik Skupštine opštine', town: 'Predsednik Skupštine opštine', city: 'Predsednik Skupštine grada' }, source: lawOnLocalSelfGovernment },
};
