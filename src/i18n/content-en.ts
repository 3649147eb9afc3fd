import type { TargetId } from '../catalogue/types.js';

/**
 * Labels of what a reviewer looks for in a plan: risks, cross-cutting commitments, secured funding,
 * outcome indicators, monitoring and evaluation, disaggregated data, sustainability and the plan's
 * contribution to the EU and Poznan targets. `{name}` marks a value filled in at run time. Every
 * language has a file like this one, with the same keys.
 */
export const contentEn = {
  labels: {
    // ---- Chapters and sections ----
    chapterCrossCutting: 'Cross-cutting commitments',
    chapterTargets: 'Contribution to European and national targets',
    chapterRisks: 'Risks and their management',
    sectionSustainability: 'Sustainability',
    sectionSecuredFunding: 'Secured funding',

    // ---- Cross-cutting commitments ----
    crossCuttingIntro: 'Commitments that run through every area of the plan: what the plan undertakes for each, and the measures that serve it.',
    crossCuttingGenderEquality: 'Gender equality',
    crossCuttingChildrenYouth: 'Children and youth',
    crossCuttingAntiDiscrimination: 'Anti-discrimination and antigypsyism',
    crossCuttingDesegregation: 'Desegregation',
    crossCuttingStatement: 'Commitment',
    crossCuttingMeasures: 'Measures that serve it',
    crossCuttingNoStatement: 'The plan makes no statement on this commitment.',
    crossCuttingNoMeasure: 'no measure yet',
    measureCrossCutting: 'Cross-cutting commitments',

    // ---- Risks ----
    risksIntro: 'What could keep the plan from reaching its objectives, how likely it is and how much harm it would do, and how it is handled.',
    colRisk: 'Risk',
    colLikelihood: 'Likelihood',
    colImpact: 'Impact',
    colMitigation: 'Mitigation',
    colRiskOwner: 'Responsible',
    levelLow: 'low',
    levelMedium: 'medium',
    levelHigh: 'high',

    // ---- Sustainability ----
    measureSustainability: 'Sustainability',

    // ---- Funding status ----
    fundingSecured: 'secured',
    fundingPledged: 'pledged',
    fundingToBeSought: 'to be sought',
    measureFunding: 'Funding',
    budgetSecured: 'Secured funding',
    budgetSecuredShare: 'Secured share of the budget',
    colSecured: 'Secured',
    colSecuredShare: 'Secured share',
    securedNote: 'Money counts as secured when the plan marks its source as secured (in an adopted budget or a signed contract); pledged money, money still to be sought and money whose status is not stated are not counted.',

    // ---- Indicators ----
    outcomeIndicators: 'Outcome indicators',
    outputIndicators: 'Output indicators',
    colLevel: 'Level',
    levelOutcome: 'outcome',
    levelOutput: 'output',
    indicatorCollectedBy: 'Collected by',
    indicatorFrequency: 'Frequency',
    frequencyMonthly: 'monthly',
    frequencyQuarterly: 'quarterly',
    frequencySemiAnnual: 'every six months',
    frequencyAnnual: 'annually',
    frequencyBiennial: 'every two years',
    frequencyOnce: 'once',

    // ---- Monitoring and evaluation ----
    monitoringPublication: 'Publication of reports',
    monitoringBudget: 'Budget for monitoring and evaluation',
    monitoringEvaluationMethod: 'Evaluation method',
    monitoringRevision: 'Revision of the plan',
    monitoringNationalReporting: 'Reporting to the national contact point for Roma',

    // ---- Situation data ----
    dataFemale: 'female',
    dataMale: 'male',
    /** {age}: an age group as the plan gives it, e.g. 15-24. */
    dataAgeGroup: 'aged {age}',

    // ---- Targets ----
    targetsIntro: 'The indicators of this plan that contribute to the targets of the EU Roma strategic framework 2020-2030 and of the Poznan Declaration (2019), with the local baseline and target next to the target they serve.',
    colLocalIndicator: 'Local indicator',
    colLocalBaseline: 'Baseline',
    colLocalTarget: 'Local target',
    colContributesTo: 'Target it contributes to',
    frameworkEu2030: 'EU 2030',
    frameworkPoznan2019: 'Poznan 2019',
    targetsSources: 'Sources',
  },
  /** The targets of src/catalogue/targets.ts, in plain words. */
  targets: {
    'eu-discrimination': 'Cut by at least half the share of Roma who experience discrimination',
    'eu-reporting-discrimination': 'At least double the share of Roma who report the discrimination they experience',
    'eu-poverty': 'Cut the poverty gap between Roma and the general population by at least half',
    'eu-child-poverty': 'Cut the poverty gap for Roma children by at least half',
    'eu-early-childhood': 'Cut the gap in participation in early childhood education and care by at least half',
    'eu-upper-secondary': 'Cut the gap in upper secondary completion by at least one third',
    'eu-segregated-schools': 'Cut by at least half the share of Roma children in segregated primary schools',
    'eu-employment': 'Cut the employment gap by at least half',
    'eu-gender-employment': 'Cut the gender employment gap of Roma by at least half',
    'eu-neet': 'Cut the gap in young people not in employment, education or training by at least half',
    'eu-life-expectancy': 'Cut the gap in life expectancy by at least half',
    'eu-housing-deprivation': 'Cut the gap in housing deprivation by at least one third',
    'eu-overcrowding': 'Cut the gap in overcrowding by at least half',
    'eu-tap-water': 'At least 95 % of Roma have access to tap water',
    'poznan-employment': 'Roma employment rate of at least 25 %',
    'poznan-housing': 'Informal settlements legalised where possible, or decent, desegregated housing provided',
    'poznan-primary': '90 % of Roma children enrolled in and completing primary education',
    'poznan-secondary': '50 % of Roma enrolled in and completing secondary education',
    'poznan-health-insurance': 'At least 95 % of Roma covered by health insurance',
    'poznan-civil-registry': 'All Roma registered in the civil registry',
  } satisfies Record<TargetId, string> as Record<TargetId, string>,
};

/** What every language's content file holds: the keys of the English one. */
export type ContentTexts = typeof contentEn;
