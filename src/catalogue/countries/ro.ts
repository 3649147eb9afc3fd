import type { Source } from '../types.js';
import type { CountryProfile } from './types.js';

/*
 * Romania. How sure each fact is:
 * - OUG nr. 57/2019 privind Codul administrativ, Monitorul Oficial nr. 555 din 5 iulie 2019
 *   [verified]; the articles usually cited (art. 139 alin. (1), art. 196 alin. (1) lit. a)) were not
 *   verified, so the act is cited without them.
 * - "Consiliul Local" of the commune, town or municipality, "hotărâre" [high; the code].
 * - strategy approved by HG nr. 560/2022, Monitorul Oficial nr. 450 din 5 mai 2022 [verified].
 * - contact point: Agenția Națională pentru Romi, co-chair of the committee that implements the
 *   strategy [medium-high].
 * - left out, not verified: how a hotărâre takes effect (art. 198–199), the signatures
 *   ("președinte de ședință", "contrasemnează secretarul general"). Neutral form.
 */
const code: Source = { title: 'Ordonanța de urgență a Guvernului nr. 57/2019 privind Codul administrativ', publisher: 'Monitorul Oficial al României, Partea I, nr. 555 din 5 iulie 2019' };

export const ro: CountryProfile = {
  code: 'RO',
  language: 'ro',
  form: 'neutral',
  council: { value: { municipality: 'Consiliul Local al Comunei {municipality}', town: 'Consiliul Local al Orașului {municipality}', city: 'Consiliul Local al Municipiului {municipality}' }, source: code },
  decisionName: { value: 'hotărâre', source: code },
  strategy: {
    value: { title: 'Strategia Guvernului României de incluziune a cetățenilor români aparținând minorității rome pentru perioada 2022-2027', period: '2022–2027' },
    source: { title: 'Hotărârea Guvernului nr. 560/2022', publisher: 'Monitorul Oficial al României, Partea I, nr. 450 din 5 mai 2022' },
  },
  contactPoint: {
    value: 'Agenția Națională pentru Romi',
    source: { title: 'Comitetul interministerial pentru implementarea, monitorizarea și evaluarea Strategiei 2022-2027, co-prezidat de președintele Agenției Naționale pentru Romi', publisher: 'Guvernul României, mai 2022' },
  },
  legalBasis: [{ value: 'Ordonanța de urgență a Guvernului nr. 57/2019 privind Codul administrativ, cu modificările și completările ulterioare', source: code }],
};
