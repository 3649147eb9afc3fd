import type { WizardLegalTexts } from './wizard-legal-en.js';

/** Slovenian questions of the legal-basis step (same keys as wizard-legal-en.ts). */
export const wizardLegalSl: WizardLegalTexts = {
  title: 'Pravna podlaga in odločitev občinskega sveta',
  fromProfile: 'Za odločitev občinskega sveta ({country}) profil države predlaga naslednje (viri: {command}):',
  noProfile: 'Za državo {country} profila ni: odločitev ima nevtralno obliko in navaja samo tisto, kar vnesete tukaj.',
  legalBasisLine: 'Pravna podlaga: {value}',
  noLegalBasis: 'Pravna podlaga: brez; odločitev ne navaja nobenega predpisa, dokler ga ne dodate',
  signatoryLine: 'Podpisnik: {value}',
  gazetteLine: 'Uradno glasilo: {value}',
  responsibleLine: 'Odgovorna oseba: {value}',
  deadlineLine: 'Rok: {value}',
  confirm: 'Ali to uporabimo v odločitvi?',
  legalBasis: 'Predpisi in členi, ki jih odločitev navaja, tako kot se navajajo (ločite jih s podpičjem)',
  responsible: 'Kdo je odgovoren za izvedbo odločitve (funkcija)?',
  deadline: 'Rok (npr. stalno ali datum)?',
  gazette: 'Uradno glasilo, v katerem se odločitev objavi',
  signatory: 'Funkcija podpisnika odločitve',
  responsibleDefault: 'župan',
  deadlineDefault: 'stalno',
};
