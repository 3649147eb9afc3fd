export { collectProgressYear } from './collect-progress-year.js';
export type { ProgressWizardOptions } from './collect-progress-year.js';
export { missingProgressAnswers, unanswerableProgress } from './missing.js';
export { formatYearDraft, yearDraftProgress } from './year-draft.js';
