import { wizardLegalEn } from './wizard-legal-en.js';
import { decisionEn } from './decision-en.js';
import { areas } from '../catalogue/areas.js';
import { euObjectives } from '../catalogue/eu-objectives.js';
import { goals } from '../catalogue/goals.js';
import type { CatalogueTexts } from './types.js';
import { contentEn } from './content-en.js';
import { followUpEn } from './follow-up-en.js';
import { wizardEn } from './wizard-en.js';
import { wizardHelpEn } from './wizard-help-en.js';
import { reviewEn } from './review-en.js';

const catalogueTexts = {
  areas: Object.fromEntries(areas.map((a) => [a.id, { title: a.title, short: a.short }])),
  goals: Object.fromEntries(goals.map((g) => [g.id, { title: g.title, short: g.short }])),
  eu: Object.fromEntries(euObjectives.map((e) => [e.id, e.title])),
} as CatalogueTexts;

/**
 * English, the reference language: every other language file has exactly these keys (a test and
 * the type-checker both fail when one is missing). `{name}` marks a value filled in at run time.
 */
export const en = {
  meta: { name: 'English', nativeName: 'English' },
  /** The names of the areas, goals and EU objectives (English comes from the catalogue itself). */
  catalogue: catalogueTexts,
  /** Labels of the rendered action plan (Markdown and PDF). */
  document: {
    // ---- What the document is (PDF metadata, cover) ----
    /** The kind of document; PDF subject and keywords. */
    documentSubject: 'Local action plan for Roma inclusion',
    coverMunicipality: 'Municipality',
    /** The same for a plan whose municipality.type is city or town. */
    coverCity: 'City',
    coverTown: 'Town',
    coverPeriod: 'Period',
    coverStatus: 'Status',
    coverVersion: 'Version',
    coverAdoptedBy: 'Adopted by',
    coverDecision: 'Decision',
    coverAdoptionDate: 'Date of adoption',
    coverDate: 'Date of this document',

    // ---- Where the plan stands (plan.status) ----
    statusDraft: 'Draft',
    statusConsultation: 'Draft for public consultation',
    statusAdopted: 'Adopted',

    // ---- Chapter and section titles, in document order ----
    chapterContents: 'Contents',
    chapterIntroduction: 'Introduction and policy basis',
    chapterMethod: 'Method and participation',
    chapterMunicipality: 'The municipality and its Roma neighbourhoods',
    chapterGoals: 'Policy goals',
    chapterBudget: 'Budget summary',
    chapterNotCovered: 'Areas this plan does not cover, and why',
    sectionBudgetByArea: 'Budget by priority area',
    sectionBudgetByYear: 'Budget by year',
    sectionBudgetBySource: 'Budget by funding source',
    chapterCoverage: 'Coverage of the policy goals',
    chapterTimeline: 'Timeline',
    chapterImplementation: 'Implementation arrangements',
    chapterMonitoring: 'Monitoring and evaluation',
    chapterAnnexes: 'Annexes',
    annexIndicators: 'Annex 1. Indicators',
    annexParticipation: 'Annex 2. Participation log',
    annexDecision: 'Annex 3. Decision on the adoption of the plan',
    /** Only present when the checks found something to review. */
    annexReview: 'Annex 4. Notes for reviewers',

    // ---- Introduction ----
    /** Opening paragraph. {municipality}: its name; {period}: e.g. 2026–2030. */
    introSummary:
      'This plan sets out how {municipality} will advance the equality, inclusion and participation of its Roma residents in {period}. It covers the seven local priority areas of Roma inclusion and shows which of the ten minority-related policy goals each measure serves.',
    introVision: 'Vision',
    introPolicyBasis: 'Policy basis',
    introEuFramework: 'Contribution to the EU Roma strategic framework 2020-2030',
    introEuFrameworkText:
      'The measures of this plan serve these objectives of the EU Roma strategic framework for equality, inclusion and participation 2020-2030:',

    // ---- Method and participation ----
    methodIntro:
      'The plan was prepared together with the Roma community. The consultations held while it was drafted are described below; Annex 2 gives their figures in one table.',
    /** The same without the first sentence, when the consultations record no Roma participants. */
    methodIntroUnrecorded:
      'The consultations held while it was drafted are described below; Annex 2 gives their figures in one table.',
    methodConsultations: 'Consultations held',
    methodParticipants: 'Participants in total',
    methodRomaParticipants: 'Roma participants',
    methodWomenParticipants: 'Women participants',
    /** Kinds of consultation (participation[].format). */
    formatRoundTable: 'Round table',
    formatCommunityMeeting: 'Community meeting',
    formatWorkingGroup: 'Working group',
    formatSurvey: 'Survey',
    formatPublicHearing: 'Public hearing',
    formatOther: 'Other consultation',

    // ---- The municipality ----
    municipalityCountry: 'Country',
    municipalityRegion: 'Region',
    populationTotal: 'Population',
    populationRoma: 'Roma population (estimate)',
    populationRomaShare: 'Roma share of the population',
    populationRomaSource: 'Source of the estimate',
    settlements: 'Roma neighbourhoods and settlements',
    noSettlements: 'The plan does not list neighbourhoods or settlements.',
    /** Legal status of a settlement's land and buildings. */
    legalFormal: 'Formal',
    legalInformal: 'Informal',
    legalPartlyFormal: 'Partly formal',
    /** Basic services of a settlement, and how far residents have them. */
    serviceWater: 'Water',
    serviceElectricity: 'Electricity',
    serviceSewage: 'Sewage',
    serviceRoad: 'Access road',
    levelFull: 'full',
    levelPartial: 'partial',
    levelNone: 'none',

    // ---- Policy goals ----
    goalsIntro:
      'The priority areas say where the municipality acts; the ten minority-related policy goals say what for. The table shows the priority the municipality gives each goal and the measures that serve it.',
    goalsStatements: 'How the municipality pursues the goals',
    goalNotAddressed: 'Not addressed',
    priorityHigh: 'High',
    priorityMedium: 'Medium',
    priorityLow: 'Low',

    // ---- A priority area chapter ----
    areaNotApplicable: 'This priority area is not applicable in the municipality.',
    areaReason: 'Reason',
    areaSituation: 'Situation',
    areaData: 'Data',
    areaNeeds: 'Needs ranked by the community, most urgent first',
    areaEuObjectives: 'EU framework objectives served',
    areaTotal: 'Cost of the measures in this area',
    /** Heading of the measure descriptions under an action matrix. */
    measureDetails: 'Measures',
    measureGoals: 'Policy goals',
    measureEuObjectives: 'EU framework objectives',
    measurePractice: 'Good practice it adapts',
    measureBeneficiaries: 'Beneficiaries',
    beneficiariesTotal: 'All beneficiaries',
    beneficiariesRomaWomen: 'Roma women and girls',
    beneficiariesRomaMen: 'Roma men and boys',
    measureRisks: 'Risks and how they are handled',
    /** Between an indicator's value and the means of verification, in the action matrix. */
    indicatorVerifiedBy: 'verified by',

    // ---- Table column headings ----
    colNumber: 'No.',
    colMeasure: 'Measure',
    colLead: 'Lead institution',
    colPartners: 'Partners',
    /** The action matrix's column of the lead institution with its partners below. */
    colLeadPartners: 'Lead institution and partners',
    colPeriod: 'Period',
    colCost: 'Cost and funding',
    colIndicators: 'Indicators: baseline → target',
    colIndicator: 'Indicator',
    colValue: 'Value',
    colYear: 'Year',
    colSource: 'Source',
    colGoal: 'Policy goal',
    colPriority: 'Priority',
    colMeasures: 'Measures',
    colArea: 'Priority area',
    colTotal: 'Total',
    colShare: 'Share',
    colFundingSource: 'Funding source',
    colStart: 'Start',
    colEnd: 'End',
    /** Column of the objective a measure serves within its area (spreadsheets). */
    colObjective: 'Specific objective',
    colSettlement: 'Neighbourhood or settlement',
    colHouseholds: 'Households',
    colResidents: 'Residents',
    colLegalStatus: 'Legal status',
    colServices: 'Basic services',
    colMediatorField: 'Field',
    colMediatorCount: 'Mediators',
    colUnit: 'Unit',
    colBaseline: 'Baseline',
    colTarget: 'Target',
    colVerification: 'Means of verification',
    colDisaggregation: 'Disaggregated by',
    colDate: 'Date',
    colFormat: 'Format',
    colParticipants: 'Participants',
    colRoma: 'Roma',
    colWomen: 'Women',
    colPath: 'Where in the plan',
    colNote: 'Note',
    /** The sum row at the bottom of a table. */
    rowTotal: 'Total',
    /** An empty value in a table. */
    none: '–',

    // ---- Budget ----
    budgetTotal: 'Total cost of the plan',
    budgetMunicipal: 'From the municipal budget',
    budgetMunicipalShare: 'Municipal share',
    budgetSpreadNote: 'The cost of each measure is divided among the years it runs in proportion to its quarters in each year, in whole units; what rounding leaves over goes to its last year.',
    /** Funding source types (cost.sources[].type). */
    sourceMunicipal: 'Municipal budget',
    sourceNational: 'National budget',
    sourceEu: 'EU funds',
    sourceDonor: 'Donors',
    sourcePrivate: 'Private sector',
    sourceOther: 'Other sources',

    // ---- Coverage matrix ----
    coverageIntro:
      'The matrix counts, for each priority area, the measures that serve each policy goal. The columns are the goal numbers listed below it.',
    /** A cell of a priority area marked not applicable. */
    coverageNotApplicable: 'n/a',
    coverageLegend: 'Policy goals',
    coverageGaps: 'Policy goals no measure serves',
    coverageNoGaps: 'Every policy goal is served by at least one measure.',

    // ---- Timeline ----
    timelineIntro: 'When each measure runs. Quarters are calendar quarters.',
    /** A quarter of a year, e.g. "Q3 2027". */
    quarter: 'Q{quarter} {year}',
    /** From one year or quarter to another, e.g. "2026 – 2028". */
    range: '{from} – {to}',

    // ---- Implementation ----
    implementationIntro:
      'Who coordinates and carries out the plan. Each measure also has a lead institution, named in the action matrices.',
    coordinator: 'Coordinator for Roma issues',
    coordinatorUnit: 'Part of',
    coordinationBody: 'Coordination body',
    coordinationMembers: 'Members',
    communityActionGroup: 'Community action group',
    cagMembers: 'Members',
    cagWomen: 'Of whom women',
    cagEstablished: 'Established',
    mediators: 'Mediators',
    noMediators: 'The plan names no mediators.',
    /** Fields mediators work in (governance.mediators[].field). */
    mediatorEducation: 'Education',
    mediatorHealth: 'Health',
    mediatorCommunity: 'Community',
    mediatorEmployment: 'Employment',

    // ---- Monitoring and evaluation ----
    monitoringBody: 'Monitoring body',
    monitoringFrequency: 'Progress reports',
    monitoringReportTo: 'Reports go to',
    monitoringMidTerm: 'Mid-term review',
    monitoringFinal: 'Final evaluation',
    monitoringCommunityRole: "The community's role in monitoring",
    monitoringIndicators: 'Annex 1 lists the indicators of every measure, with baselines, targets and means of verification.',
    frequencyQuarterly: 'every quarter',
    frequencySemiAnnual: 'every six months',
    frequencyAnnual: 'every year',

    // ---- Annexes ----
    /** Ways an indicator is broken down (indicators[].disaggregation). */
    disaggregationSex: 'sex',
    disaggregationAge: 'age',
    disaggregationSettlement: 'settlement',
    reviewIntro:
      'The automatic checks of the plan found the following points. They do not prevent adoption, but reviewers look for them.',

    // ---- The decision adopting the plan (Annex 3) ----
    // The decision itself is worded in decision-en.ts; these two are shared with the annual report.
    decisionPlaceDate: '{municipality}, {date}',
    /** Stands for the date of a decision not yet taken. */
    decisionDateBlank: '……………………',
  },
  /** Labels only the PDF needs (running header and footer, chart legends). */
  pdf: {
    /** Footer of every page but the cover. */
    pageOf: 'Page {page} of {pages}',
    /** Title of the contents when the view has no contents entry of its own. */
    contents: 'Contents',
    ganttTitle: 'Measures over the plan period, by area',
    /** Quarter label on the time axis of the Gantt chart. */
    quarter: 'Q{quarter}',
    budgetChartTitle: 'Budget by area and funding source',
    legend: 'Funding sources:',
    /** Caption under each chart. */
    figure: 'Figure {number}: {title}',
  },
  /** Words of the council decision that adopts the plan (kept in decision-en.ts). */
  decision: decisionEn,
  /** Questions of the wizard's legal-basis step (kept in wizard-legal-en.ts). */
  wizardLegal: wizardLegalEn,
  /** Labels of the annual report and the other documents after adoption (kept in follow-up-en.ts). */
  followUp: followUpEn,
  /** Labels of risks, cross-cutting commitments, funding status, outcome indicators and targets (kept in content-en.ts). */
  content: contentEn,
  /** The reviewer's checklist (kept in review-en.ts). */
  review: reviewEn,
  /** Questions, choices and messages of `roma-plan init` (kept in wizard-en.ts). */
  wizard: wizardEn,
  /** Help on every question of the wizard, the goals in plain words, the keys (kept in wizard-help-en.ts). */
  wizardHelp: wizardHelpEn,
};

export type Messages = typeof en;
