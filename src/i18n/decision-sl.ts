import type { DecisionTexts } from './decision-en.js';

/** Slovenian words of the council decision (same keys as decision-en.ts). */
export const decisionSl: DecisionTexts = {
  titleDraft: 'Predlog sklepa o sprejetju dokumenta „{title}“ ({body})',
  titleAdopted: 'Sklep o sprejetju dokumenta „{title}“ ({body}, {decision})',
  legalBasis: 'Pravna podlaga: {legalBasis}.',
  preamble: '{body} na podlagi osnutka, pripravljenega ob sodelovanju romske skupnosti v občini {municipality}, sprejme naslednji sklep.',
  preambleUnrecorded: '{body} na podlagi osnutka sprejme naslednji sklep.',
  adopt: '{body} sprejme dokument „{title}“ za obdobje {period}, ki je priloga tega sklepa.',
  budget: 'Ukrepi se financirajo iz letnih proračunov občine in iz drugih virov, navedenih v načrtu. Skupni stroški načrta znašajo {total}, od tega se {municipal} zagotovi iz občinskega proračuna.',
  coordination: 'Izvajanje načrta usklajuje {coordinator}. Izvajanje načrta spremlja {monitoringBody}; poročilo o spremljanju se pripravi {frequency}, obravnava pa ga {reportTo}.',
  article: '{number}. člen',
  responsible: 'Odgovorna oseba: {responsible}',
  deadline: 'Rok: {deadline}',
  entryEighthDay: 'Ta sklep začne veljati osmi dan po objavi v uradnem glasilu „{gazette}“.',
  publication: 'Ta sklep se objavi v uradnem glasilu „{gazette}“.',
  signatory: '{body} – predsedujoči',
  nameLine: 'Ime in priimek: {blank}',
  signatureLine: 'Podpis: {blank}',
  noteLegalBasis: 'predlog sklepa ne navaja pravne podlage',
  noteLegalBasisHint: 'V plan.legalBasis navedite predpise in člene, na katerih temelji sklep; čarovnik ponudi običajne za državo. Sklep navaja samo tisto, kar navaja načrt.',
};
