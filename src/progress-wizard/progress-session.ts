import type { Issue } from '../plan/issue.js';
import { MEASURE_STATUSES, type MeasureStatus } from '../progress/types.js';
import type { Choice } from '../wizard/ask.js';
import { Session } from '../wizard/session.js';
import type { ProgressWizardLanguage } from './texts.js';

/**
 * The init wizard's session, judging answers with the progress file's validator instead of the
 * plan's. Its draft is the whole progress file, this year included, so that a rule spanning years
 * (spending above the plan, cumulative) is checked as the person types.
 */
export class ProgressSession extends Session {
  constructor(
    ask: ConstructorParameters<typeof Session>[0],
    readonly language: ProgressWizardLanguage,
    draft: Record<string, unknown>,
    year: number,
    /** The plan's currency, named in the questions about money. */
    readonly currency: string,
    validate: (draft: unknown) => readonly Issue[],
  ) {
    super(ask, language, draft, year, validate);
  }

  get p(): ProgressWizardLanguage['p'] {
    return this.language.p;
  }

  /** The five statuses, named as the annual report names them. */
  statusChoices(): Choice<MeasureStatus>[] {
    const r = this.language.report;
    const names: Record<MeasureStatus, string> = { 'not-started': r.statusNotStarted, 'on-track': r.statusOnTrack, delayed: r.statusDelayed, completed: r.statusCompleted, cancelled: r.statusCancelled };
    return MEASURE_STATUSES.map((value) => ({ value, name: names[value] }));
  }
}
