import { al } from './al.js';
import { ba } from './ba.js';
import { bg } from './bg.js';
import { cz } from './cz.js';
import { hr } from './hr.js';
import { hu } from './hu.js';
import { mk } from './mk.js';
import { ro } from './ro.js';
import { rs } from './rs.js';
import { si } from './si.js';
import { sk } from './sk.js';
import type { CountryProfile, MunicipalityKind } from './types.js';

export { DECISION_FORMS } from './types.js';
export type { CountryProfile, DecisionForm, EntryIntoForce, MunicipalityKind, Sourced } from './types.js';

/** The country profiles, one per country of the plan languages, in the order the catalogue lists them. */
export const countryProfiles: readonly CountryProfile[] = [hu, rs, cz, sk, ro, bg, si, hr, mk, ba, al];

const index = new Map(countryProfiles.map((p) => [p.code, p]));

/** The profile of a country (ISO 3166-1 alpha-2), or undefined: then the decision takes the neutral form. */
export function countryProfile(code: string): CountryProfile | undefined {
  return index.get(code.toUpperCase());
}

/** A text of the profile for a kind of municipality, with `{municipality}` filled in. */
export function byKind(value: Partial<Record<MunicipalityKind, string>> & { municipality: string }, kind: MunicipalityKind | undefined, municipality: string): string {
  return (value[kind ?? 'municipality'] ?? value.municipality).replace('{municipality}', municipality);
}
