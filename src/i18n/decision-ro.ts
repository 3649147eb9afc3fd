import type { DecisionTexts } from './decision-en.js';

/** Romanian words of the council decision (same keys as decision-en.ts). */
export const decisionRo: DecisionTexts = {
  titleDraft: '{body} – Proiect de hotărâre privind aprobarea documentului „{title}”',
  titleAdopted: '{body} – Hotărârea nr. {decision} privind aprobarea documentului „{title}”',
  legalBasis: 'Temei legal: {legalBasis}.',
  preamble: 'Având în vedere proiectul elaborat cu participarea comunității rome din {municipality}, {body} adoptă următoarea hotărâre:',
  preambleUnrecorded: 'Având în vedere proiectul, {body} adoptă următoarea hotărâre:',
  adopt: '{body} aprobă documentul „{title}” pentru anii {period}, prevăzut în anexa care face parte integrantă din prezenta hotărâre.',
  budget: 'Măsurile se finanțează din bugetele anuale ale unității administrativ-teritoriale și din celelalte surse prevăzute în plan. Costul total al planului este de {total}, din care {municipal} din bugetul local.',
  coordination: 'Implementarea planului este coordonată de {coordinator}. Monitorizarea planului este asigurată de {monitoringBody}, care raportează {frequency} către {reportTo}.',
  article: 'Articolul {number}',
  responsible: 'Responsabil: {responsible}',
  deadline: 'Termen: {deadline}',
  entryEighthDay: 'Prezenta hotărâre intră în vigoare în a opta zi de la publicarea în monitorul oficial „{gazette}”.',
  publication: 'Prezenta hotărâre se publică în monitorul oficial „{gazette}”.',
  signatory: '{body} – președinte de ședință',
  nameLine: 'Nume și prenume: {blank}',
  signatureLine: 'Semnătura: {blank}',
  noteLegalBasis: 'proiectul de hotărâre nu indică temeiul legal',
  noteLegalBasisHint: 'Enumerați la plan.legalBasis actele normative și articolele pe care se întemeiază hotărârea; asistentul le propune pe cele uzuale în țară. Hotărârea citează numai ce enumeră planul.',
};
