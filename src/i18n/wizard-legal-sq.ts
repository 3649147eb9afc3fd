import type { WizardLegalTexts } from './wizard-legal-en.js';

/** Albanian questions of the legal-basis step (same keys as wizard-legal-en.ts). */
export const wizardLegalSq: WizardLegalTexts = {
  title: 'Baza ligjore dhe vendimi i këshillit',
  fromProfile: 'Për vendimin e këshillit ({country}) profili i vendit propozon sa vijon (burimet: {command}):',
  noProfile: 'Për {country} nuk ka profil: vendimi merr formën neutrale dhe citon vetëm atë që futni këtu.',
  legalBasisLine: 'Baza ligjore: {value}',
  noLegalBasis: 'Baza ligjore: asnjë; vendimi nuk citon asnjë akt derisa të shtoni një',
  signatoryLine: 'Nënshkruan: {value}',
  gazetteLine: 'Buletini zyrtar: {value}',
  responsibleLine: 'Përgjegjës: {value}',
  deadlineLine: 'Afati: {value}',
  confirm: 'T’i përdorim këto në vendim?',
  legalBasis: 'Aktet dhe nenet që citon vendimi, ashtu si citohen (ndajini me ;)',
  responsible: 'Kush është përgjegjës për zbatimin e vendimit (funksioni)?',
  deadline: 'Afati (p.sh. i vazhdueshëm, ose një datë)?',
  gazette: 'Buletini zyrtar ku botohet vendimi',
  signatory: 'Funksioni i atij që nënshkruan vendimin',
  responsibleDefault: 'kryetari i bashkisë',
  deadlineDefault: 'i vazhdueshëm',
};
