import type { WizardLegalTexts } from './wizard-legal-en.js';

/** Macedonian questions of the legal-basis step (same keys as wizard-legal-en.ts). */
export const wizardLegalMk: WizardLegalTexts = {
  title: 'Правен основ и одлуката на советот',
  fromProfile: 'За одлуката на советот ({country}) профилот на државата го предлага следново (извори: {command}):',
  noProfile: 'За {country} нема профил: одлуката има неутрален облик и го наведува само она што ќе го внесете тука.',
  legalBasisLine: 'Правен основ: {value}',
  noLegalBasis: 'Правен основ: нема; одлуката не наведува пропис додека не додадете',
  signatoryLine: 'Потпишува: {value}',
  gazetteLine: 'Службено гласило: {value}',
  responsibleLine: 'Одговорно лице: {value}',
  deadlineLine: 'Рок: {value}',
  confirm: 'Да го користиме ова во одлуката?',
  legalBasis: 'Прописи и членови што ги наведува одлуката, онака како што се наведуваат (одделете ги со ;)',
  responsible: 'Кој е одговорен за спроведување на одлуката (функција)?',
  deadline: 'Рок (на пр. континуирано или датум)?',
  gazette: 'Службеното гласило во кое се објавува одлуката',
  signatory: 'Функцијата на лицето што ја потпишува одлуката',
  responsibleDefault: 'градоначалникот',
  deadlineDefault: 'континуирано',
};
