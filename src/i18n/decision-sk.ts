import type { DecisionTexts } from './decision-en.js';

/** Slovak words of the council decision (same keys as decision-en.ts). */
export const decisionSk: DecisionTexts = {
  titleDraft: '{body}: návrh uznesenia o schválení dokumentu „{title}“',
  titleAdopted: '{body}: uznesenie č. {decision} o schválení dokumentu „{title}“',
  legalBasis: 'Právny základ: {legalBasis}.',
  preamble: '{body} po prerokovaní návrhu pripraveného za účasti rómskej komunity v obci {municipality} prijíma toto uznesenie:',
  preambleUnrecorded: '{body} po prerokovaní návrhu prijíma toto uznesenie:',
  adopt: '{body} schvaľuje dokument „{title}“ na roky {period}, ktorý je prílohou tohto uznesenia.',
  budget: 'Opatrenia sa financujú z ročných rozpočtov obce a z ďalších zdrojov uvedených v pláne. Celkové náklady plánu sú {total}, z toho {municipal} z rozpočtu obce.',
  coordination: 'Realizáciu plánu koordinuje {coordinator}. Plnenie plánu sleduje {monitoringBody}; správy o plnení sa predkladajú {frequency} a prerokúva ich {reportTo}.',
  article: 'Článok {number}',
  responsible: 'Zodpovedá: {responsible}',
  deadline: 'Termín: {deadline}',
  entryEighthDay: 'Toto uznesenie nadobúda účinnosť ôsmym dňom po jeho zverejnení v úradnom vestníku „{gazette}“.',
  publication: 'Toto uznesenie sa zverejňuje v úradnom vestníku „{gazette}“.',
  signatory: '{body} – predsedajúci zasadnutia',
  nameLine: 'Meno a priezvisko: {blank}',
  signatureLine: 'Podpis: {blank}',
  noteLegalBasis: 'návrh uznesenia neuvádza právny základ',
  noteLegalBasisHint: 'Uveďte v plan.legalBasis predpisy a ustanovenia, o ktoré sa uznesenie opiera; sprievodca ponúkne obvyklé pre danú krajinu. Uznesenie cituje len to, čo plán uvádza.',
};
