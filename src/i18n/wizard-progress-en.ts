/**
 * Questions and messages of `roma-plan progress`: the wizard that records one year of a progress
 * file, measure by measure. `{name}` marks a value filled in at run time. Every language has a file
 * like this one, with the same keys; the words follow the annual report and the progress sheets.
 * Words shared with `roma-plan init` (yes, no, "This answer is needed.") come from its wizard file.
 */
export const wizardProgressEn = {
  /** {year}: the reporting year; {plan}: the plan's title. */
  intro: 'Progress in {year} of "{plan}", measure by measure. Each answer is checked as you type it. A draft is saved after every measure and when you press Ctrl+C.',
  /** Heading before the questions about the whole year. */
  yearHeading: 'The report for {year}',
  preparedBy: 'Who prepared the report (a body or a role)? Leave empty to skip.',
  reportDate: 'Date of the report (leave empty to skip):',
  /** {number}: e.g. 2.1.1; {title}: the measure's title; {index} of {count} measures. */
  measureHeading: 'Measure {number} ({index}/{count}): {title}',
  /** {lead}: the lead institution; {cost}: the planned cost with the currency. */
  measurePlanned: 'Lead institution: {lead}. Planned cost, whole plan: {cost}.',
  /** {year}: the previous reporting year. */
  lastYear: 'The answers given for {year} are offered; press Enter to keep one.',
  status: 'Status in {year}:',
  implemented: 'What was done in {year}? (leave empty to skip)',
  /** {source}: a funding source; {currency}: e.g. HUF. */
  spent: 'Spent in {year}: {source} ({currency}):',
  countsPeople: 'Does the measure count the people it reaches?',
  reachedTotal: 'People reached in {year}: all',
  reachedRoma: 'of them Roma (leave empty if not counted)',
  reachedWomen: 'of them women (leave empty if not counted)',
  reachedChildren: 'of them children (leave empty if not counted)',
  /** {position}: 1, 2...; {name}: the indicator; {baseline}, {target}: values with the unit. */
  indicator: 'Indicator {position}: {name}. Baseline {baseline}, target {target}.',
  indicatorValue: 'Value reached by the end of {year} ({unit}); leave empty if not measured:',
  indicatorDate: 'Date of the value:',
  indicatorSource: 'Source of the value:',
  deviation: 'Reason for the deviation from the plan:',
  correctiveAction: 'Corrective action:',
  communityAsk: 'Did the community action group or an NGO give its own assessment of this measure?',
  communityBy: 'Who assesses (the community action group or an NGO)?',
  communityRating: 'Their assessment of the status:',
  communityComment: 'Their comment (leave empty to skip):',
  review: {
    heading: 'Review of {year}',
    intro: 'The year as it will be written. Choose a measure to change it, or save.',
    menu: 'What next?',
    finish: 'Save the year in the progress file',
    fix: 'Fix the problems shown',
    editYear: 'Change: the report for {year}',
    /** {number}, {title} of a measure. */
    editMeasure: 'Change: {number} {title}',
    cannotFinish: 'The year cannot be saved while it has errors.',
    /** {count}: how many measures. */
    measures: 'Measures reported: {count}',
    errors: 'Errors ({count}):',
    warnings: 'Warnings ({count}):',
    noWarnings: 'No warnings.',
  },
  cli: {
    /** {file}: the progress file; {year}. */
    yearExists: '{file} already records {year}. Replace that year with these answers?',
    notReplaced: 'Nothing was written: {year} in {file} is kept. Use --force to replace it.',
    saved: 'Saved {year} in {file}.',
    savedWarnings: 'Saved {year} in {file}. It has warnings worth a look: roma-plan validate {file}',
    notSaved: 'Could not save {file}: {reason}. Here is the year, so that nothing is lost:',
    missing: '{year} still needs {count} answers:',
    missingMeasure: 'measure {measure}: its status and figures',
    supply: 'Write them in a YAML file shaped like one year of the progress file, then run:',
    progressInvalid: '{file} has errors; correct them before adding a year:',
    draftFound: 'A draft of {year} exists: {draft}. Continue it? (No starts again; the old draft is replaced at the first save.)',
    draftOtherYear: 'The draft {draft} is for {draftYear}, not {year}.',
    answersOtherYear: 'The answers in {file} are for {answersYear}, not {year}.',
    reportLater: 'Make the annual report any time with: roma-plan report {plan} {file} --year {year}',
  },
  /** Comments written into the draft file. */
  draft: 'Draft of one year saved by `roma-plan progress`, not yet in the progress file. Continue it with:',
};

export type WizardProgressTexts = typeof wizardProgressEn;
