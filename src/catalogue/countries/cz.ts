import type { Source } from '../types.js';
import type { CountryProfile } from './types.js';

/*
 * Czech Republic. How sure each fact is:
 * - zákon č. 128/2000 Sb., o obcích: § 84 odst. 1 "Zastupitelstvo obce rozhoduje ve věcech
 *   patřících do samostatné působnosti obce" [verified]; § 84 odst. 2 (reserved powers) exists but
 *   no letter of it was verified for a Roma plan, so it is not offered.
 * - "Zastupitelstvo obce/města", "usnesení" [verified in the act's text].
 * - an usnesení carries no entry-into-force clause [high: practice]; the form prints none.
 * - strategy approved by the government on 10 May 2021 [verified]; contact point: the Office of the
 *   Government, which prepared it [medium].
 * - left out: signatories (starosta, ověřovatelé zápisu; not verified).
 */
const act: Source = { title: 'Zákon č. 128/2000 Sb., o obcích (obecní zřízení)', publisher: 'Sbírka zákonů' };

export const cz: CountryProfile = {
  code: 'CZ',
  language: 'cs',
  form: 'cz-usneseni',
  council: { value: { municipality: 'Zastupitelstvo obce', town: 'Zastupitelstvo města', city: 'Zastupitelstvo města' }, source: act },
  decisionName: { value: 'usnesení', source: act },
  strategy: {
    value: { title: 'Strategie rovnosti, začlenění a participace Romů (Strategie romské integrace) 2021–2030', period: '2021–2030' },
    source: { title: 'Vláda schválila Strategii rovnosti, začlenění a participace Romů 2021–2030', publisher: 'Úřad vlády České republiky, 10. 5. 2021' },
  },
  contactPoint: {
    value: 'Úřad vlády České republiky',
    source: { title: 'Strategie rovnosti, začlenění a participace Romů 2021–2030 (připravil Úřad vlády s Radou vlády pro záležitosti romské menšiny)', publisher: 'Úřad vlády České republiky, 2021' },
  },
  legalBasis: [{ value: '§ 84 odst. 1 zákona č. 128/2000 Sb., o obcích (obecní zřízení), ve znění pozdějších předpisů', source: act }],
};
