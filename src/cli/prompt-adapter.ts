import { checkbox, confirm, input, search, select } from '@inquirer/prompts';
import { Chalk } from 'chalk';
import { fill } from '../i18n/index.js';
import { parseNumberAnswer, type Ask, type CheckboxQuestion, type Choice, type SearchQuestion, type SelectQuestion } from '../wizard/ask.js';
import type { WizardMessages } from '../wizard/messages.js';
import { wrapText } from '../wizard/wrap-text.js';

export interface PromptAdapterOptions {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  color: boolean;
  /** The wizard's current words (the language can change once the plan's language is chosen). */
  messages: () => WizardMessages;
  /** Aborting it makes the pending or next question reject with inquirer's AbortPromptError. */
  signal?: AbortSignal;
}

/**
 * The wizard's `Ask`, answered in a terminal with @inquirer/prompts: the only place the project
 * touches a prompt library. Ctrl+C makes every method reject with inquirer's ExitPromptError.
 */
export function createPromptAdapter(o: PromptAdapterOptions): Ask {
  const context = { input: o.input, output: o.output, clearPromptOnDone: false, ...(o.signal ? { signal: o.signal } : {}) };
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

  return {
    input: (q) => input({ message: q.message, ...(q.default !== undefined ? { default: q.default } : {}), ...(q.validate ? { validate: q.validate } : {}) }, context),

    async number(q) {
      const text = await input(
        { message: q.message, ...(q.default !== undefined ? { default: String(q.default) } : {}), validate: (t) => q.validate(parseNumberAnswer(t, q.locale)) },
        context,
      );
      const value = parseNumberAnswer(text, q.locale);
      return typeof value === 'number' ? value : undefined;
    },

    select: <T>(q: SelectQuestion<T>) =>
      select<T>({ message: q.message, choices: q.choices.map(plain), ...(q.default !== undefined ? { default: q.default } : {}), pageSize: 12, theme: listTheme() }, context),

    search: <T>(q: SearchQuestion<T>) =>
      search<T>(
        {
          message: `${q.message} ${c.dim(`(${o.messages().searchHint})`)}`,
          source: (term) => ranked(q.choices, term).map(plain),
          ...(q.default !== undefined ? { default: q.default } : {}),
          ...(q.validate ? { validate: q.validate } : {}),
          pageSize: 10,
          theme: listTheme(),
        },
        context,
      ),

    checkbox<T>(q: CheckboxQuestion<T>) {
      const validate = q.validate;
      return checkbox<T>(
        {
          message: q.message,
          choices: q.choices.map((choice) => ({ ...plain(choice), checked: choice.checked === true })),
          ...(validate ? { validate: (picked: readonly { value: T }[]) => validate(picked.map((p) => p.value)) } : {}),
          pageSize: 12,
          theme: listTheme(),
        },
        context,
      );
    },

    confirm(q) {
      const m = o.messages();
      return confirm(
        {
          message: q.message,
          ...(q.default !== undefined ? { default: q.default } : {}),
          theme: { keywords: { yes: m.yes, no: m.no, error: ({ yes, no }: { yes: string; no: string }) => fill(m.yesNoError, { yes, no }) } },
        },
        context,
      );
    },

    show(text, kind) {
      // Wrapped before it is coloured, so that the colour codes do not count as characters; one
      // column is left free, since some terminals (the Windows console) wrap a line that fills the width.
      const wrapped = wrapText(text, Math.max(20, width() - 1));
      const styled = kind === 'heading' ? `\n${c.bold.underline(wrapped)}` : kind === 'problem' ? c.yellow(wrapped) : wrapped;
      o.output.write(`${styled}\n`);
    },

    get columns() {
      return width();
    },
  };
}

function plain<T>(choice: Choice<T>): { value: T; name: string; description?: string } {
  return { value: choice.value, name: choice.name, ...(choice.description !== undefined ? { description: choice.description } : {}) };
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
