import type { followUpEn } from './follow-up-en.js';

/** What every language's follow-up file holds: the keys of the English one. */
export type FollowUpTexts = typeof followUpEn;
