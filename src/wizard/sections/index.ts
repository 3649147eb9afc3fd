import { AREA_IDS } from '../../catalogue/index.js';
import { areaSection } from './area.js';
import { detailsSection } from './details.js';
import { goalsSection } from './goals.js';
import { governanceSection } from './governance.js';
import { languageSection } from './language.js';
import { legalBasisSection } from './legal-basis.js';
import { monitoringSection } from './monitoring.js';
import { municipalitySection } from './municipality.js';
import { participationSection } from './participation.js';
import { planSection } from './plan-basics.js';
import type { Section } from './section.js';

export type { Section } from './section.js';

/** The interview, in the order a real planning process takes (issue 4). */
export const SECTIONS: readonly Section[] = [
  languageSection,
  municipalitySection,
  planSection,
  // After the plan basics: the country is known, and so is whether the plan is adopted.
  legalBasisSection,
  governanceSection,
  participationSection,
  goalsSection,
  ...AREA_IDS.map(areaSection),
  monitoringSection,
  detailsSection,
];

/** The section ids a draft may record as done. */
export const SECTION_IDS: readonly string[] = SECTIONS.map((s) => s.id);
