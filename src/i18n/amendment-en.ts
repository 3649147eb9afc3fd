/**
 * Labels of the amendment document (roma-plan diff): what changed between two versions of a plan
 * and the draft council decision that amends it. `{name}` marks a value filled in at run time.
 * Every language has a file like this one, with the same keys.
 */
export const amendmentEn = {
  /** {plan}: the plan's title. */
  title: 'Amendment of the plan "{plan}"',
  subject: 'Plan amendment',
  coverBefore: 'Version in force',
  coverAfter: 'Amended version',
  /** {version}: the plan's version field, {status}: draft, adopted... */
  versionText: 'version {version}, {status}',
  intro: 'This document lists what the amended version of the plan changes in the version in force: the plan period, the measures added, removed and changed, and the budget by priority area and funding source.',
  noChanges: 'The two versions of the plan do not differ.',
  chapterPeriod: 'Plan period',
  /** {before}, {after}: periods such as 2026–2030. */
  periodExtended: 'The plan period is extended from {before} to {after}.',
  periodChanged: 'The plan period changes from {before} to {after}.',
  periodSame: 'The plan period stays {period}.',
  chapterMeasures: 'Measures',
  sectionAdded: 'Measures added',
  sectionRemoved: 'Measures removed',
  sectionChanged: 'Measures changed',
  noMeasureChanges: 'No measure is added, removed or changed.',
  colField: 'What changes',
  colBefore: 'Before',
  colAfter: 'After',
  colChange: 'Change',
  /** {name}: an indicator's name; {field}: which of its fields. */
  indicatorField: 'Indicator "{name}": {field}',
  indicatorAdded: 'Indicator "{name}" added',
  indicatorRemoved: 'Indicator "{name}" removed',
  fieldTitle: 'Title',
  fieldDescription: 'Description',
  fieldTotalCost: 'Total cost',
  fieldBaselineYear: 'Baseline year',
  fieldTargetYear: 'Target year',
  /** Shown in the "after" column of a removed value, and the "before" column of a new one. */
  absent: '(none)',
  chapterBudget: 'Budget',
  budgetSame: 'The total budget stays {total}.',
  /** {before}, {after}: money. */
  budgetChanged: 'The total budget changes from {before} to {after}.',
  chapterOther: 'Other changes to the plan text',
  chapterDecision: 'Draft council decision',
  decisionTitle: 'Decision amending the local action plan for Roma inclusion',
  /** {body}: the council; {plan}: the title; {decision}, {date}: the decision that adopted the plan. */
  decisionAmendsAdopted: '1. The {body} amends the plan "{plan}", adopted by decision {decision} of {date}, as follows:',
  decisionAmends: '1. The {body} amends the plan "{plan}" as follows:',
  /** {to}: the new last year; {period}: the new period. */
  itemPeriodExtended: 'the plan period is extended to {to};',
  itemPeriodChanged: 'the plan period becomes {period};',
  /** {number}, {title}, {lead}, {cost}: the new measure. */
  itemAdded: 'measure {number} "{title}" is added, led by {lead}, at a cost of {cost};',
  itemRemoved: 'measure {number} "{title}" is removed;',
  /** {number}, {title}: the measure; {fields}: the changed fields, e.g. "Lead institution, Total cost". */
  itemChanged: 'measure {number} "{title}" is changed ({fields}) as set out in the annex;',
  itemBudget: 'the total budget of the plan becomes {after} (previously {before});',
  itemOther: 'the other changes to the plan text set out in the annex.',
  decisionAnnex: '2. The amended plan is annexed to this decision.',
};

export type AmendmentTexts = typeof amendmentEn;
