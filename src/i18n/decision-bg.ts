import type { DecisionTexts } from './decision-en.js';

/** Bulgarian words of the council decision (same keys as decision-en.ts). */
export const decisionBg: DecisionTexts = {
  titleDraft: 'Проект на решение на {body} за приемане на „{title}“',
  titleAdopted: 'Решение № {decision} на {body} за приемане на „{title}“',
  legalBasis: 'Правно основание: {legalBasis}.',
  preamble: 'След като разгледа проекта, изготвен с участието на ромската общност в община {municipality}, {body} приема следното решение:',
  preambleUnrecorded: 'След като разгледа проекта, {body} приема следното решение:',
  adopt: '{body} приема „{title}“ за периода {period} съгласно приложението към настоящото решение.',
  budget: 'Мерките се финансират от годишните бюджети на общината и от другите източници, посочени в плана. Общата стойност на плана е {total}, от които {municipal} от общинския бюджет.',
  coordination: 'Изпълнението на плана се координира от {coordinator}. {monitoringBody} наблюдава изпълнението му и докладва {frequency} пред {reportTo}.',
  article: 'Член {number}',
  responsible: 'Отговорник: {responsible}',
  deadline: 'Срок: {deadline}',
  entryEighthDay: 'Решението влиза в сила на осмия ден след обнародването му в официалното издание „{gazette}“.',
  publication: 'Решението се обнародва в официалното издание „{gazette}“.',
  signatory: 'Председател на {body}',
  nameLine: 'Име и фамилия: {blank}',
  signatureLine: 'Подпис: {blank}',
  noteLegalBasis: 'проектът на решение не посочва правно основание',
  noteLegalBasisHint: 'Посочете в plan.legalBasis нормативните актове и разпоредбите, на които се основава решението; съветникът предлага обичайните за държавата. Решението цитира само посоченото в плана.',
};
