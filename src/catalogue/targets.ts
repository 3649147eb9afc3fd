import type { Source, Target } from './types.js';

/*
 * The targets a local plan's indicators can contribute to. Titles restate the sources in plain
 * words; a council document quotes the source by name next to each, so a reader can check it.
 */

/** The EU Roma strategic framework 2020-2030: its headline targets for 2030 are in Annex 1. */
export const euFramework2030: Source = {
  title: 'A Union of Equality: EU Roma strategic framework for equality, inclusion and participation, COM(2020) 620 final, Annex 1',
  publisher: 'European Commission, 7 October 2020',
};

/** The Western Balkans partners' declaration on Roma integration within the EU enlargement process. */
export const poznanDeclaration: Source = {
  title: 'Declaration of Western Balkans Partners on Roma Integration within the EU Enlargement Process (Poznan Declaration)',
  publisher: 'Western Balkans Summit, Poznań, 5 July 2019',
};

const eu = (id: Target['id'], euObjective: Target['euObjective'], area: Target['area'], title: string): Target => ({
  id,
  framework: 'eu-2030',
  euObjective,
  area,
  title,
  source: euFramework2030,
});
const poznan = (id: Target['id'], euObjective: Target['euObjective'], area: Target['area'], title: string): Target => ({
  id,
  framework: 'poznan-2019',
  euObjective,
  area,
  title,
  source: poznanDeclaration,
});

export const targets: readonly Target[] = [
  eu('eu-discrimination', 'antigypsyism', 'participation', 'Cut by at least half the share of Roma who experience discrimination'),
  eu('eu-reporting-discrimination', 'participation', 'participation', 'At least double the share of Roma who report the discrimination they experience'),
  eu('eu-poverty', 'poverty', 'employment', 'Cut the poverty gap between Roma and the general population by at least half'),
  eu('eu-child-poverty', 'poverty', 'education', 'Cut the poverty gap for Roma children by at least half'),
  eu('eu-early-childhood', 'education', 'education', 'Cut the gap in participation in early childhood education and care by at least half'),
  eu('eu-upper-secondary', 'education', 'education', 'Cut the gap in upper secondary completion by at least one third'),
  eu('eu-segregated-schools', 'education', 'education', 'Cut by at least half the share of Roma children in segregated primary schools'),
  eu('eu-employment', 'employment', 'employment', 'Cut the employment gap by at least half'),
  eu('eu-gender-employment', 'employment', 'employment', 'Cut the gender employment gap of Roma by at least half'),
  eu('eu-neet', 'employment', 'employment', 'Cut the gap in young people not in employment, education or training by at least half'),
  eu('eu-life-expectancy', 'health', 'health', 'Cut the gap in life expectancy by at least half'),
  eu('eu-housing-deprivation', 'housing', 'living-conditions', 'Cut the gap in housing deprivation by at least one third'),
  eu('eu-overcrowding', 'housing', 'living-conditions', 'Cut the gap in overcrowding by at least half'),
  eu('eu-tap-water', 'housing', 'living-conditions', 'At least 95 % of Roma have access to tap water'),
  poznan('poznan-employment', 'employment', 'employment', 'Roma employment rate of at least 25 %'),
  poznan('poznan-housing', 'housing', 'living-conditions', 'Informal settlements legalised where possible, or decent, desegregated housing provided'),
  poznan('poznan-primary', 'education', 'education', '90 % of Roma children enrolled in and completing primary education'),
  poznan('poznan-secondary', 'education', 'education', '50 % of Roma enrolled in and completing secondary education'),
  poznan('poznan-health-insurance', 'health', 'health', 'At least 95 % of Roma covered by health insurance'),
  poznan('poznan-civil-registry', 'poverty', 'birth-registration', 'All Roma registered in the civil registry'),
];

const index = new Map(targets.map((t) => [t.id, t]));

/** The target with this id, or `undefined` for an id read from a user file. */
export function targetById(id: string): Target | undefined {
  return index.get(id as Target['id']);
}
