import type { WizardLegalTexts } from './wizard-legal-en.js';

/** Slovak questions of the legal-basis step (same keys as wizard-legal-en.ts). */
export const wizardLegalSk: WizardLegalTexts = {
  title: 'Právny základ a uznesenie zastupiteľstva',
  fromProfile: 'Pre uznesenie zastupiteľstva ({country}) navrhuje profil krajiny toto (zdroje: {command}):',
  noProfile: 'Pre krajinu {country} profil nie je: uznesenie má neutrálnu podobu a cituje len to, čo tu zadáte.',
  legalBasisLine: 'Právny základ: {value}',
  noLegalBasis: 'Právny základ: žiadny; uznesenie necituje žiadny predpis, kým ho nedoplníte',
  signatoryLine: 'Podpisuje: {value}',
  gazetteLine: 'Úradný vestník: {value}',
  responsibleLine: 'Zodpovedá: {value}',
  deadlineLine: 'Termín: {value}',
  confirm: 'Použiť toto v uznesení?',
  legalBasis: 'Predpisy a ustanovenia, ktoré uznesenie cituje, tak ako sa citujú (oddeľte ich bodkočiarkou)',
  responsible: 'Kto zodpovedá za splnenie uznesenia (funkcia)?',
  deadline: 'Termín (napr. priebežne, alebo dátum)?',
  gazette: 'Úradný vestník, v ktorom sa uznesenie zverejňuje',
  signatory: 'Funkcia toho, kto uznesenie podpisuje',
  responsibleDefault: 'starosta',
  deadlineDefault: 'priebežne',
};
