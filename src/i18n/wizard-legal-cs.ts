import type { WizardLegalTexts } from './wizard-legal-en.js';

/** Czech questions of the legal-basis step (same keys as wizard-legal-en.ts). */
export const wizardLegalCs: WizardLegalTexts = {
  title: 'Právní základ a usnesení zastupitelstva',
  fromProfile: 'Pro usnesení zastupitelstva ({country}) navrhuje profil země toto (zdroje: {command}):',
  noProfile: 'Pro zemi {country} profil není: usnesení má neutrální podobu a cituje jen to, co zde zadáte.',
  legalBasisLine: 'Právní základ: {value}',
  noLegalBasis: 'Právní základ: žádný; usnesení necituje žádný předpis, dokud ho nedoplníte',
  signatoryLine: 'Podepisuje: {value}',
  gazetteLine: 'Úřední věstník: {value}',
  responsibleLine: 'Zodpovídá: {value}',
  deadlineLine: 'Termín: {value}',
  confirm: 'Použít toto v usnesení?',
  legalBasis: 'Předpisy a ustanovení, které usnesení cituje, tak jak se citují (oddělte je středníkem)',
  responsible: 'Kdo zodpovídá za splnění usnesení (funkce)?',
  deadline: 'Termín (např. průběžně, nebo datum)?',
  gazette: 'Úřední věstník, v němž se usnesení zveřejňuje',
  signatory: 'Funkce toho, kdo usnesení podepisuje',
  responsibleDefault: 'starosta',
  deadlineDefault: 'průběžně',
};
