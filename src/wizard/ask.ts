import { parseLocalNumber } from './local-input.js';

/**
 * The questions the wizard asks, as plain data, and the `Ask` interface that answers them. The CLI
 * implements `Ask` with inquirer (src/cli/prompt-adapter.ts); tests implement it with a script. The
 * wizard never imports a prompt library, so the whole interview runs without a terminal.
 */

/** `true` when the answer is acceptable, otherwise the message to show before asking again. */
export type Validate<T> = (value: T) => true | string;

/** One entry of a select, checkbox or search question. */
export interface Choice<T> {
  value: T;
  name: string;
  /** Longer text shown while the choice is highlighted, e.g. a practice's description and source. */
  description?: string;
  /** Checkbox questions only: ticked at the start. */
  checked?: boolean;
}

interface Question {
  /**
   * What the question fills in: the plan path of the answer (`municipality.name`), or that path
   * with a suffix for questions about it (`municipality.settlements:add`). Stable, so that scripts
   * and tests can answer by name.
   */
  name: string;
  message: string;
  /**
   * A few plain sentences on the question, shown on the help key; and the line of keys shown under
   * it. Both are added by the interview (journal.ts), never by the sections.
   */
  help?: string;
  keys?: string;
  /** The number of this question in the interview, for the step line. */
  step?: number;
}

export interface InputQuestion extends Question {
  default?: string;
  validate?: Validate<string>;
  /** A long text (a situation, a description): the person may write it in their editor instead. */
  long?: boolean;
}

export interface NumberQuestion extends Question {
  default?: number;
  /**
   * Receives the number typed, `undefined` for an empty answer, or the text itself when it is not a
   * number (so that the plan validator words the problem, e.g. "12 000" -> "write it without spaces").
   */
  validate: Validate<number | string | undefined>;
  /** The language whose separators a typed number may use (`12 000`, `12.000`); see local-input.ts. */
  locale?: string;
}

export interface SelectQuestion<T> extends Question {
  choices: readonly Choice<T>[];
  default?: T;
}

export interface SearchQuestion<T> extends SelectQuestion<T> {
  validate?: Validate<T>;
}

export interface CheckboxQuestion<T> extends Question {
  choices: readonly Choice<T>[];
  validate?: Validate<readonly T[]>;
}

export interface ConfirmQuestion extends Question {
  default?: boolean;
}

/**
 * Asks one question at a time. Each method resolves with an answer that passed `validate` (the
 * wizard checks it again, so an implementation may also ignore `validate`), and rejects when the
 * person stops (inquirer rejects with an error named `ExitPromptError` on Ctrl+C).
 */
export interface Ask {
  input(question: InputQuestion): Promise<string>;
  number(question: NumberQuestion): Promise<number | undefined>;
  select<T>(question: SelectQuestion<T>): Promise<T>;
  /** A select whose choices can be filtered by typing; matches name and description. */
  search<T>(question: SearchQuestion<T>): Promise<T>;
  checkbox<T>(question: CheckboxQuestion<T>): Promise<T[]>;
  confirm(question: ConfirmQuestion): Promise<boolean>;
  /**
   * Shows text between questions: a section title (`heading`), a problem with an answer
   * (`problem`), or anything else (what is already answered, the review screen).
   */
  show(text: string, kind?: 'heading' | 'problem'): void;
  /**
   * The width of the screen in characters, when there is one: the review screen lays its tables out
   * as lists when they would not fit. Unknown (a script) means wide enough.
   */
  readonly columns?: number;
  /**
   * Where the interview stands, told before each section: a terminal shows it above every question
   * ("Step 23 of about 65 · Section 5 of 16: Governance"). A script may ignore it.
   */
  progress?(where: { section: number; sections: number; title: string }): void;
}

/**
 * Reads a typed number: empty -> `undefined`, `12`, `-3.5`, `1e3` or the language's own forms
 * (`12 000`, `12.000`, `12,5`) -> a number, anything else is returned as the trimmed text so that
 * the validator can say what is wrong with it.
 */
export function parseNumberAnswer(text: string, locale?: string): number | string | undefined {
  return parseLocalNumber(text, locale);
}
