import type { CountryProfile } from './types.js';

/*
 * Bosnia and Herzegovina. Councils, their acts and the laws behind them differ between the
 * Federation, Republika Srpska and Brčko District, and nothing that holds for the whole country was
 * verified (not even the contact point), so the profile only fixes the neutral form: the user
 * supplies the legal basis and the decision details.
 */
export const ba: CountryProfile = {
  code: 'BA',
  language: 'bs',
  form: 'neutral',
};
