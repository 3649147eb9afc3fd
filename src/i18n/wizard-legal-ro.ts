import type { WizardLegalTexts } from './wizard-legal-en.js';

/** Romanian questions of the legal-basis step (same keys as wizard-legal-en.ts). */
export const wizardLegalRo: WizardLegalTexts = {
  title: 'Temeiul legal și hotărârea consiliului',
  fromProfile: 'Pentru hotărârea consiliului ({country}), profilul țării propune următoarele (sursele: {command}):',
  noProfile: 'Nu există un profil pentru {country}: hotărârea are forma neutră și citează numai ce introduceți aici.',
  legalBasisLine: 'Temei legal: {value}',
  noLegalBasis: 'Temei legal: niciunul; hotărârea nu citează niciun act până nu adăugați unul',
  signatoryLine: 'Semnează: {value}',
  gazetteLine: 'Monitorul oficial: {value}',
  responsibleLine: 'Responsabil: {value}',
  deadlineLine: 'Termen: {value}',
  confirm: 'Folosim acestea în hotărâre?',
  legalBasis: 'Actele normative și articolele pe care le citează hotărârea, așa cum se citează (separate prin ;)',
  responsible: 'Cine răspunde de aducerea la îndeplinire a hotărârii (funcția)?',
  deadline: 'Termenul (de ex. permanent sau o dată)?',
  gazette: 'Monitorul oficial în care se publică hotărârea',
  signatory: 'Funcția celui care semnează hotărârea',
  responsibleDefault: 'primarul',
  deadlineDefault: 'permanent',
};
