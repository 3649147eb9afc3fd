import type { Source } from '../types.js';
import type { CountryProfile } from './types.js';

/*
 * Hungary. How sure each fact is (checked against public pages):
 * - council names: Mötv. names the councils "képviselő-testület" and, in cities with county rights
 *   and counties, "közgyűlés" [high; the act, not its section, is cited]. A `city` plan is taken to
 *   be a city with county rights; the wizard shows the name so the user can correct it.
 * - decision "határozat", closing with "Felelős:" and "Határidő:", no entry-into-force clause: seen in
 *   adopted decisions (Jászárokszállás 322/2022. (XII. 01.), Őrbottyán 74/2023. (IV. 26.)) and in
 *   government decisions such as 1619/2021. (IX. 3.) [high: practice].
 * - legal basis: the Mötv. as an act [high]; no section is given, none was verified for adopting a
 *   Roma action plan. Ebktv. 31. § (local equal opportunity programme) is verified but applies to a
 *   HEP, not to every Roma plan, so it is not offered.
 * - strategy: MNTFS 2030, named in Government Decision 1619/2021. (IX. 3.) [verified]; the decision
 *   adopting the strategy itself was not found, so no number is given.
 * - left out: national contact point (the ministry changes with governments), signatory.
 */
const motv: Source = { title: 'Magyarország helyi önkormányzatairól szóló 2011. évi CLXXXIX. törvény (Mötv.)', publisher: 'Magyar Közlöny' };
const practice: Source = {
  title: 'Képviselő-testületi határozatok, pl. Jászárokszállás Város Önkormányzata Képviselő-testületének 322/2022. (XII. 01.) határozata (Felelős, Határidő; hatálybalépési záradék nélkül)',
  publisher: 'Jászárokszállás Város Önkormányzata, 2022',
};

export const hu: CountryProfile = {
  code: 'HU',
  language: 'hu',
  form: 'hu-hatarozat',
  council: { value: { municipality: 'Képviselő-testület', town: 'Képviselő-testület', city: 'Közgyűlés' }, source: motv },
  decisionName: { value: 'határozat', source: practice },
  strategy: {
    value: { title: 'Magyar Nemzeti Társadalmi Felzárkózási Stratégia 2030 (MNTFS 2030)' },
    source: { title: 'A Kormány 1619/2021. (IX. 3.) Korm. határozata a Magyar Nemzeti Társadalmi Felzárkózási Stratégia 2030 végrehajtásának a 2021–2024. évekre szóló kormányzati intézkedési tervéről', publisher: 'Magyar Közlöny, 2021' },
  },
  legalBasis: [{ value: 'Magyarország helyi önkormányzatairól szóló 2011. évi CLXXXIX. törvény', source: motv }],
  entryIntoForce: { value: 'on-adoption', source: practice },
};
