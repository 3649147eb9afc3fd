import type { DecisionTexts } from './decision-en.js';

/** Croatian words of the council decision (same keys as decision-en.ts). */
export const decisionHr: DecisionTexts = {
  titleDraft: 'Nacrt odluke o donošenju dokumenta „{title}“ ({body})',
  titleAdopted: 'Odluka o donošenju dokumenta „{title}“ ({body}, {decision})',
  legalBasis: 'Pravna osnova: {legalBasis}.',
  preamble: 'Razmotrivši nacrt izrađen uz sudjelovanje romske zajednice u općini {municipality}, {body} donosi sljedeću odluku.',
  preambleUnrecorded: 'Razmotrivši nacrt, {body} donosi sljedeću odluku.',
  adopt: '{body} donosi dokument „{title}“ za razdoblje {period}, koji se nalazi u prilogu ove odluke i čini njezin sastavni dio.',
  budget: 'Mjere se financiraju iz godišnjih proračuna općine i iz drugih izvora navedenih u planu. Ukupni troškovi plana iznose {total}, od čega se {municipal} osigurava iz općinskog proračuna.',
  coordination: 'Provedbu plana koordinira {coordinator}. Praćenje provedbe plana obavlja {monitoringBody}; izvješće o praćenju podnosi se {frequency}, a razmatra ga {reportTo}.',
  article: 'Članak {number}.',
  responsible: 'Odgovorna osoba: {responsible}',
  deadline: 'Rok: {deadline}',
  entryEighthDay: 'Ova odluka stupa na snagu osmoga dana od dana objave u službenom glasilu „{gazette}“.',
  publication: 'Ova odluka objavljuje se u službenom glasilu „{gazette}“.',
  signatory: '{body} – predsjednik',
  nameLine: 'Ime i prezime: {blank}',
  signatureLine: 'Potpis: {blank}',
  noteLegalBasis: 'nacrt odluke ne navodi pravnu osnovu',
  noteLegalBasisHint: 'U plan.legalBasis navedite propise i članke na kojima se odluka temelji; čarobnjak nudi uobičajene za državu. Odluka navodi samo ono što plan navodi.',
};
