import type { WizardLegalTexts } from './wizard-legal-en.js';

/** Hungarian questions of the legal-basis step (same keys as wizard-legal-en.ts). */
export const wizardLegalHu: WizardLegalTexts = {
  title: 'Jogalap és a képviselő-testületi határozat',
  fromProfile: 'Az országprofil a következőket javasolja a határozathoz ({country}; a források: {command}):',
  noProfile: '{country} országra nincs profil: a határozat semleges formát kap, és csak az itt megadott jogszabályokra hivatkozik.',
  legalBasisLine: 'Jogalap: {value}',
  noLegalBasis: 'Jogalap: nincs; a határozat nem hivatkozik jogszabályra, amíg meg nem adja',
  signatoryLine: 'Aláíró: {value}',
  gazetteLine: 'Hivatalos lap: {value}',
  responsibleLine: 'Felelős: {value}',
  deadlineLine: 'Határidő: {value}',
  confirm: 'Ezeket használjuk a határozatban?',
  legalBasis: 'A határozatban hivatkozott jogszabályok és rendelkezések, ahogyan hivatkozni szokás rájuk (pontosvesszővel elválasztva)',
  responsible: 'Ki a felelős a határozat végrehajtásáért (tisztség)?',
  deadline: 'Határidő (pl. folyamatos, vagy egy dátum)?',
  gazette: 'A hivatalos lap, amelyben a határozatot közzéteszik',
  signatory: 'A határozatot aláíró tisztsége',
  responsibleDefault: 'polgármester',
  deadlineDefault: 'folyamatos',
};
