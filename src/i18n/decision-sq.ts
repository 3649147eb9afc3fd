import type { DecisionTexts } from './decision-en.js';

/** Albanian words of the council decision (same keys as decision-en.ts). */
export const decisionSq: DecisionTexts = {
  titleDraft: 'Projektvendim për miratimin e dokumentit “{title}” ({body})',
  titleAdopted: 'Vendim për miratimin e dokumentit “{title}” ({body}, {decision})',
  legalBasis: 'Baza ligjore: {legalBasis}.',
  preamble: 'Pasi shqyrtoi projektin e hartuar me pjesëmarrjen e komunitetit rom në {municipality}, {body} miraton vendimin e mëposhtëm.',
  preambleUnrecorded: 'Pasi shqyrtoi projektin, {body} miraton vendimin e mëposhtëm.',
  adopt: '{body} miraton dokumentin “{title}” për vitet {period}, bashkëlidhur këtij vendimi.',
  budget: 'Masat financohen nga buxhetet vjetore të bashkisë dhe nga burimet e tjera të përmendura në plan. Kostoja totale e planit është {total}, nga e cila {municipal} financohen nga buxheti i bashkisë.',
  coordination: 'Zbatimin e planit e koordinon {coordinator}. Zbatimin e planit e monitoron {monitoringBody}; raporti i monitorimit hartohet {frequency} dhe shqyrtohet nga {reportTo}.',
  article: 'Neni {number}',
  responsible: 'Përgjegjës: {responsible}',
  deadline: 'Afati: {deadline}',
  entryEighthDay: 'Ky vendim hyn në fuqi në ditën e tetë pas botimit në buletinin zyrtar “{gazette}”.',
  publication: 'Ky vendim botohet në buletinin zyrtar “{gazette}”.',
  signatory: 'Kryetari – {body}',
  nameLine: 'Emri dhe mbiemri: {blank}',
  signatureLine: 'Nënshkrimi: {blank}',
  noteLegalBasis: 'projektvendimi nuk përmend bazën ligjore',
  noteLegalBasisHint: 'Rendisni te plan.legalBasis aktet dhe nenet mbi të cilat mbështetet vendimi; udhëzuesi propozon ato të zakonshmet për vendin. Vendimi citon vetëm atë që rendit plani.',
};
