import { checkbox, confirm, editor, input, search, select } from '@inquirer/prompts';
import { Chalk } from 'chalk';
import { fill } from '../i18n/index.js';
import { GoBack } from '../wizard/journal.js';
import { listening } from './prompt-keys.js';
import { parseNumberAnswer, type Ask, type CheckboxQuestion, type Choice, type SearchQuestion, type SelectQuestion } from '../wizard/ask.js';
import type { WizardHelp } from '../i18n/wizard-help-en.js';
import type { WizardMessages } from '../wizard/messages.js';
import { visibleLength, wrapText } from '../wizard/wrap-text.js';

export interface PromptAdapterOptions {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  color: boolean;
  /** The wizard's current words (the language can change once the plan's language is chosen). */
  messages: () => WizardMessages;
  /** Aborting it makes the pending or next question reject with inquirer's AbortPromptError. */
  signal?: AbortSignal;
  /**
   * The editor for long answers (Ctrl+E), as invocation.ts chooses it for this system; without it
   * the prompt library's choice ($VISUAL, $EDITOR, Notepad on Windows, vim elsewhere).
   */
  editor?: string;
  /** The wizard's help words in its current language (the editor's failure, the keys). */
  help?: () => WizardHelp;
}

/** "?" typed alone as the answer asks for the help, where the question has some. */
const helpAsked = (q: { help?: string }, typed: string): boolean => q.help !== undefined && typed.trim() === '?';

/**
 * The wizard's `Ask`, answered in a terminal with @inquirer/prompts: the only place the project
 * touches a prompt library. Ctrl+C makes every method reject with inquirer's ExitPromptError.
 */
export function createPromptAdapter(o: PromptAdapterOptions): Ask {
  const base = { input: o.input, output: o.output, clearPromptOnDone: false };
  /**
   * Runs one prompt, listening for the wizard's keys meanwhile: a key aborts the prompt (inquirer
   * then restores the screen) and is acted on here. Help is shown and the question asked again;
   * the editor's text is the answer; back is the interview's to do (it rejects with GoBack).
   */
  const keyed = async <T>(
    q: { help?: string; long?: boolean; message: string; default?: unknown },
    questionMark: boolean,
    run: (context: typeof base & { signal: AbortSignal }) => Promise<T>,
    fromEditor?: (text: string) => Promise<T>,
  ): Promise<T> => {
    const keys = { questionMark, long: q.long === true && fromEditor !== undefined, help: q.help !== undefined };
    for (;;) {
      const result = await listening(o.input, o.signal, keys, (signal) => run({ ...base, signal }));
      if ('answer' in result) return result.answer;
      if (result.wish === 'back') throw new GoBack();
      if (result.wish === 'help') {
        showHelp(q.help);
        continue;
      }
      if (fromEditor) {
        const written = await openEditor(q.message, typeof q.default === 'string' ? q.default : '');
        if (written !== undefined) return fromEditor(written);
      }
    }
  };
  /** A typed answer; "?" alone shows the help and asks again. */
  const typedOrHelp = async (q: { help?: string }, typed: () => Promise<string>): Promise<string> => {
    for (;;) {
      const answer = await typed();
      if (!helpAsked(q, answer)) return answer;
      showHelp(q.help);
    }
  };
  const showHelp = (text: string | undefined) => o.output.write(`${c.cyan(wrapText(text ?? o.help?.().general ?? '', usable()))}\n`);
  const openEditor = async (message: string, text: string): Promise<string | undefined> => {
    try {
      if (o.editor !== undefined && !process.env['VISUAL'] && !process.env['EDITOR']) process.env['EDITOR'] = o.editor;
      return (await editor({ message: ask(message), default: text, waitForUserInput: false, postfix: '.txt' }, { ...base, ...(o.signal ? { signal: o.signal } : {}) }))
        .replace(/\r\n/g, '\n')
        .trim();
    } catch (err) {
      if (err instanceof Error && (err.name === 'ExitPromptError' || o.signal?.aborted)) throw err;
      const words = o.help?.().editorFailed ?? '{reason}';
      o.output.write(`${c.yellow(wrapText(fill(words, { reason: err instanceof Error ? err.message : String(err) }), usable()))}\n`);
      return undefined;
    }
  };
  const c = new Chalk({ level: o.color ? 1 : 0 });
  const keysHelpTip = (keys: [string, string][]): string => {
    const words = o.messages().keys as Record<string, string>;
    return keys.map(([key, action]) => `${c.bold(key)} ${c.dim(words[action] ?? action)}`).join(c.dim(' • '));
  };
  const listTheme = () => ({ style: { keysHelpTip } });
  const width = (): number => {
    const columns = (o.output as { columns?: number }).columns;
    return typeof columns === 'number' && columns > 0 ? columns : 80;
  };
  // inquirer folds a line that is too long at the last column, inside a word; so every question and
  // choice is wrapped here first, at spaces, leaving room for inquirer's marks ("? ", "❯ ", "◯ ").
  const usable = () => Math.max(20, width() - 1);
  const ask = (message: string) => wrapText(message, usable() - 2);
  const item = (name: string, indent: number) =>
    wrapText(name, usable() - indent)
      .split('\n')
      .join(`\n${' '.repeat(indent)}`);
  /** The answer after the question on the done line, on a line of its own when it would not fit. */
  const answerAfter = (message: string) => (answer: string) => {
    const last = visibleLength(message.split('\n').at(-1) ?? '') + 3;
    return c.cyan(last + visibleLength(answer) <= usable() ? answer : `\n${wrapText(answer, usable())}`);
  };
  // The step line above each question, once the interview has said where it stands. The estimate
  // is the small plan's count; a longer interview raises it as it goes.
  let where: { section: number; sections: number; title: string } | undefined;
  let step = 0;
  const ABOUT = 65;
  const stepLine = (q: { step?: number; keys?: string }): void => {
    if (where !== undefined) {
      step = q.step ?? step + 1;
      const text = fill(o.messages().step, { step, about: Math.max(ABOUT, step + 5), ...where });
      o.output.write(`${c.dim(wrapText(text, usable()))}\n`);
    }
    if (q.keys !== undefined) o.output.write(`${c.dim(wrapText(q.keys, usable()))}\n`);
  };
  const plain = <T>(choice: Choice<T>, indent: number): { value: T; name: string; description?: string } => ({
    value: choice.value,
    name: item(choice.name, indent),
    ...(choice.description !== undefined ? { description: wrapText(choice.description, usable()) } : {}),
  });

  return {
    input(q) {
      stepLine(q);
      const message = ask(q.message);
      const validate = q.validate;
      return keyed(
        q,
        false,
        (context) =>
          typedOrHelp(q, () =>
            input(
              {
                message,
                ...(q.default !== undefined ? { default: q.default } : {}),
                // "?" alone is accepted here, so that the prompt ends and the help is shown.
                ...(validate ? { validate: (t: string) => (helpAsked(q, t) ? true : validate(t)) } : {}),
                theme: { style: { answer: answerAfter(message) } },
              },
              context,
            ),
          ),
        // The editor's text is checked by the interview like a typed answer, and asked again if wrong.
        async (text) => text,
      );
    },

    async number(q) {
      stepLine(q);
      const message = ask(q.message);
      const text = await keyed(q, false, (context) =>
        typedOrHelp(q, () =>
          input(
            {
              message,
              ...(q.default !== undefined ? { default: String(q.default) } : {}),
              validate: (t) => (helpAsked(q, t) ? true : q.validate(parseNumberAnswer(t, q.locale))),
              theme: { style: { answer: answerAfter(message) } },
            },
            context,
          ),
        ),
      );
      const value = parseNumberAnswer(text, q.locale);
      return typeof value === 'number' ? value : undefined;
    },

    select<T>(q: SelectQuestion<T>) {
      stepLine(q);
      return keyed(q, true, (context) =>
        select<T>(
          {
            message: ask(q.message),
            choices: q.choices.map((choice) => plain(choice, 2)),
            ...(q.default !== undefined ? { default: q.default } : {}),
            pageSize: 12,
            theme: listTheme(),
          },
          context,
        ),
      );
    },

    search<T>(q: SearchQuestion<T>) {
      stepLine(q);
      return keyed(q, false, (context) =>
        search<T>(
          {
            message: ask(`${q.message} (${o.messages().searchHint})`),
            source: (term) => ranked(q.choices, term).map((choice) => plain(choice, 2)),
            ...(q.default !== undefined ? { default: q.default } : {}),
            ...(q.validate ? { validate: q.validate } : {}),
            pageSize: 10,
            theme: listTheme(),
          },
          context,
        ),
      );
    },

    checkbox<T>(q: CheckboxQuestion<T>) {
      stepLine(q);
      const validate = q.validate;
      return keyed(q, true, (context) =>
        checkbox<T>(
          {
            message: ask(q.message),
            choices: q.choices.map((choice) => ({ ...plain(choice, 4), checked: choice.checked === true })),
            ...(validate ? { validate: (picked: readonly { value: T }[]) => validate(picked.map((p) => p.value)) } : {}),
            pageSize: 12,
            theme: listTheme(),
          },
          context,
        ),
      );
    },

    confirm(q) {
      stepLine(q);
      const m = o.messages();
      return keyed(q, true, (context) =>
        confirm(
          {
            message: ask(q.message),
            ...(q.default !== undefined ? { default: q.default } : {}),
            theme: { keywords: { yes: m.yes, no: m.no, error: ({ yes, no }: { yes: string; no: string }) => fill(m.yesNoError, { yes, no }) } },
          },
          context,
        ),
      );
    },

    show(text, kind) {
      // Wrapped before it is coloured, so that the colour codes do not count as characters; one
      // column is left free, since some terminals (the Windows console) wrap a line that fills the width.
      const wrapped = wrapText(text, Math.max(20, width() - 1));
      const styled = kind === 'heading' ? `\n${c.bold.underline(wrapped)}` : kind === 'problem' ? c.yellow(wrapped) : wrapped;
      o.output.write(`${styled}\n`);
    },

    progress(next) {
      where = next;
    },

    get columns() {
      return width();
    },
  };
}

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * Case- and accent-insensitive search ("skola" finds "Škola"). Typing a code finds it first ("HU"
 * gives Hungary before Bhutan), then names that start with the term, then any other match.
 */
export function ranked<T>(choices: readonly Choice<T>[], term: string | undefined): Choice<T>[] {
  const needle = fold(term?.trim() ?? '');
  if (!needle) return [...choices];
  const rank = (choice: Choice<T>): number => {
    if (fold(String(choice.value)) === needle) return 0;
    if (fold(choice.name).startsWith(needle)) return 1;
    return fold(`${choice.name} ${choice.description ?? ''} ${String(choice.value)}`).includes(needle) ? 2 : -1;
  };
  return choices
    .map((choice, index) => ({ choice, index, r: rank(choice) }))
    .filter((x) => x.r >= 0)
    .sort((a, b) => a.r - b.r || a.index - b.index)
    .map((x) => x.choice);
}
