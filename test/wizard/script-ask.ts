import type { Ask, CheckboxQuestion, ConfirmQuestion, InputQuestion, NumberQuestion, SearchQuestion, SelectQuestion } from '../../src/wizard/ask.js';
import { parseNumberAnswer } from '../../src/wizard/ask.js';
import { GoBack } from '../../src/wizard/journal.js';

/** Accept the question's default (or, for a select, its first choice). */
export const DEFAULT = Symbol('default');
/** Stop as a person pressing Ctrl+C would: inquirer rejects with an ExitPromptError. */
export const CTRL_C = Symbol('ctrl-c');
/** Press the back key, as Esc does in the terminal: the prompt rejects with GoBack. */
export const BACK = Symbol('back');

export type Answer = string | number | boolean | readonly string[] | undefined | typeof DEFAULT | typeof CTRL_C | typeof BACK;

/** Several answers to the same question, in order: a rejected one, then a corrected one. */
export class Seq {
  constructor(readonly answers: Answer[]) {}
}
export const seq = (...answers: Answer[]): Seq => new Seq(answers);

export interface Asked {
  name: string;
  message: string;
  default?: unknown;
  kind: string;
}

/**
 * An `Ask` that answers from a script keyed by question name (the plan path it fills). Answers are
 * validated with the question's own `validate`, as inquirer does; a rejected answer is recorded and
 * the next answer for that name is used, like a person typing again. A question the script does not
 * expect fails the test, unless `fallback` answers it.
 */
export class ScriptAsk implements Ask {
  readonly asked: Asked[] = [];
  readonly shown: string[] = [];
  readonly rejected: { name: string; answer: unknown; message: string }[] = [];
  private readonly queues = new Map<string, Answer[]>();
  private readonly used = new Set<string>();

  constructor(
    script: Readonly<Record<string, Answer | Seq>>,
    private readonly fallback?: (q: Asked) => Answer,
  ) {
    for (const [name, a] of Object.entries(script)) this.queues.set(name, a instanceof Seq ? [...a.answers] : [a]);
  }

  /** Adds answers for later questions (e.g. between two runs). */
  add(script: Readonly<Record<string, Answer | Seq>>): void {
    for (const [name, a] of Object.entries(script)) {
      const more: Answer[] = a instanceof Seq ? a.answers : [a];
      this.queues.set(name, [...(this.queues.get(name) ?? []), ...more]);
    }
  }

  /** Questions the script answered but that were never asked. */
  unused(): string[] {
    return [...this.queues.entries()].filter(([name, q]) => !this.used.has(name) || q.length > 1).map(([name]) => name);
  }

  show(text: string): void {
    this.shown.push(text);
  }

  private take(q: Asked): Answer {
    this.asked.push(q);
    const queue = this.queues.get(q.name);
    if (queue && queue.length > 0) {
      // The last answer of a name stays, for questions asked again (e.g. "add another?" -> false).
      const next = queue.length > 1 ? queue.shift() : queue[0];
      this.used.add(q.name);
      return this.answer(next);
    }
    if (this.fallback) return this.answer(this.fallback(q));
    throw new Error(`unexpected question ${q.name}: ${q.message}`);
  }

  private answer(a: Answer): Answer {
    if (a === CTRL_C) throw Object.assign(new Error('User force closed the prompt with SIGINT'), { name: 'ExitPromptError' });
    if (a === BACK) throw new GoBack();
    return a;
  }

  private validated<T>(q: Asked, read: (a: Answer) => T, validate?: (v: T) => true | string): T {
    for (let attempt = 0; attempt < 20; attempt++) {
      const answer = read(this.take(q));
      const verdict = validate ? validate(answer) : true;
      if (verdict === true) return answer;
      this.rejected.push({ name: q.name, answer, message: verdict });
    }
    throw new Error(`${q.name}: the script keeps giving rejected answers (${this.rejected.at(-1)?.message})`);
  }

  async input(q: InputQuestion): Promise<string> {
    return this.validated({ ...q, kind: 'input' }, (a) => (a === DEFAULT ? (q.default ?? '') : a === undefined ? '' : String(a)), q.validate);
  }

  async number(q: NumberQuestion): Promise<number | undefined> {
    const value = this.validated<number | string | undefined>(
      { ...q, kind: 'number' },
      (a) => (a === DEFAULT ? q.default : typeof a === 'number' ? a : typeof a === 'string' ? parseNumberAnswer(a, q.locale) : undefined),
      q.validate,
    );
    if (typeof value === 'string') throw new Error(`${q.name}: "${value}" was accepted although it is not a number`);
    return value;
  }

  async select<T>(q: SelectQuestion<T>): Promise<T> {
    return this.pick({ ...q, kind: 'select' }, q.choices.map((c) => c.value), q.default);
  }

  async search<T>(q: SearchQuestion<T>): Promise<T> {
    return this.pick({ ...q, kind: 'search' }, q.choices.map((c) => c.value), q.default, q.validate);
  }

  private pick<T>(q: Asked, values: T[], fallback: T | undefined, validate?: (v: T) => true | string): T {
    return this.validated(
      q,
      (a) => {
        const value = (a === DEFAULT ? (fallback ?? values[0]) : a) as T;
        if (!values.includes(value)) throw new Error(`${q.name}: ${String(value)} is not one of the choices ${values.map(String).join(', ')}`);
        return value;
      },
      validate,
    );
  }

  async checkbox<T>(q: CheckboxQuestion<T>): Promise<T[]> {
    const values = q.choices.map((c) => c.value);
    return this.validated(
      { ...q, kind: 'checkbox', default: q.choices.filter((c) => c.checked).map((c) => c.value) },
      (a) => {
        const picked = (a === DEFAULT ? q.choices.filter((c) => c.checked).map((c) => c.value) : a) as T[];
        for (const v of picked) if (!values.includes(v)) throw new Error(`${q.name}: ${String(v)} is not one of the choices`);
        return picked;
      },
      q.validate,
    );
  }

  async confirm(q: ConfirmQuestion): Promise<boolean> {
    return this.validated({ ...q, kind: 'confirm' }, (a) => (a === DEFAULT ? (q.default ?? false) : Boolean(a)));
  }
}
