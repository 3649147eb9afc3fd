import type { Source } from '../types.js';
import type { CountryProfile } from './types.js';

/*
 * Bulgaria. How sure each fact is:
 * - "На основание чл. 21, ал. 1, т. 12 и ал. 2 от ЗМСМА, Общински съвет – … РЕШИ:" is how municipal
 *   councils adopt Roma integration action plans (Хасково, решение от 27.02.2015 и № 699 от
 *   29.07.2022; Русе, решение № 1276 от 22.01.2015) [verified: practice]. Some councils cite т. 23
 *   instead; the user confirms.
 * - "Общински съвет", "решение", signed by the "Председател на Общинския съвет" [verified: same decisions].
 * - strategy: the regional strategies of 2021–2030 carry the national strategy's name [medium-high].
 * - contact point: the National Council for Cooperation on Ethnic and Integration Issues [medium-high].
 * - left out: how a решение takes effect (not verified). The verified decisions read as the neutral
 * form does (legal basis, numbered points, the chair's signature), so no form of its own.
 */
const practice: Source = {
  title: 'Решения на общински съвети за приемане на планове за интеграция на ромите: Хасково, № 699 от 29.07.2022 г.; Русе, № 1276 от 22.01.2015 г.',
  publisher: 'Общински съвет – Хасково; Общински съвет – Русе',
};

export const bg: CountryProfile = {
  code: 'BG',
  language: 'bg',
  form: 'neutral',
  council: { value: { municipality: 'Общински съвет' }, source: practice },
  decisionName: { value: 'решение', source: practice },
  strategy: {
    value: { title: 'Национална стратегия на Република България за равенство, приобщаване и участие на ромите (2021–2030)', period: '2021–2030' },
    source: { title: 'Областни стратегии за равенство, приобщаване и участие на ромите 2021–2030, приети в изпълнение на националната стратегия', publisher: 'Министерски съвет на Република България' },
  },
  contactPoint: {
    value: 'Национален съвет за сътрудничество по етническите и интеграционните въпроси към Министерския съвет',
    source: { title: 'Национален съвет за сътрудничество по етническите и интеграционните въпроси (nccedi.government.bg)', publisher: 'Министерски съвет на Република България' },
  },
  legalBasis: [{ value: 'чл. 21, ал. 1, т. 12 и ал. 2 от Закона за местното самоуправление и местната администрация', source: practice }],
  signatory: { value: { municipality: 'Председател на Общинския съвет' }, source: practice },
};
