import type { DecisionTexts } from './decision-en.js';

/** Bosnian words of the council decision (same keys as decision-en.ts). */
export const decisionBs: DecisionTexts = {
  titleDraft: 'Nacrt odluke o usvajanju dokumenta „{title}“ ({body})',
  titleAdopted: 'Odluka o usvajanju dokumenta „{title}“ ({body}, broj {decision})',
  legalBasis: 'Pravni osnov: {legalBasis}.',
  preamble: 'Razmotrivši nacrt pripremljen uz učešće romske zajednice u općini {municipality}, {body} donosi sljedeću odluku.',
  preambleUnrecorded: 'Razmotrivši nacrt, {body} donosi sljedeću odluku.',
  adopt: '{body} usvaja dokument „{title}“ za period {period}, koji je priložen uz ovu odluku i čini njen sastavni dio.',
  budget: 'Mjere se finansiraju iz godišnjih budžeta općine i iz drugih izvora navedenih u planu. Ukupni troškovi plana iznose {total}, od čega se {municipal} osigurava iz općinskog budžeta.',
  coordination: 'Provođenje plana koordinira {coordinator}. Praćenje provođenja plana vrši {monitoringBody}; izvještaj o praćenju podnosi se {frequency}, a razmatra ga {reportTo}.',
  article: 'Član {number}.',
  responsible: 'Odgovorna osoba: {responsible}',
  deadline: 'Rok: {deadline}',
  entryEighthDay: 'Ova odluka stupa na snagu osmog dana od dana objavljivanja u službenom glasilu „{gazette}“.',
  publication: 'Ova odluka objavljuje se u službenom glasilu „{gazette}“.',
  signatory: '{body} – predsjedavajući',
  nameLine: 'Ime i prezime: {blank}',
  signatureLine: 'Potpis: {blank}',
  noteLegalBasis: 'nacrt odluke ne navodi pravni osnov',
  noteLegalBasisHint: 'U plan.legalBasis navedite propise i članove na kojima se odluka zasniva; čarobnjak nudi uobičajene za državu. Odluka navodi samo ono što plan navodi.',
};
