import { formatPath, type PathSegments } from '../plan/issue.js';
import type { Choice } from './ask.js';
import { parseLocalDate } from './local-input.js';
import { NONE, SessionState, type ChoiceOptions, type FieldOptions, type Mode } from './session-state.js';

export type { ChoiceOptions, FieldOptions, Mode } from './session-state.js';

/**
 * The interview's question kinds. Each checks its answer with the plan validator (checkAnswer) and
 * asks again, showing the validator's message and hint, until the answer is accepted.
 */
export class Session extends SessionState {
  /** The areas ticked in the list of areas, once asked in this run; the area sections then skip "does it apply?". */
  scope?: readonly string[];
  /**
   * The answer to "what next?" after a new measure's indicators, read by the lists of measures and
   * objectives around it so that one answer replaces three "add another?" questions.
   */
  next?: 'indicator' | 'measure' | 'objective' | 'area';

  /**
   * Optional fields asked together: in a new part one yes/no decides whether they are asked (no:
   * they are only checked); in any other mode they are asked as the mode says.
   */
  async optional(name: string, message: string, mode: Mode): Promise<Mode> {
    if (mode !== 'new') return mode;
    return (await this.ask.confirm({ name, message, default: false })) ? 'new' : 'fill';
  }

  /**
   * A value the wizard can work out from earlier answers (a baseline year, the review years): in a
   * new part, or one continued after a stop, it is taken without asking, and the returned mode asks
   * the field only if the value is wrong. The review screen and `edit` change it like any answer.
   */
  computed(path: PathSegments, mode: Mode, value: unknown): Mode {
    if ((mode !== 'new' && mode !== 'continue') || value === undefined || this.get(path) !== undefined) return mode;
    this.set(path, value);
    return 'fill';
  }

  /** A line of free text. An empty answer leaves an optional field out. */
  async text(path: PathSegments, mode: Mode, o: FieldOptions): Promise<void> {
    if (!this.needs(path, mode, o)) return;
    const current = this.get(path);
    const proposal = o.prefill ?? current ?? o.default;
    const shown = typeof proposal === 'string' || typeof proposal === 'number' ? String(proposal) : undefined;
    await this.askChecked<string>(
      path,
      o,
      (validate, previous) => this.ask.input({ name: formatPath(path), message: o.message, ...defaultOf(previous ?? shown), validate, ...(o.long ? { long: true } : {}) }),
      (answer) => (typed(answer) === '' ? undefined : typed(answer)),
    );
  }

  /**
   * A date, typed as the plan's language writes it (`2025.03.12.`, `12. 3. 2025`, `"2025-03-12"`)
   * and stored as the plan format says: `YYYY-MM-DD` text.
   */
  async date(path: PathSegments, mode: Mode, o: FieldOptions): Promise<void> {
    if (!this.needs(path, mode, o)) return;
    const current = this.get(path);
    const proposal = o.prefill ?? current ?? o.default;
    const shown = typeof proposal === 'string' ? proposal : undefined;
    await this.askChecked<string>(
      path,
      o,
      (validate, previous) => this.ask.input({ name: formatPath(path), message: o.message, ...defaultOf(previous ?? shown), validate }),
      (answer) => (typed(answer) === '' ? undefined : parseLocalDate(typed(answer), this.inputLocale())),
    );
  }

  /** A year (2027) or a quarter (2027-Q3); a year is stored as a number, as people write it. */
  async yearOrQuarter(path: PathSegments, mode: Mode, o: FieldOptions): Promise<void> {
    if (!this.needs(path, mode, o)) return;
    const current = this.get(path);
    const proposal = o.prefill ?? current ?? o.default;
    const shown = proposal !== undefined ? String(proposal) : undefined;
    await this.askChecked<string>(
      path,
      o,
      (validate, previous) => this.ask.input({ name: formatPath(path), message: o.message, ...defaultOf(previous ?? shown), validate }),
      (answer) => {
        const t = typed(answer).toUpperCase();
        if (t === '') return undefined;
        return /^\d{4}$/.test(t) ? Number(t) : t;
      },
    );
  }

  /** A number; the plan validator decides whether it must be whole, positive or inside the period. */
  async number(path: PathSegments, mode: Mode, o: FieldOptions): Promise<void> {
    if (!this.needs(path, mode, o)) return;
    const current = this.get(path);
    const proposal = o.prefill ?? current ?? o.default;
    const shown = typeof proposal === 'number' ? proposal : undefined;
    await this.askChecked<number | string | undefined>(
      path,
      o,
      (validate, previous) =>
        this.ask.number({ name: formatPath(path), message: o.message, ...defaultOf(typeof previous === 'number' ? previous : shown), validate, locale: this.inputLocale() }),
      (answer) => answer,
    );
  }

  /** Yes or no, stored as true or false. */
  async flag(path: PathSegments, mode: Mode, o: FieldOptions): Promise<void> {
    if (!this.needs(path, mode, o)) return;
    const current = this.get(path);
    const proposal = o.prefill ?? current ?? o.default;
    const shown = typeof proposal === 'boolean' ? proposal : undefined;
    await this.askChecked<boolean>(
      path,
      o,
      (_validate, previous) => this.ask.confirm({ name: formatPath(path), message: o.message, ...defaultOf(previous ?? shown) }),
      (answer) => answer,
    );
  }

  /** One of a fixed set of values (select, or search for long lists). */
  async choice<T extends string>(path: PathSegments, mode: Mode, o: ChoiceOptions<T>): Promise<void> {
    if (!this.needs(path, mode, o)) return;
    const current = this.get(path);
    const none = o.optional === undefined ? [] : [{ value: NONE, name: o.optional === true ? this.m.unknown : o.optional.label }];
    const first = o.optional !== undefined && o.optional !== true && o.optional.first;
    const choices: Choice<string>[] = first ? [...none, ...o.choices] : [...o.choices, ...none];
    const known = (v: unknown): v is string => choices.some((c) => c.value === v);
    const proposal = [o.prefill, current, o.default].find(known);
    const shown = proposal ?? (o.optional !== undefined && current === undefined ? NONE : undefined);
    await this.askChecked<string>(
      path,
      o,
      (validate, previous) => {
        const q = { name: formatPath(path), message: o.message, choices, ...defaultOf(previous ?? shown) };
        return o.search ? this.ask.search({ ...q, validate }) : this.ask.select(q);
      },
      (answer) => (answer === NONE ? undefined : answer),
    );
  }

  /** Several of a fixed set of values, e.g. the goals a measure serves. */
  async checklist<T extends string>(path: PathSegments, mode: Mode, o: ChoiceOptions<T>): Promise<void> {
    if (!this.needs(path, mode, o)) return;
    const current = this.get(path);
    const proposal = [o.prefill, current, o.default].find(Array.isArray) as unknown[] | undefined;
    const ticked = proposal ?? [];
    await this.askChecked<readonly string[]>(
      path,
      o,
      (validate, previous) =>
        this.ask.checkbox({
          name: formatPath(path),
          message: o.message,
          choices: o.choices.map((c) => ({ ...c, checked: (previous ?? ticked).includes(c.value) })),
          validate,
        }),
      // Keep the catalogue's order whatever order the boxes were ticked in: identical answers, identical file.
      (answer) => {
        const picked = answer ?? [];
        return picked.length === 0 && o.optional ? undefined : o.choices.map((c) => c.value).filter((v) => picked.includes(v));
      },
    );
  }

  /** A short list typed on one line, items separated by `;` (partners, needs, strategies). */
  async strings(path: PathSegments, mode: Mode, o: FieldOptions): Promise<void> {
    if (!this.needs(path, mode, o)) return;
    const current = this.get(path);
    const shown = Array.isArray(current) ? current.map(String).join('; ') : undefined;
    await this.askChecked<string>(
      path,
      o,
      (validate, previous) => this.ask.input({ name: formatPath(path), message: o.message, ...defaultOf(previous ?? shown), validate }),
      (answer) => {
        const items = typed(answer).split(';').map((s) => s.trim()).filter((s) => s !== '');
        return items.length === 0 ? undefined : items;
      },
    );
  }

  /**
   * Asks a group of fields, then checks the group as a whole: a problem only the whole shows (funding
   * sources that do not add up, a reversed period) is explained and the group is asked again.
   */
  async group(path: PathSegments, mode: Mode, run: (mode: Mode) => Promise<void>): Promise<void> {
    await run(mode);
    for (;;) {
      const issues = this.errors(path);
      if (issues.length === 0) return;
      this.ask.show(this.explain(issues), 'problem');
      await run('edit');
    }
  }
}

/** `{ default: v }` when there is one; inquirer shows `undefined` defaults as missing anyway, but tests read cleaner. */
function defaultOf<T>(value: T | undefined): { default?: T } {
  return value === undefined ? {} : { default: value };
}

/** The trimmed text of an input answer; a scripted `Ask` that gives nothing for "no answer" is read as empty. */
/**
 * The answer as typed, trimmed. A date in quotation marks ("2025-03-12", as a YAML file writes it)
 * is the date: the quotes belong to the file, not to the answer.
 */
const typed = (answer: string | undefined): string => {
  const t = (answer ?? '').trim();
  return /^(["'])\d{4}-\d{2}-\d{2}\1$/.test(t) ? t.slice(1, -1) : t;
};
