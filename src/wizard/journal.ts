import type { WizardHelp } from '../i18n/wizard-help-en.js';
import type { Ask, CheckboxQuestion, ConfirmQuestion, InputQuestion, NumberQuestion, SearchQuestion, SelectQuestion } from './ask.js';
import { helpFor } from './help.js';

/**
 * Thrown by an `Ask` when the person presses the back key (Esc in the terminal): the interview goes
 * back one question.
 */
export class GoBack extends Error {
  constructor() {
    super('back one question');
    this.name = 'GoBack';
  }
}

export const isGoBack = (err: unknown): boolean => err instanceof Error && err.name === 'GoBack';

interface Entry {
  name: string;
  answer: unknown;
}

/**
 * The interview's memory of the answers given in this run, and the way back. The interview is a
 * plain async function of its answers, so going back one question is: start the interview again on
 * the same starting draft, answer every question but the last from the journal without showing
 * anything, and ask the last one again with its earlier answer proposed. That works across
 * sections, lists and the review screen alike, and the sections need no code for it.
 *
 * The journal is also where every question gets its help text and its line of keys, in the
 * interview's current language.
 */
export class Journal {
  private entries: Entry[] = [];
  private replay: Entry[] = [];
  private position = 0;
  /**
   * The answers given after the question gone back to, in order: each is proposed again when its
   * question comes again, so that going back and forth keeps what was typed. The first question
   * that differs drops the rest.
   */
  private forward: Entry[] = [];
  /** The last heading not shown while replaying: shown before the first question asked again. */
  private heading: string | undefined;
  /** From a step back to the next question asked: the questions before it are answered again unseen. */
  private quiet = false;

  /** The `Ask` the interview uses. */
  readonly ask: Ask;

  constructor(
    private readonly inner: Ask,
    private readonly help: () => WizardHelp,
    /** Whether questions get their help text (the plan's questions do; others get only the back key). */
    private readonly fieldHelp = true,
  ) {
    this.ask = this.wrap(inner);
  }

  /**
   * Runs an interview to its end, going back one question whenever it rejects with GoBack: the
   * same loop for the plan's wizard and the progress wizard. `words` gives the notes shown then.
   */
  async interview<T>(run: () => Promise<T>, words: () => WizardHelp): Promise<T> {
    for (;;) {
      try {
        return await run();
      } catch (err) {
        if (!isGoBack(err)) throw err;
        this.inner.show(this.back() ? words().wentBack : words().atFirst, 'problem');
      }
    }
  }

  /** True while earlier answers are being given again (nothing is shown, nothing is saved). */
  get replaying(): boolean {
    return this.quiet;
  }

  /**
   * Prepares the next run of the interview to go back one question. False when no question was
   * answered in this run (then the next run simply asks the first question again).
   */
  back(): boolean {
    const last = this.entries.at(-1);
    this.replay = this.entries.slice(0, -1);
    this.entries = [];
    this.position = 0;
    this.forward = last === undefined ? this.forward : [last, ...this.forward];
    this.heading = undefined;
    this.quiet = true;
    return last !== undefined;
  }

  private wrap(inner: Ask): Ask {
    return {
      input: (q: InputQuestion) => this.one(q, (p) => inner.input(p === undefined ? q : { ...q, default: typeof p === 'string' ? p : String(p) })),
      number: (q: NumberQuestion) => this.one(q, (p) => inner.number(p === undefined ? q : typeof p === 'number' ? { ...q, default: p } : withoutDefault(q))),
      select: <T>(q: SelectQuestion<T>) => this.one(q, (p) => inner.select<T>(p === undefined ? q : { ...q, default: p as T })),
      search: <T>(q: SearchQuestion<T>) => this.one(q, (p) => inner.search<T>(p === undefined ? q : { ...q, default: p as T })),
      checkbox: <T>(q: CheckboxQuestion<T>) =>
        this.one(q, (p) =>
          inner.checkbox<T>(
            Array.isArray(p)
              ? {
                  ...q,
                  choices: q.choices.map((c) => ({
                    ...c,
                    checked: (p as unknown[]).includes(c.value),
                  })),
                }
              : q,
          ),
        ),
      confirm: (q: ConfirmQuestion) => this.one(q, (p) => inner.confirm(typeof p === 'boolean' ? { ...q, default: p } : q)),
      show: (text, kind) => {
        if (!this.replaying) inner.show(text, kind);
        else if (kind === 'heading') this.heading = text;
      },
      progress: (where) => inner.progress?.(where),
      get columns() {
        return inner.columns;
      },
    };
  }

  private async one<A, Q extends { name: string }>(q: Q, live: (proposed: unknown) => Promise<A>): Promise<A> {
    const recorded = this.replay[this.position];
    if (recorded !== undefined) {
      if (recorded.name === q.name) {
        this.position += 1;
        this.entries.push(recorded);
        return recorded.answer as A;
      }
      // The interview took another way than before (it should not): ask from here on.
      this.replay = [];
      this.position = 0;
    }
    this.quiet = false;
    if (this.heading !== undefined) this.inner.show(this.heading, 'heading');
    this.heading = undefined;
    // Taken off the list only once answered: going back from this question keeps it for later.
    const next = this.forward[0];
    if (next !== undefined && next.name !== q.name) this.forward = [];
    const proposal = next?.name === q.name ? next.answer : undefined;
    const help = this.help();
    // The line of keys lists its keys separated by " · ", Esc first: without help, only Esc is named.
    const keys = !this.fieldHelp ? help.keysLine.split(' · ')[0] : 'long' in q && q.long === true ? help.keysLineLong : help.keysLine;
    Object.assign(q, { ...(this.fieldHelp ? { help: helpFor(q.name, help) } : {}), keys, step: this.entries.length + 1 });
    const answer = await live(proposal);
    if (next?.name === q.name) this.forward.shift();
    this.entries.push({ name: q.name, answer });
    return answer;
  }
}

function withoutDefault(q: NumberQuestion): NumberQuestion {
  const { default: _dropped, ...rest } = q;
  return rest;
}
