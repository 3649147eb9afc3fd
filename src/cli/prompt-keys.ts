import { emitKeypressEvents } from 'node:readline';

/** What a key pressed during a question asks for, besides answering it. */
export type Wish = 'back' | 'help' | 'editor';

interface Key {
  name?: string;
  ctrl?: boolean;
  meta?: boolean;
  sequence?: string;
}

/** Which of the wizard's keys a question listens to. */
export interface Listening {
  /** `?` asks for help (questions where nothing is typed; a typed `?` is handled by the adapter). */
  questionMark: boolean;
  /** Ctrl+E opens the editor. */
  long: boolean;
  /** F1 (and `?`) show help: only where the question has some. */
  help: boolean;
}

/**
 * The keys of the wizard: Esc goes back one question, F1 (or ?, where a question takes no typed
 * text) shows the help, Ctrl+E opens the editor on a long answer. Node's readline names the keys
 * the same way in a Windows console, Windows Terminal and POSIX terminals.
 */
export function wishOf(key: Key | undefined, o: Listening): Wish | undefined {
  if (key === undefined) return undefined;
  // Node reports Esc with meta set (it is the prefix of Alt combinations).
  if (key.name === 'escape' && !key.ctrl) return 'back';
  if (o.help && (key.name === 'f1' || (o.questionMark && key.sequence === '?'))) return 'help';
  if (o.long && key.ctrl === true && key.name === 'e') return 'editor';
  return undefined;
}

/**
 * Runs one prompt while listening for the wizard's keys on `input`: a key aborts the prompt
 * (inquirer then restores the screen and rejects) and comes back as its wish; otherwise the answer.
 * An abort from `outer` (Ctrl+C between questions) is the prompt's to report.
 */
export async function listening<T>(
  input: NodeJS.ReadableStream,
  outer: AbortSignal | undefined,
  o: Listening,
  run: (signal: AbortSignal) => Promise<T>,
): Promise<{ answer: T } | { wish: Wish }> {
  const local = new AbortController();
  let wish: Wish | undefined;
  const onKey = (_text: string | undefined, key: Key | undefined) => {
    const w = wishOf(key, o);
    if (w === undefined || wish !== undefined) return;
    wish = w;
    local.abort();
  };
  emitKeypressEvents(input);
  input.on('keypress', onKey);
  try {
    return { answer: await run(outer ? AbortSignal.any([outer, local.signal]) : local.signal) };
  } catch (err) {
    if (wish === undefined || outer?.aborted) throw err;
    return { wish };
  } finally {
    input.off('keypress', onKey);
  }
}
