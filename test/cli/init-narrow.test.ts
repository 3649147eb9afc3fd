import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { bin, root } from '../helpers/run-cli.js';
import { hasTmux, killTmuxServer, TerminalSession } from '../helpers/tmux.js';

const sessions: TerminalSession[] = [];
afterAll(() => {
  for (const s of sessions) s.kill();
  killTmuxServer();
});

async function answer(s: TerminalSession, question: string, text = ''): Promise<void> {
  await s.waitFor(`? ${question}`);
  if (text !== '') s.type(text);
  s.press('Enter');
}

describe.skipIf(!hasTmux)('the wizard on a 60-column terminal (tmux)', () => {
  it('wraps every line at a word boundary and lists the budget on the review screen', async () => {
    // A full example plan without its monitoring section: a handful of questions, then the review
    // of a plan with six funding sources, whose budget table is far wider than 60 columns.
    const dir = mkdtempSync(join(tmpdir(), 'roma-plan-narrow-'));
    const plan = parse(readFileSync(join(root, 'examples', 'ostrava-en.yaml'), 'utf8')) as Record<string, unknown>;
    delete plan['monitoring'];
    delete (plan['plan'] as Record<string, unknown>)['legalBasis'];
    delete (plan['plan'] as Record<string, unknown>)['decision'];
    writeFileSync(join(dir, 'partial.yaml'), stringify(plan));
    const s = new TerminalSession(dir, `NO_COLOR=1 '${process.execPath}' '${bin}' init plan.yaml --answers partial.yaml`, { columns: 60, rows: 40 });
    sessions.push(s);

    // The plan gives no legal basis: the country profile's proposal is taken with Enter.
    await answer(s, 'Use these for the council decision?');
    await answer(s, 'Body that monitors the plan', 'Council for Roma inclusion of the statutory city');
    await answer(s, 'How often is progress reported?');
    await answer(s, 'Who receives the monitoring reports', 'City assembly');
    await answer(s, 'How does the Roma community take part in monitoring?', 'The Roma advisory group reviews every report before it goes to the assembly');
    await s.waitFor('? What next?');
    const screen = s.screen();
    const review = screen.slice(screen.indexOf('Coverage: how many measures'));

    expect(review).toMatch(/^Total: CZK\s254,260,000$/m);
    expect(review).toMatch(/^ {2}Municipal budget CZK\s80,260,000 · National budget$/m);
    // The scrollback joins lines the terminal itself folded (-J): any line longer than the screen
    // was cut by the terminal, wherever that fell in a word.
    const tooLong = screen.split('\n').map((l) => l.trimEnd()).filter((l) => [...l].length > 60);
    expect(tooLong).toEqual([]);
    s.press('C-c');
    expect(await s.exitCode()).toBe(130);
  }, 90_000);
});
