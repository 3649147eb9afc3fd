import type { Source } from './types.js';

/*
 * The documents and programmes the good practices come from, cited so that a council member can
 * look them up. Shared constants keep one practice's citation from drifting away from another's.
 */

/** Partners Hungary Foundation's description of its intercultural mediation method (ROMED-based). */
export const partnersHungary: Source = {
  title: 'Roma inclusion: intercultural mediation and local community action groups',
  publisher: 'Partners Hungary Foundation, building on the Council of Europe ROMED programme',
};

/** The URBACT Roma-Net case study of the Living Together association in Ostrava. */
export const romaNetOstrava: Source = {
  title:
    'Case study on integrated services: an NGO as a strategic partner to deliver services for excluded Roma communities (Ostrava, Czech Republic)',
  publisher: 'Roma-Net, URBACT (European Regional Development Fund)',
};

export const goodPracticeProtocol: Source = {
  title: 'Best Practices for Roma Integration in the Western Balkans: Good Practice Protocol for Roma Integration',
  publisher: 'OSCE/ODIHR, 2013',
};

/** Slovenian municipal examples from migrant inclusion; the mechanisms transfer to Roma inclusion. */
export const includEuSlovenia: Source = {
  title: 'Includ-EU training on municipal advisory bodies for inclusion (Koper and Škofja Loka, Slovenia)',
  publisher: 'IOM Slovenia, Includ-EU project, 2022',
};

export const serbianPractice: Source = {
  title: 'Serbian national Roma inclusion practice',
  publisher: 'Republic of Serbia',
};

export const serbianCoordinators: Source = {
  title: 'Serbian national Roma inclusion practice; Best Practices for Roma Integration pilot municipalities',
  publisher: 'Republic of Serbia; OSCE/ODIHR',
};

export const poznanDeclaration: Source = {
  title: 'Declaration of Western Balkans Partners on Roma Integration within the EU Enlargement Process (Poznan Declaration)',
  publisher: 'Western Balkans Summit, 2019',
};

export const settlementPractice: Source = {
  title: 'National practice on legalising informal Roma settlements in North Macedonia and Serbia',
  publisher: 'Governments of North Macedonia and Serbia',
};

export const rccBudgeting: Source = {
  title: 'Roma-responsive budgeting guidelines',
  publisher: 'Regional Cooperation Council, Roma Integration',
};

export const euFramework: Source = {
  title: 'EU Roma strategic framework for equality, inclusion and participation 2020-2030',
  publisher: 'European Commission, 2020',
};
