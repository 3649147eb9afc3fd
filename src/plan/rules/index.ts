import { noCommunityStructures, noRomaParticipants } from './community.js';
import { noDesegregation, noMeasureForChildren, noMeasureForWomen, noSecuredMunicipalFunding } from './cross-cutting.js';
import { donorDependence, noMunicipalFunding, sourcesMismatch } from './funding.js';
import { duplicateId } from './ids.js';
import { endBeforeStart, outsidePeriod, periodReversed } from './period.js';
import { goalNotPrioritised, goalNotServed, noBaselineYear, noPartners, notDisaggregated, targetNotBetter, targetYearOutsidePeriod } from './quality.js';
import { adoptionMissing, areaNotApplicable, noObjectives, noReason, reviewOutsidePeriod, romaSourceMissing } from './structure.js';
import { beneficiariesAboveTotal, membersAboveTotal, participantsAboveTotal, percentAbove100, romaAboveTotal, settlementAboveTotal, zeroFundingSource } from './numbers.js';
import type { Rule } from './rule.js';

export type { Rule, Finding } from './rule.js';
export { parseYearOrQuarter } from './period.js';

/** Every rule of plan-format.md, errors first. */
export const rules: readonly Rule[] = [
  periodReversed,
  outsidePeriod,
  endBeforeStart,
  duplicateId,
  sourcesMismatch,
  adoptionMissing,
  noObjectives,
  noReason,
  romaSourceMissing,
  romaAboveTotal,
  settlementAboveTotal,
  participantsAboveTotal,
  membersAboveTotal,
  beneficiariesAboveTotal,
  goalNotServed,
  goalNotPrioritised,
  areaNotApplicable,
  noMunicipalFunding,
  noSecuredMunicipalFunding,
  donorDependence,
  targetNotBetter,
  noBaselineYear,
  targetYearOutsidePeriod,
  noRomaParticipants,
  noCommunityStructures,
  notDisaggregated,
  noPartners,
  reviewOutsidePeriod,
  percentAbove100,
  zeroFundingSource,
  noDesegregation,
  noMeasureForWomen,
  noMeasureForChildren,
];
