import type { DecisionTexts } from './decision-en.js';

/** Czech words of the council decision (same keys as decision-en.ts). */
export const decisionCs: DecisionTexts = {
  titleDraft: '{body}: návrh usnesení o schválení dokumentu „{title}“',
  titleAdopted: '{body}: usnesení č. {decision} o schválení dokumentu „{title}“',
  legalBasis: 'Právní základ: {legalBasis}.',
  preamble: '{body} po projednání návrhu připraveného za účasti romské komunity v obci {municipality} přijímá toto usnesení:',
  preambleUnrecorded: '{body} po projednání návrhu přijímá toto usnesení:',
  adopt: '{body} schvaluje dokument „{title}“ na období let {period}, který je přílohou tohoto usnesení.',
  budget: 'Opatření jsou financována z ročních rozpočtů obce a z dalších zdrojů uvedených v plánu. Celkové náklady plánu činí {total}, z toho {municipal} z rozpočtu obce.',
  coordination: 'Realizaci plánu koordinuje {coordinator}. Plnění plánu sleduje {monitoringBody}; zprávy o plnění se předkládají {frequency} a projednává je {reportTo}.',
  article: 'Článek {number}',
  responsible: 'Zodpovídá: {responsible}',
  deadline: 'Termín: {deadline}',
  entryEighthDay: 'Toto usnesení nabývá účinnosti osmým dnem po jeho vyhlášení v úředním věstníku „{gazette}“.',
  publication: 'Toto usnesení se zveřejňuje v úředním věstníku „{gazette}“.',
  signatory: '{body} – předsedající zasedání',
  nameLine: 'Jméno a příjmení: {blank}',
  signatureLine: 'Podpis: {blank}',
  noteLegalBasis: 'návrh usnesení neuvádí právní základ',
  noteLegalBasisHint: 'Uveďte v plan.legalBasis předpisy a ustanovení, o která se usnesení opírá; průvodce nabídne obvyklé pro danou zemi. Usnesení cituje jen to, co plán uvádí.',
};
