import type { FollowUpTexts } from '../i18n/follow-up-types.js';
import { messagesFor } from '../i18n/index.js';
import type { WizardProgressTexts } from '../i18n/wizard-progress-en.js';
import { wizardLanguage, type WizardLanguage } from '../wizard/messages.js';

/** Everything the progress wizard says in one language. */
export interface ProgressWizardLanguage extends WizardLanguage {
  /** The questions of the progress wizard (src/i18n/wizard-progress-<tag>.ts). */
  p: WizardProgressTexts;
  /** The annual report's labels, for the names of the statuses. */
  report: FollowUpTexts['report'];
}

/** The progress wizard's words for a BCP 47 tag: the closest language that has them, else English. */
export function progressWizardLanguage(tag: string): ProgressWizardLanguage {
  const language = wizardLanguage(tag);
  const followUp = messagesFor(language.locale).followUp;
  return { ...language, p: followUp.progressWizard, report: followUp.report };
}
