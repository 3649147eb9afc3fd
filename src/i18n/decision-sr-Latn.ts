import type { DecisionTexts } from './decision-en.js';

/** Serbian (Latin; the Cyrillic file is transliterated from it) words of the council decision (same keys as decision-en.ts). */
export const decisionSrLatn: DecisionTexts = {
  titleDraft: 'Nacrt odluke o usvajanju planskog dokumenta „{title}“ ({body})',
  titleAdopted: 'Odluka o usvajanju planskog dokumenta „{title}“ ({body}, broj {decision})',
  legalBasis: 'Pravni osnov: {legalBasis}.',
  preamble: 'Razmotrivši nacrt pripremljen uz učešće romske zajednice u opštini {municipality}, {body} donosi sledeću odluku.',
  preambleUnrecorded: 'Razmotrivši nacrt, {body} donosi sledeću odluku.',
  adopt: '{body} usvaja planski dokument „{title}“ za period {period}, koji je priložen uz ovu odluku i čini njen sastavni deo.',
  budget: 'Mere se finansiraju iz godišnjih budžeta opštine i iz drugih izvora navedenih u planu. Ukupni troškovi plana iznose {total}, od čega se {municipal} obezbeđuje iz budžeta opštine.',
  coordination: 'Sprovođenje plana koordinira {coordinator}. Praćenje sprovođenja plana vrši {monitoringBody}; izveštaj o praćenju podnosi se {frequency}, a razmatra ga {reportTo}.',
  article: 'Član {number}.',
  responsible: 'Odgovorno lice: {responsible}',
  deadline: 'Rok: {deadline}',
  entryEighthDay: 'Ova odluka stupa na snagu osmog dana od dana objavljivanja u službenom glasilu „{gazette}”.',
  publication: 'Ova odluka objavljuje se u službenom glasilu „{gazette}”.',
  signatory: '{body} – predsednik',
  nameLine: 'Ime i prezime: {blank}',
  signatureLine: 'Potpis: {blank}',
  noteLegalBasis: 'nacrt odluke ne navodi pravni osnov',
  noteLegalBasisHint: 'U plan.legalBasis navedite propise i članove na kojima se odluka zasniva; vodič nudi uobičajene za državu. Odluka navodi samo ono što plan navodi.',
};
