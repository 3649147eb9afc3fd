/**
 * Texts of the progress sheets (roma-plan sheets): the workbook each lead institution fills in for
 * a year. `{name}` marks a value filled in at run time. Every language has a file like this one.
 * Column names shared with the annual report (measure, status, baseline, target...) come from it.
 */
export const sheetsEn = {
  sheetInstructions: 'Instructions',
  sheetMeasures: 'Measures',
  sheetIndicators: 'Indicators',
  /** {year}: the reporting year; {institution}: the lead institution. */
  title: 'Progress in {year}: {institution}',
  plan: 'Plan',
  year: 'Reporting year',
  institution: 'Lead institution',
  currency: 'Currency',
  howTo: 'How to fill in this workbook',
  /** {measures}: the name of the measures sheet. */
  step1: 'On the sheet "{measures}", choose the status of each of your measures from the drop-down list and say briefly what was done.',
  /** {year}, {currency}. */
  step2: 'Enter the money spent in {year} from each funding source, in {currency}, as a plain number without the currency sign. Grey cells are sources the plan does not fund the measure from.',
  step3: 'Enter the people reached in {year}: all of them, and of them Roma, women and children where the measure counts them.',
  step4: 'For a delayed or cancelled measure, give the reason and the corrective action.',
  /** {indicators}: the name of the indicators sheet. */
  step5: 'On the sheet "{indicators}", enter the value each indicator reached by the end of {year}, the date of that value and its source. The baseline and the target are shown beside it.',
  step6: 'Leave the grey cells as they are, and do not add, remove or move rows or columns. Save the file as .xlsx and send it back.',
  statuses: 'Statuses to choose from',
  colCode: 'Code',
  colImplemented: 'What was done',
  /** {currency}: e.g. HUF. */
  colPlannedCost: 'Planned cost, whole plan ({currency})',
  /** {year}; {source}: a funding source; {currency}. */
  colSpent: 'Spent in {year}: {source} ({currency})',
  colReachedTotal: 'People reached: all',
  colReachedRoma: 'of them Roma',
  colReachedWomen: 'of them women',
  colReachedChildren: 'of them children',
  colIndicatorNo: 'Indicator no.',
  colUnit: 'Unit',
  colBaselineYear: 'Baseline year',
  colTargetYear: 'Target year',
  colValue: 'Value reached by the end of {year}',
  colDate: 'Date of the value (YYYY-MM-DD)',
  colSource: 'Source of the value',
  errorTitle: 'Not accepted',
  errorStatus: 'Choose a status from the list.',
  errorAmount: 'Enter an amount: a number, 0 or more, without text or currency sign.',
  errorWhole: 'Enter a whole number, 0 or more.',
  errorNumber: 'Enter a number, without text.',
};

export type SheetTexts = typeof sheetsEn;
