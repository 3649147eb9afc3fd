import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import type { Progress } from '../../src/progress/types.js';
import { minimalYaml } from '../helpers/minimal-plan.js';
import { bin, runCli } from '../helpers/run-cli.js';
import { hasTmux, killTmuxServer, TerminalSession } from '../helpers/tmux.js';

if (!hasTmux) console.warn('progress-terminal.test.ts: skipped, tmux is not installed (apt-get install tmux)');

const sessions: TerminalSession[] = [];
afterAll(() => {
  for (const s of sessions) s.kill();
  killTmuxServer();
});

/** The minimal plan, with the answers for 2026 of all its measures but the first two: those are asked. */
function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'roma-plan-progress-tty-'));
  writeFileSync(join(dir, 'plan.yaml'), minimalYaml);
  const rest = ['hea-1-1', 'cul-1-1', 'edu-1-1', 'bir-1-1', 'liv-1-1'].map((measure) => ({ measure, status: 'not-started' }));
  writeFileSync(join(dir, 'partial.yaml'), stringify({ year: 2026, preparedBy: 'Municipal administration', measures: rest }));
  return dir;
}

function start(dir: string, command: string): TerminalSession {
  const s = new TerminalSession(dir, `NO_COLOR=1 ${command}`);
  sessions.push(s);
  return s;
}

/** Answers one question: waits until it is the open one, then types and presses Enter. */
async function answer(s: TerminalSession, question: string, text = ''): Promise<void> {
  await s.waitFor(`? ${question}`);
  if (text !== '') s.type(text);
  s.press('Enter');
}

describe.skipIf(!hasTmux)('roma-plan progress in a real terminal', () => {
  it('answers a measure, saves the draft on Ctrl+C with the command to continue, resumes with it and saves the year', async () => {
    const dir = workspace();
    const first = start(dir, `'${process.execPath}' '${bin}' progress plan.yaml --year 2026 --answers partial.yaml`);
    await first.waitFor('Measure 1.1.1 (1/7): Appoint a coordinator for Roma issues');
    await first.waitFor('? Status in 2026:');
    first.press('Down');
    first.press('Enter');
    await answer(first, 'What was done in 2026?', 'The coordinator was appointed in March');
    // A number in the wrong form is refused under the question, and the person types it again.
    await answer(first, 'Spent in 2026: municipal budget (EUR):', 'six thousand');
    await first.waitFor(/number/i);
    first.press('C-u');
    await answer(first, 'Spent in 2026: municipal budget (EUR):', '4,500');
    await answer(first, 'Does the measure count the people it reaches?', 'n');
    await answer(first, 'Value reached by the end of 2026 (persons)', '1');
    await answer(first, 'Date of the value:', '15.03.2026');
    await answer(first, 'Source of the value:');
    await answer(first, 'Did the community action group or an NGO give its own assessment of this measure?', 'n');
    await first.waitFor('Measure 2.1.1 (2/7)');
    await first.waitFor('? Status in 2026:');
    first.press('C-c');
    expect(await first.exitCode()).toBe(130);
    const screen = first.screen();
    expect(screen).toContain('Your answers are saved in plan.progress.draft.yaml.');
    const command = /To continue, run:\n\s+(.+)\n/.exec(screen)?.[1]?.trim();
    expect(command).toMatch(/progress plan\.yaml --year 2026 --resume$/);
    const draft = readFileSync(join(dir, 'plan.progress.draft.yaml'), 'utf8');
    expect(draft).toContain('roma-plan-progress-done: :year 1.1.1');
    expect(draft).toContain('The coordinator was appointed in March');

    const second = start(dir, command!);
    await second.waitFor('Continuing the draft plan.progress.draft.yaml.');
    await second.waitFor('Measure 2.1.1 (2/7)');
    await second.waitFor('? Status in 2026:');
    second.press('Down');
    second.press('Enter');
    await answer(second, 'What was done in 2026?');
    await answer(second, 'Does the measure count the people it reaches?', 'y');
    await answer(second, 'People reached in 2026: all', '40');
    await answer(second, 'of them Roma', '38');
    await answer(second, 'of them women', '');
    await answer(second, 'of them children', '');
    await answer(second, 'Value reached by the end of 2026 (persons)', '');
    await answer(second, 'Did the community action group or an NGO give its own assessment of this measure?', 'n');
    await second.waitFor('Review of 2026');
    await answer(second, 'What next?');
    expect(await second.exitCode()).toBe(0);
    expect(second.screen()).toContain('Saved 2026 in plan.progress.yaml.');
    expect(existsSync(join(dir, 'plan.progress.draft.yaml'))).toBe(false);

    const progress = parse(readFileSync(join(dir, 'plan.progress.yaml'), 'utf8')) as Progress;
    expect(progress.years[0]?.measures.slice(0, 2)).toEqual([
      { measure: 'par-1-1', status: 'on-track', implemented: 'The coordinator was appointed in March', spent: [{ type: 'municipal', amount: 4500 }], indicators: [{ indicator: 1, value: 1, date: '2026-03-15', source: 'Appointment decision' }] },
      { measure: 'emp-1-1', status: 'on-track', reached: { total: 40, roma: 38 } },
    ]);
    expect(runCli(['validate', join(dir, 'plan.progress.yaml')]).status).toBe(0);
  }, 90_000);
});
