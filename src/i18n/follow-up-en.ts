import { wizardProgressEn } from './wizard-progress-en.js';
import { amendmentEn } from './amendment-en.js';
import { sheetsEn } from './sheets-en.js';

/**
 * Labels of the documents that follow an adopted plan: the annual implementation report and the amendment. `{name}`
 * marks a value filled in at run time. Every language has a file like this one, with the same keys.
 */
export const followUpEn = {
  amendment: amendmentEn,
  sheets: sheetsEn,
  /** Questions of `roma-plan progress` (kept in wizard-progress-en.ts). */
  progressWizard: wizardProgressEn,
  report: {
    /** The document's title. {year}: the reporting year. */
    title: 'Report on the implementation of the local action plan for Roma inclusion in {year}',
    subject: 'Annual implementation report',
    coverPlan: 'Plan',
    coverMunicipality: 'Municipality',
    coverYear: 'Reporting year',
    coverYearsCovered: 'Years covered',
    coverPreparedBy: 'Prepared by',
    coverReportDate: 'Date of the report',
    coverAdoption: 'Plan adopted by',
    /** {plan}: the plan's title; {from}, {year}: first year of the plan and the reporting year. */
    intro: 'This report sets out how the plan "{plan}" was implemented in {year}. Amounts spent and indicator values are cumulative from {from} to {year}.',
    /** {spent}, {planned}: money; {rate}: a percentage; {from}, {year}: years. */
    executionSummary: 'Spent from {from} to {year}: {spent} of the {planned} planned for these years ({rate}).',
    /** {rate}: a percentage; {total}: the plan's whole budget. */
    executionOfPlan: 'This is {rate} of the whole plan budget of {total}.',
    chapterStatus: 'Measures by status',
    chapterBudget: 'Budget execution',
    sectionByArea: 'By priority area',
    sectionBySource: 'By funding source',
    sectionByYear: 'By year',
    chapterIndicators: 'Indicator progress',
    /** {onTrack}, {atRisk}: percentages; {year}: the reporting year. */
    indicatorsMethod:
      'Progress is (value − baseline) / (target − baseline), the share of the planned change achieved. It is compared with the progress expected by the end of {year}, which grows evenly from the year after the baseline to the target year. On track: at least {onTrack} of the expected progress; at risk: from {atRisk} to {onTrack}; off track: below {atRisk}.',
    chapterMeasures: 'Measures',
    chapterDeviations: 'Deviations and corrective actions',
    noDeviations: 'No deviation from the plan was reported for {year}.',
    chapterCommunity: "The community's assessment",
    communityIntro:
      "The community action group and civil society organisations rated the measures themselves. Their rating is shown beside the official status; where the two differ, both views are put before the council.",
    /** {differ}, {assessed}: numbers of measures. */
    communitySummary: 'The community rated {assessed} measures and differs from the official status for {differ} of them.',
    noCommunity: 'No community assessment was submitted for {year}.',
    chapterDecision: 'Draft council decision',
    decisionTitle: 'Decision on the report on the implementation of the local action plan for Roma inclusion in {year}',
    /** {body}: the council; {plan}: the plan's title. */
    decisionTakeNote: '1. The {body} takes note of the report on the implementation of the plan "{plan}" in {year}, annexed to this decision.',
    /** {decision}, {date}: the decision that adopted the plan. */
    decisionAdoptedBy: 'The plan was adopted by decision {decision} of {date}.',
    decisionCorrective: '2. The {body} asks the {coordinator} to carry out the corrective actions set out in the report and to report on them in the next annual report.',
    decisionPublish: "3. The report is published together with the community's assessment.",
    statusNotStarted: 'Not started',
    statusOnTrack: 'On track',
    statusDelayed: 'Delayed',
    statusCompleted: 'Completed',
    statusCancelled: 'Cancelled',
    statusNotReported: 'Not reported',
    ratingOnTrack: 'On track',
    ratingAtRisk: 'At risk',
    ratingOffTrack: 'Off track',
    ratingNoChange: 'No change planned',
    ratingNoValue: 'No value reported',
    colStatus: 'Status',
    colMeasures: 'Measures',
    colShare: 'Share',
    colArea: 'Priority area',
    colSource: 'Funding source',
    colYear: 'Year',
    colPlanned: 'Planned, whole plan',
    colPlannedToDate: 'Planned to date',
    colPlannedYear: 'Planned',
    colSpentYear: 'Spent in {year}',
    colSpent: 'Spent',
    colSpentToDate: 'Spent to date',
    colExecution: 'Execution',
    colNumber: 'No.',
    colMeasure: 'Measure',
    colLead: 'Lead institution',
    colIndicator: 'Indicator',
    colBaseline: 'Baseline',
    colTarget: 'Target',
    colValue: 'Value',
    colProgress: 'Progress',
    colExpected: 'Expected',
    colRating: 'Rating',
    colReached: 'People reached in {year}',
    colDeviation: 'Reason',
    colCorrective: 'Corrective action',
    colOfficial: 'Official status',
    colCommunity: "Community's rating",
    colBy: 'Assessed by',
    colComment: 'Comment',
    total: 'Total',
    /** People reached: {total} in all, then the parts counted. */
    reachedRoma: 'Roma {count}',
    reachedWomen: 'women {count}',
    reachedChildren: 'children {count}',
    differs: 'differs',
    figureBudget: 'Planned to date and spent to date, by priority area',
    figureIndicators: 'Indicator progress against the progress expected by {year}',
    legendPlanned: 'Planned to date',
    legendSpent: 'Spent to date',
    legendExpected: 'Expected',
    legendProgress: 'Achieved',
  },
};
