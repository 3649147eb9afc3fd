import { stringify } from 'yaml';
import type { Plan } from '../plan/types.js';
import { validatePlan } from '../plan/validate.js';
import type { Ask } from './ask.js';
import { Journal, isGoBack } from './journal.js';
import { wizardLanguage, type WizardLanguage } from './messages.js';
import { copy, isRecord } from './paths.js';
import { review } from './review.js';
import { SECTIONS, SECTION_IDS, type Section } from './sections/index.js';
import { Session, type Mode } from './session.js';
import { WizardStopped } from './stopped.js';

export interface CollectOptions {
  /** Answers already given: a partial plan (`--answers`) or a saved draft (`--resume`). */
  draft?: unknown;
  /**
   * The wizard's language (BCP 47). Without it the wizard speaks the plan's language once that is
   * chosen (where translated), and English before.
   */
  locale?: string;
  /**
   * The sections a previous run of the wizard finished (recorded in its draft). Given, it means the
   * run continues an interrupted one: the interrupted section asks what it had not asked yet.
   */
  done?: readonly string[];
  /**
   * The language to start in when `locale` is not given, until the plan's language is chosen (the
   * environment's language); the language question proposes it.
   */
  initialLocale?: string;
  /** End with the review screen even when nothing is missing (e.g. when resuming a finished draft). */
  review?: boolean;
  /** `review`: open the review screen at once, the sections not asked (`roma-plan edit`). */
  startAt?: 'review';
  /** The current year, for proposed periods; defaults to the clock's. */
  year?: number;
  /**
   * Called whenever the interview's language is set: at the start, when the plan's language is
   * chosen, and when going back before that choice. A terminal then words its keys and step line alike.
   */
  onLanguage?: (language: WizardLanguage) => void;
  /** Called after every section with a copy of the draft, to save it. */
  onSection?: (draft: Record<string, unknown>, progress: { section: string; done: string[] }) => Promise<void>;
}

/**
 * Interviews a person for a plan, section by section, and returns it once it is valid. Every answer
 * is checked by the plan validator as it is given. Answers already in `options.draft` are not asked
 * again (they are shown); a draft that is already a valid plan is returned without asking anything.
 * When the person stops (Ctrl+C) or anything fails, rejects with a WizardStopped that carries the
 * answers so far.
 */
export async function collectPlan(ask: Ask, options: CollectOptions = {}): Promise<Plan> {
  // The wizard writes version 1 of the format, whatever the answers file said.
  const start: Record<string, unknown> = { ...(isRecord(options.draft) ? copy(options.draft) : {}), schemaVersion: 1 };
  if (!options.review && validatePlan(start).ok) return start as unknown as Plan;

  let session: Session | undefined;
  const help = () => (session ?? language(start, options)).help;
  const journal = new Journal(ask, help);
  // Going back one question runs the interview again from the start, replaying the answers.
  return journal.interview(() => interview(journal, copy(start), options, (s) => (session = s)), help);
}

function language(draft: Record<string, unknown>, options: CollectOptions): WizardLanguage {
  return wizardLanguage(options.locale ?? (typeof draft['language'] === 'string' ? draft['language'] : (options.initialLocale ?? 'en')));
}

/** One run of the interview, from the starting draft to a valid plan. */
async function interview(journal: Journal, draft: Record<string, unknown>, options: CollectOptions, started: (s: Session) => void): Promise<Plan> {
  const ask = journal.ask;
  const planLanguage = () => (typeof draft['language'] === 'string' ? draft['language'] : 'en');
  const s = new Session(ask, language(draft, options), draft, options.year ?? new Date().getFullYear());
  started(s);
  options.onLanguage?.(language(draft, options));
  const done = new Set(options.done ?? []);
  const finished = () => SECTION_IDS.filter((id) => done.has(id));
  const saved = async (section: string) => {
    done.add(section);
    // While earlier answers are given again the draft only comes back to what was saved already.
    if (!journal.replaying) await options.onSection?.(copy(draft), { section, done: finished() });
  };
  try {
    if (options.startAt !== 'review') {
      ask.show(s.m.intro);
      for (const [index, section] of SECTIONS.entries()) {
        const mode = modeFor(section, s, done, options.done !== undefined);
        ask.show(section.title(s), 'heading');
        ask.progress?.({ section: index + 1, sections: SECTIONS.length, title: section.title(s) });
        if (mode === 'fill' || mode === 'continue') showAnswered(s, section, mode === 'fill' && !section.paths.some((p) => s.errors(p).length > 0));
        await section.run(s, mode);
        if (section.id === 'language' && options.locale === undefined) {
          s.speak(wizardLanguage(planLanguage()));
          options.onLanguage?.(wizardLanguage(planLanguage()));
        }
        await saved(section.id);
      }
    }
    await review(s, SECTIONS, saved);
    return draft as unknown as Plan;
  } catch (err) {
    if (isGoBack(err)) throw err;
    throw new WizardStopped(copy(draft), finished(), err);
  }
}

function modeFor(section: Section, s: Session, done: ReadonlySet<string>, resuming: boolean): Mode {
  if (done.has(section.id)) return 'fill';
  if (!section.paths.some((p) => s.get(p) !== undefined)) return 'new';
  return resuming ? 'continue' : 'fill';
}

/**
 * Shows the answers a section already has, as they stand in the file: a glimpse when the section is
 * complete (nothing will be asked), more when questions follow.
 */
function showAnswered(s: Session, section: Section, complete: boolean): void {
  const part = Object.fromEntries(section.paths.flatMap((p) => (s.get(p) === undefined ? [] : [[p.join('.'), s.get(p)]])));
  if (Object.keys(part).length === 0) return;
  const lines = stringify(part, { compat: 'yaml-1.1', lineWidth: 100 }).trimEnd().split('\n');
  const limit = complete ? 4 : 12;
  const shown = lines.length > limit + 2 ? [...lines.slice(0, limit), '  …'] : lines;
  s.ask.show([s.m.alreadyAnswered, ...shown.map((l) => `  ${l}`)].join('\n'));
}
