import type { DecisionTexts } from './decision-en.js';

/** Macedonian words of the council decision (same keys as decision-en.ts). */
export const decisionMk: DecisionTexts = {
  titleDraft: 'Нацрт-одлука на {body} за донесување на {title}',
  titleAdopted: 'Одлука бр. {decision} на {body} за донесување на {title}',
  legalBasis: 'Правен основ: {legalBasis}.',
  preamble: 'Откако го разгледа нацртот подготвен со учество на ромската заедница во {municipality}, {body} ја донесува следнава одлука.',
  preambleUnrecorded: 'Откако го разгледа нацртот, {body} ја донесува следнава одлука.',
  adopt: '{body} го донесува {title} за периодот {period}, кој е приложен кон оваа одлука и е нејзин составен дел.',
  budget: 'Мерките се финансираат од годишните буџети на општината и од другите извори наведени во планот. Вкупните трошоци на планот изнесуваат {total}, од кои {municipal} се обезбедуваат од општинскиот буџет.',
  coordination: 'Спроведувањето на планот го координира {coordinator}. {monitoringBody} го следи спроведувањето на планот и {frequency} доставува извештај до {reportTo}.',
  article: 'Член {number}',
  responsible: 'Одговорно лице: {responsible}',
  deadline: 'Рок: {deadline}',
  entryEighthDay: 'Оваа одлука влегува во сила осмиот ден од денот на објавувањето во службеното гласило „{gazette}“.',
  publication: 'Оваа одлука се објавува во службеното гласило „{gazette}“.',
  signatory: 'Претседател на {body}',
  nameLine: 'Име и презиме: {blank}',
  signatureLine: 'Потпис: {blank}',
  noteLegalBasis: 'нацрт-одлуката не наведува правен основ',
  noteLegalBasisHint: 'Во plan.legalBasis наведете ги прописите и членовите на кои се темели одлуката; водичот ги нуди вообичаените за државата. Одлуката го наведува само она што го наведува планот.',
};
