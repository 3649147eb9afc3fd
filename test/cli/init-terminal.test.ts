import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { stringify } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { minimalPlan } from '../helpers/minimal-plan.js';
import { bin, runCli } from '../helpers/run-cli.js';
import { hasTmux, killTmuxServer, TerminalSession } from '../helpers/tmux.js';

if (!hasTmux) console.warn('init-terminal.test.ts: skipped, tmux is not installed (apt-get install tmux)');

const sessions: TerminalSession[] = [];
afterAll(() => {
  for (const s of sessions) s.kill();
  killTmuxServer();
});

/** A folder with an answers file that lacks only the monitoring section: six questions remain. */
function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'roma-plan-tty-'));
  const partial = minimalPlan() as unknown as Record<string, unknown>;
  delete partial['monitoring'];
  writeFileSync(join(dir, 'partial.yaml'), stringify(partial));
  return dir;
}

function start(dir: string, args: string): TerminalSession {
  const s = new TerminalSession(dir, `NO_COLOR=1 '${process.execPath}' '${bin}' init plan.yaml ${args}`);
  sessions.push(s);
  return s;
}

/** Answers one question: waits until it is the open one (`?`, not yet `✔`), then types and presses Enter. */
async function answer(s: TerminalSession, question: string, text = ''): Promise<void> {
  await s.waitFor(`? ${question}`);
  if (text !== '') s.type(text);
  s.press('Enter');
}

async function finish(s: TerminalSession, render = 'n'): Promise<void> {
  await answer(s, 'How often is progress reported?');
  await answer(s, 'Who receives the monitoring reports', 'Municipal assembly');
  await answer(s, 'How does the Roma community take part in monitoring?', 'The action group reviews every report');
  await s.waitFor('Coverage: how many measures of each area serve each goal');
  await answer(s, 'What next?');
  await answer(s, 'Render the plan as Markdown and PDF now?', render);
}

/**
 * The plan the keystrokes below should give, written by the same command without a terminal from a
 * complete answers file: the two ways must produce the very same bytes.
 */
function expectedPlan(): string {
  const dir = mkdtempSync(join(tmpdir(), 'roma-plan-ref-'));
  const complete = minimalPlan();
  complete.monitoring = { body: 'Council for Roma inclusion', frequency: 'annual', reportTo: 'Municipal assembly', midTermReview: 2028, finalEvaluation: 2030, communityRole: 'The action group reviews every report' };
  writeFileSync(join(dir, 'complete.yaml'), stringify(complete));
  const r = runCli(['init', join(dir, 'plan.yaml'), '--answers', join(dir, 'complete.yaml')], { stdio: ['ignore', 'pipe', 'pipe'] });
  if (r.status !== 0) throw new Error(r.stderr);
  return readFileSync(join(dir, 'plan.yaml'), 'utf8');
}

describe.skipIf(!hasTmux)('roma-plan init in a real terminal (tmux)', () => {
  it('completes a short plan with keystrokes and saves a plan that validates', async () => {
    const dir = workspace();
    const s = start(dir, '--answers partial.yaml');
    await s.waitFor('Already answered:');
    await answer(s, 'Body that monitors the plan', 'Council for Roma inclusion');
    await finish(s);
    expect(await s.exitCode()).toBe(0);
    expect(s.screen()).toContain('Saved plan.yaml.');
    // Every question has the step line above it, with the section it belongs to.
    expect(s.screen()).toMatch(/^Step 1 of about 65 · Section 15 of 16: .*Monitoring/m);
    expect(existsSync(join(dir, 'plan.draft.yaml'))).toBe(false);
    expect(runCli(['validate', join(dir, 'plan.yaml')]).status).toBe(0);
    expect(readFileSync(join(dir, 'plan.yaml'), 'utf8')).toBe(expectedPlan());
  }, 60_000);

  it('saves the draft on Ctrl+C, says how to continue, and --resume ends with the same plan', async () => {
    const dir = workspace();
    const first = start(dir, '--answers partial.yaml');
    await answer(first, 'Body that monitors the plan', 'Council for Roma inclusion');
    await first.waitFor('? How often is progress reported?');
    first.press('C-c');
    expect(await first.exitCode()).toBe(130);
    // Started as `node <path>/bin/roma-plan.js`, so that is how it says to continue; the very
    // line printed is what the person types next.
    const printed = /To continue, run:\n {2}(.+)$/m.exec(first.screen())?.[1];
    expect(printed).toBe(`node ${bin} init plan.yaml --resume`);
    expect(existsSync(join(dir, 'plan.yaml'))).toBe(false);
    expect(readFileSync(join(dir, 'plan.draft.yaml'), 'utf8')).toContain('body: Council for Roma inclusion');

    const second = new TerminalSession(dir, `PATH='${dirname(process.execPath)}':"$PATH" NO_COLOR=1 ${printed!}`);
    sessions.push(second);
    await second.waitFor('? How often is progress reported?');
    expect(second.screen()).not.toContain('? Body that monitors the plan');
    await finish(second);
    expect(await second.exitCode()).toBe(0);
    expect(existsSync(join(dir, 'plan.draft.yaml'))).toBe(false);
    expect(readFileSync(join(dir, 'plan.yaml'), 'utf8')).toBe(expectedPlan());
  }, 90_000);

  it('asks before replacing a plan, and renders Markdown and PDF when asked to', async () => {
    const dir = workspace();
    writeFileSync(join(dir, 'plan.yaml'), 'an older plan\n');
    const s = start(dir, '--answers partial.yaml');
    await answer(s, 'plan.yaml already exists. Replace it with the new plan when you finish?', 'y');
    await answer(s, 'Body that monitors the plan', 'Council for Roma inclusion');
    await finish(s, 'y');
    expect(await s.exitCode(90_000)).toBe(0);
    expect(s.screen()).toContain('Wrote plan.pdf.');
    expect(readFileSync(join(dir, 'plan.md'), 'utf8')).toContain('Council for Roma inclusion');
    expect(readFileSync(join(dir, 'plan.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
  }, 120_000);
});
