import type { CatalogueTexts } from '../i18n/types.js';
import type { WizardHelp } from '../i18n/wizard-help-en.js';
import { fill } from '../i18n/index.js';
import { formatPath, type Issue, type PathSegments } from '../plan/issue.js';
import { localizeIssues } from '../plan/issue-text.js';
import { validatePlan } from '../plan/validate.js';
import type { Ask, Choice } from './ask.js';
import { checkAnswer, errorsAt, selectErrors } from './check-answer.js';
import type { WizardLanguage, WizardMessages } from './messages.js';
import { getAt, setAt } from './paths.js';

/**
 * How a section is asked:
 * - `new`: everything, in order (the section is not in the draft yet);
 * - `continue`: what is not answered yet, optional questions included (the section was interrupted);
 * - `fill`: only what is missing or wrong (the section came from an answers file, or is done);
 * - `edit`: everything, with the current answers as defaults (chosen from the review screen).
 */
export type Mode = 'new' | 'continue' | 'fill' | 'edit';

export interface FieldOptions {
  message: string;
  /** Proposed answer when the draft has none; validated like any typed answer. */
  default?: unknown;
  /** Proposed answer that wins over the draft's (a good practice just chosen); validated too. */
  prefill?: unknown;
  /** Codes a later question of the same step resolves (see CheckOptions.pending). */
  pending?: readonly string[];
  /** The path whose errors judge this answer, when a rule reports there (e.g. the area for `reason`). */
  checkAt?: PathSegments;
  /** For an optional group: an empty answer removes this whole path (e.g. population without a total). */
  emptyRemoves?: PathSegments;
  /** An answer is needed even where the format leaves the field optional (the reason for a delay). */
  required?: boolean;
  /** An empty answer is accepted and stored as nothing, even for a required field (an item the caller then drops). */
  emptySkips?: boolean;
  /** A long text: the person may write it in their editor (text questions only). */
  long?: boolean;
}

export interface ChoiceOptions<T extends string> extends FieldOptions {
  choices: readonly Choice<T>[];
  /** Offer a choice that leaves the field out: "I don't know / leave it out", or a label of its own. */
  optional?: true | { label: string; first: boolean };
  /** Filter the choices by typing (long lists: countries, practices). */
  search?: boolean;
}

/** A choice value that stands for "leave it out"; never a valid value of the plan format. */
export const NONE = '';


/**
 * The interview's working state: the draft plan, the way to ask, the messages, and the checking of
 * answers with the plan validator. The question kinds built on it are in session.ts.
 */
export class SessionState {
  m: WizardMessages;
  texts: CatalogueTexts;
  /** Help on the questions and the goals in plain words, in the language of `m`. */
  help: WizardHelp;
  /** The locale of `m`, for names of countries and currencies and for numbers. */
  locale: string;

  constructor(
    readonly ask: Ask,
    language: WizardLanguage,
    readonly draft: Record<string, unknown>,
    /** The current year, for proposed plan periods (injected so that tests do not depend on the clock). */
    readonly year: number,
    /** The validator that judges the draft (the plan's unless another document is asked for). */
    readonly validate: (draft: unknown) => readonly Issue[] = (draft) => validatePlan(draft).issues,
  ) {
    this.m = language.messages;
    this.texts = language.texts;
    this.help = language.help;
    this.locale = language.locale;
  }

  /** Switches the wizard's language (after the plan's language is chosen, unless --lang fixed it). */
  speak(language: WizardLanguage): void {
    this.m = language.messages;
    this.texts = language.texts;
    this.help = language.help;
    this.locale = language.locale;
  }

  /** The language people type numbers and dates in: the plan's, once chosen, else the wizard's. */
  inputLocale(): string {
    const language = this.draft['language'];
    return typeof language === 'string' && language !== '' ? language : this.locale;
  }

  /** A number as the wizard's language writes it (thousands separators). */
  formatNumber(n: number): string {
    return new Intl.NumberFormat(this.locale, { maximumFractionDigits: 2 }).format(n);
  }

  /** Checks and stores a value the person picked from a list the schema itself provides. */
  accept(path: PathSegments, value: unknown): boolean {
    const issues = this.problems(path, value, {});
    if (issues.length > 0) {
      this.ask.show(this.explain(issues), 'problem');
      return false;
    }
    this.set(path, value);
    return true;
  }

  get(path: PathSegments): unknown {
    return getAt(this.draft, path);
  }

  set(path: PathSegments, value: unknown): void {
    if (value === undefined && getAt(this.draft, path.slice(0, -1)) === undefined) return;
    setAt(this.draft, path, value);
  }

  /** The errors the draft has at `path` (ignoring required fields not asked yet). */
  errors(path: PathSegments, pending?: readonly string[]): Issue[] {
    return selectErrors(this.draftIssues(), path, pending ? { pending } : {});
  }

  private cached: { key: string; issues: Issue[] } | undefined;

  /**
   * The draft's issues, validated again only when the draft changed. Completing a long answers file
   * checks every field that is already there; without this each check would validate the whole plan.
   */
  private draftIssues(): Issue[] {
    const key = JSON.stringify(this.draft);
    if (this.cached?.key !== key) this.cached = { key, issues: [...this.validate(this.draft)] };
    return this.cached.issues;
  }

  /** Words for the validator's issues, shown under a question. */
  explain(issues: readonly Issue[]): string {
    return localizeIssues(issues, this.locale)
      .map((i) => {
        if (i.code === 'MISSING_FIELD') return this.m.required;
        const message = i.message.charAt(0).toUpperCase() + i.message.slice(1);
        return i.hint ? fill(this.m.problem, { message, hint: i.hint }) : fill(this.m.problemNoHint, { message });
      })
      .filter((text, index, all) => all.indexOf(text) === index)
      .join('\n');
  }

  /**
   * Set while the review screen lists the answers of a part (change-one.ts): every field the
   * section would ask is recorded here instead of being asked.
   */
  survey: { path: PathSegments; message: string }[] | undefined;
  /** Set while one answer is changed from the review screen: the field asked besides any wrong one. */
  focus: string | undefined;

  /** Whether a field is asked in this mode. */
  needs(path: PathSegments, mode: Mode, o: Pick<FieldOptions, 'pending' | 'checkAt'> & { message?: string } = {}): boolean {
    if (this.survey !== undefined) {
      this.survey.push({ path, message: o.message ?? formatPath(path) });
      return false;
    }
    if (this.focus !== undefined && formatPath(path) === this.focus) return true;
    if (mode === 'new' || mode === 'edit') return true;
    const current = this.get(path);
    if (mode === 'continue' && current === undefined) return true;
    return this.problems(path, current, o).length > 0;
  }

  protected problems(path: PathSegments, value: unknown, o: Pick<FieldOptions, 'pending' | 'checkAt' | 'emptyRemoves' | 'required' | 'emptySkips'>): Issue[] {
    if (value === undefined && o.emptySkips) return [];
    if (value === undefined && o.required) return [{ severity: 'error', code: 'MISSING_FIELD', path: formatPath(path), message: this.m.required }];
    const pending = { ...(o.pending ? { pending: o.pending } : {}), validate: this.validate };
    const target = value === undefined && o.emptyRemoves ? o.emptyRemoves : path;
    // The value the draft already holds: its issues are the draft's own.
    if (value === getAt(this.draft, target) && (value !== undefined || getAt(this.draft, target.slice(0, -1)) !== undefined)) {
      return selectErrors(this.draftIssues(), o.checkAt ?? target, pending);
    }
    if (!o.checkAt) return checkAnswer(this.draft, target, value, pending);
    const trial = structuredClone(this.draft);
    setAt(trial, target, value);
    return errorsAt(trial, o.checkAt, pending);
  }

  /**
   * The loop every question goes through: ask (the prompt validates as the person types), check the
   * answer again, and store it; on a problem, show it and ask again with the rejected answer as the
   * default, so that nothing typed is lost.
   */
  protected async askChecked<A>(
    path: PathSegments,
    o: FieldOptions,
    prompt: (validate: (answer: A) => true | string, previous: A | undefined) => Promise<A>,
    toValue: (answer: A) => unknown,
  ): Promise<unknown> {
    const current = this.get(path);
    if (current !== undefined) {
      const issues = this.problems(path, current, o);
      // The question follows at once, so the problem needs no name of the field before it.
      if (issues.length > 0) this.ask.show(this.explain(issues), 'problem');
    }
    let previous: A | undefined;
    for (;;) {
      const validate = (answer: A): true | string => {
        const issues = this.problems(path, toValue(answer), o);
        return issues.length === 0 ? true : this.explain(issues);
      };
      const answer = await prompt(validate, previous);
      const value = toValue(answer);
      const issues = this.problems(path, value, o);
      if (issues.length === 0) {
        if (value === undefined && o.emptyRemoves) this.set(o.emptyRemoves, undefined);
        else this.set(path, value);
        return value;
      }
      this.ask.show(this.explain(issues), 'problem');
      previous = answer;
    }
  }
}
