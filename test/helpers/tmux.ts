import { spawnSync } from 'node:child_process';

/** Whether tmux can be run here (CI installs it; a developer machine may not have it). */
export const hasTmux = spawnSync('tmux', ['-V'], { encoding: 'utf8' }).status === 0;

/** A socket of our own, so that the tests never touch a tmux server the developer is using. */
const SOCKET = `roma-plan-test-${process.pid}`;
let sessions = 0;

function tmux(...args: string[]): string {
  const r = spawnSync('tmux', ['-L', SOCKET, ...args], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`tmux ${args[0]} failed: ${r.stderr}`);
  return r.stdout;
}

/**
 * A real terminal (120 x 40 unless told) running one command, driven with keystrokes. Waits poll the screen
 * until the expected text appears, so the tests do not depend on fixed sleeps.
 */
export class TerminalSession {
  readonly name = `wizard-${++sessions}`;

  constructor(cwd: string, command: string, size: { columns: number; rows: number } = { columns: 120, rows: 40 }) {
    // The pane stays open after the command ends, so that its last screen and exit code can be read.
    tmux('new-session', '-d', '-s', this.name, '-x', String(size.columns), '-y', String(size.rows), '-c', cwd, `${command}; echo "EXIT=$?"; sleep 600`);
  }

  /** The whole scrollback as plain text. */
  screen(): string {
    return tmux('capture-pane', '-p', '-J', '-t', this.name, '-S', '-2000');
  }

  /** Types text literally (no key names). */
  type(text: string): void {
    tmux('send-keys', '-t', this.name, '-l', text);
  }

  /** Presses keys by tmux name: Enter, Up, Down, Space, C-c. */
  press(...keys: string[]): void {
    tmux('send-keys', '-t', this.name, ...keys);
  }

  /** Waits until the screen matches (contains the text, matches the pattern, or passes the test); fails with the screen on timeout. */
  async waitFor(expected: string | RegExp | ((screen: string) => boolean), options: { timeout?: number } = {}): Promise<string> {
    const deadline = Date.now() + (options.timeout ?? 20_000);
    for (;;) {
      const text = this.screen();
      if (typeof expected === 'string' ? text.includes(expected) : typeof expected === 'function' ? expected(text) : expected.test(text)) return text;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${String(expected)}; the screen shows:\n${text}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  /** Waits for the command to end and returns its exit code. */
  async exitCode(timeout = 30_000): Promise<number> {
    const text = await this.waitFor(/^EXIT=\d+$/m, { timeout });
    return Number(/^EXIT=(\d+)$/m.exec(text)![1]);
  }

  kill(): void {
    spawnSync('tmux', ['-L', SOCKET, 'kill-session', '-t', this.name]);
  }
}

/** Ends the test tmux server and every session left in it. */
export function killTmuxServer(): void {
  spawnSync('tmux', ['-L', SOCKET, 'kill-server']);
}
