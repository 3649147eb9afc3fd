import type { ChalkInstance } from 'chalk';
import { countryProfiles, type CountryProfile, type Sourced } from '../catalogue/index.js';
import type { Source } from '../catalogue/types.js';
import { messagesFor } from '../i18n/index.js';

/**
 * `roma-plan catalogue countries`: each country profile with its entries and, under each entry,
 * its source. The fixed words are in the person's language; the entries stay in the country's.
 */
export function countryProfileLines(locale: string, c: ChalkInstance): string[] {
  const w = messagesFor(locale).decision.profiles;
  const regions = new Intl.DisplayNames([locale, 'en'], { type: 'region' });
  const cite = (s: Source) => c.dim(`      ${w.source}: ${s.title}${s.publisher ? `, ${s.publisher}` : ''}`);
  const entry = (label: string, e: Sourced<unknown> | undefined, text: (v: never) => string): string[] =>
    e === undefined ? [] : [`    ${label}: ${text(e.value as never)}`, cite(e.source)];
  const kinds = (v: Record<string, string | undefined>) => [...new Set(Object.values(v).filter((x): x is string => x !== undefined))].join(' / ').replaceAll('{municipality}', '…');
  const out = [c.bold(w.catalogueTitle) + c.dim(`  ${w.catalogueHint}`)];
  for (const p of countryProfiles) {
    out.push(`  ${c.cyan(p.code)}  ${c.bold(regions.of(p.code) ?? p.code)}  ${c.dim(`${w.form}: ${p.form}`)}`);
    const lines = [
      ...entry(w.council, p.council, kinds),
      ...entry(w.decision, p.decisionName, (v: string) => v),
      ...entry(w.strategy, p.strategy, (v: NonNullable<CountryProfile['strategy']>['value']) => v.title),
      ...entry(w.contactPoint, p.contactPoint, (v: string) => v),
      ...(p.legalBasis ?? []).flatMap((b) => entry(w.legalBasis, b, (v: string) => v)),
      ...entry(w.entryIntoForce, p.entryIntoForce, (v: string) => (v === 'on-adoption' ? w.onAdoption : w.eighthDay)),
      ...entry(w.gazette, p.gazette, kinds),
      ...entry(w.signatory, p.signatory, kinds),
    ];
    out.push(...(lines.length > 0 ? lines : [`    ${c.dim(w.empty)}`]));
  }
  out.push('');
  return out;
}
