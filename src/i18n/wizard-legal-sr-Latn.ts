import type { WizardLegalTexts } from './wizard-legal-en.js';

/** Serbian (Latin; the Cyrillic file is transliterated from it) questions of the legal-basis step (same keys as wizard-legal-en.ts). */
export const wizardLegalSrLatn: WizardLegalTexts = {
  title: 'Pravni osnov i odluka skupštine',
  fromProfile: 'Za odluku skupštine ({country}) profil države predlaže sledeće (izvori: {command}):',
  noProfile: 'Za državu {country} nema profila: odluka ima neutralan oblik i navodi samo ono što ovde unesete.',
  legalBasisLine: 'Pravni osnov: {value}',
  noLegalBasis: 'Pravni osnov: nema ga; odluka ne navodi nijedan propis dok ga ne dodate',
  signatoryLine: 'Potpisuje: {value}',
  gazetteLine: 'Službeno glasilo: {value}',
  responsibleLine: 'Odgovorno lice: {value}',
  deadlineLine: 'Rok: {value}',
  confirm: 'Da li da ovo koristimo u odluci?',
  legalBasis: 'Propisi i članovi koje odluka navodi, onako kako se navode (odvojite ih sa ;)',
  responsible: 'Ko je odgovoran za sprovođenje odluke (funkcija)?',
  deadline: 'Rok (npr. kontinuirano ili datum)?',
  gazette: 'Službeno glasilo u kome se odluka objavljuje',
  signatory: 'Funkcija lica koje potpisuje odluku',
  responsibleDefault: 'predsednik opštine',
  deadlineDefault: 'kontinuirano',
};
