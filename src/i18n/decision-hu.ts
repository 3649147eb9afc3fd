import type { DecisionTexts } from './decision-en.js';

/** Hungarian words of the council decision (same keys as decision-en.ts). */
export const decisionHu: DecisionTexts = {
  titleDraft: '{body}: határozati javaslat {title} elfogadásáról',
  titleAdopted: '{body}: {decision} határozat {title} elfogadásáról',
  legalBasis: 'A határozat jogalapja: {legalBasis}.',
  preamble: '{body} megtárgyalta a tervezetet, amely {municipality} roma közösségének részvételével készült, és a következő határozatot hozza:',
  preambleUnrecorded: '{body} megtárgyalta a tervezetet, és a következő határozatot hozza:',
  adopt: '{body} elfogadja a határozat mellékletét képező, {title} című akciótervet a {period} közötti évekre.',
  budget: 'Az intézkedések finanszírozása az önkormányzat éves költségvetéséből és a tervben megnevezett egyéb forrásokból történik. A terv teljes költsége {total}, amelyből {municipal} az önkormányzati költségvetést terheli.',
  coordination: 'A terv végrehajtásának koordinálásáért felelős: {coordinator}. A végrehajtás nyomon követéséért felelős: {monitoringBody}, amely {frequency} beszámol {reportTo} részére.',
  article: '{number}. cikk',
  responsible: 'Felelős: {responsible}',
  deadline: 'Határidő: {deadline}',
  entryEighthDay: 'Ez a határozat a kihirdetését követő nyolcadik napon lép hatályba. A kihirdetés helye: „{gazette}”.',
  publication: 'A határozatot közzé kell tenni. A közzététel helye: „{gazette}”.',
  signatory: '{body} elnöke',
  nameLine: 'Név: {blank}',
  signatureLine: 'Aláírás: {blank}',
  noteLegalBasis: 'a határozati javaslat nem hivatkozik jogalapra',
  noteLegalBasisHint: 'Sorolja fel a plan.legalBasis alatt azokat a jogszabályokat és rendelkezéseket, amelyekre a határozat épül; a varázsló felajánlja az országban szokásosakat. A határozat csak a tervben felsoroltakra hivatkozik.',
};
