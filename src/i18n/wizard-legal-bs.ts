import type { WizardLegalTexts } from './wizard-legal-en.js';

/** Bosnian questions of the legal-basis step (same keys as wizard-legal-en.ts). */
export const wizardLegalBs: WizardLegalTexts = {
  title: 'Pravni osnov i odluka vijeća',
  fromProfile: 'Za odluku vijeća ({country}) profil države predlaže sljedeće (izvori: {command}):',
  noProfile: 'Za državu {country} nema profila: odluka ima neutralan oblik i navodi samo ono što ovdje unesete.',
  legalBasisLine: 'Pravni osnov: {value}',
  noLegalBasis: 'Pravni osnov: nema ga; odluka ne navodi nijedan propis dok ga ne dodate',
  signatoryLine: 'Potpisuje: {value}',
  gazetteLine: 'Službeno glasilo: {value}',
  responsibleLine: 'Odgovorna osoba: {value}',
  deadlineLine: 'Rok: {value}',
  confirm: 'Koristiti ovo u odluci?',
  legalBasis: 'Propisi i članovi koje odluka navodi, onako kako se navode (odvojite ih sa ;)',
  responsible: 'Ko je odgovoran za provođenje odluke (funkcija)?',
  deadline: 'Rok (npr. kontinuirano ili datum)?',
  gazette: 'Službeno glasilo u kojem se odluka objavljuje',
  signatory: 'Funkcija osobe koja potpisuje odluku',
  responsibleDefault: 'načelnik',
  deadlineDefault: 'kontinuirano',
};
