import type { WizardLegalTexts } from './wizard-legal-en.js';

/** Bulgarian questions of the legal-basis step (same keys as wizard-legal-en.ts). */
export const wizardLegalBg: WizardLegalTexts = {
  title: 'Правно основание и решението на съвета',
  fromProfile: 'За решението на съвета ({country}) профилът на държавата предлага следното (източници: {command}):',
  noProfile: 'За {country} няма профил: решението е в неутрална форма и цитира само въведеното тук.',
  legalBasisLine: 'Правно основание: {value}',
  noLegalBasis: 'Правно основание: няма; решението не цитира нормативен акт, докато не добавите',
  signatoryLine: 'Подписва: {value}',
  gazetteLine: 'Официално издание: {value}',
  responsibleLine: 'Отговорник: {value}',
  deadlineLine: 'Срок: {value}',
  confirm: 'Да използваме ли това в решението?',
  legalBasis: 'Нормативни актове и разпоредби, които решението цитира, както се цитират (разделете ги с ;)',
  responsible: 'Кой отговаря за изпълнението на решението (длъжност)?',
  deadline: 'Срок (напр. постоянен или дата)?',
  gazette: 'Официалното издание, в което се обнародва решението',
  signatory: 'Длъжност на лицето, което подписва решението',
  responsibleDefault: 'кметът на общината',
  deadlineDefault: 'постоянен',
};
