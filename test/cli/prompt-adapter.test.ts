import { screen } from '@inquirer/testing/vitest';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createPromptAdapter } from '../../src/cli/prompt-adapter.js';
import { wizardEn } from '../../src/i18n/wizard-en.js';
import { wizardHu } from '../../src/i18n/wizard-hu.js';
import { checkAnswer } from '../../src/wizard/check-answer.js';
import { collectPlan } from '../../src/wizard/collect-plan.js';
import { minimalPlan } from '../helpers/minimal-plan.js';

// @inquirer/testing/vitest (imported first) replaces the prompts' input and output with its screen.
function adapter(messages = wizardEn, signal?: AbortSignal) {
  const output = new PassThrough();
  let shown = '';
  output.on('data', (chunk: Buffer) => (shown += chunk.toString()));
  const ask = createPromptAdapter({ input: new PassThrough(), output, color: false, messages: () => messages, ...(signal ? { signal } : {}) });
  return { ask, shown: () => shown };
}

const population = ['municipality', 'population', 'total'];
const validateTotal = (v: unknown) => {
  const issues = checkAnswer({ municipality: { name: 'X', country: 'RS', population: {} } }, population, v);
  return issues.length === 0 ? true : `${issues[0]!.message}. ${issues[0]!.hint ?? ''}`;
};

describe('the inquirer adapter', () => {
  it('asks a number as text, shows the validator message for a bad one, and keeps what was typed', async () => {
    const { ask } = adapter();
    const answer = ask.number({ name: 'municipality.population.total', message: 'Total population', validate: validateTotal });
    screen.type('22 00');
    screen.keypress('enter');
    await screen.next();
    expect(screen.getScreen()).toContain('Write the number without spaces or thousands separators, e.g. 2200');
    expect(screen.getScreen()).toContain('22 00');
    for (let i = 0; i < 5; i++) screen.keypress('backspace');
    // Thousands grouped by spaces, as many languages write them, are read.
    screen.type('22 000');
    screen.keypress('enter');
    await expect(answer).resolves.toBe(22000);
  });

  it('accepts an empty optional number as "no answer" and a proposed default with Enter', async () => {
    const { ask } = adapter();
    const empty = ask.number({ name: 'x', message: 'Roma (optional)', validate: () => true });
    screen.keypress('enter');
    await expect(empty).resolves.toBeUndefined();
    const proposed = ask.number({ name: 'y', message: 'First year', default: 2026, validate: () => true });
    expect(screen.getScreen()).toContain('(2026)');
    screen.keypress('enter');
    await expect(proposed).resolves.toBe(2026);
  });

  it('searches choices ignoring case and accents, and shows the description of the highlighted one', async () => {
    const { ask } = adapter();
    const answer = ask.search({
      name: 'practice',
      message: 'Start from a good practice?',
      choices: [
        { value: '', name: 'My own measure' },
        { value: 'school', name: 'Škola za sve', description: 'Inclusive school. Source: a study' },
        { value: 'health', name: 'Health mediators', description: 'Mediators at the health centre' },
      ],
    });
    await screen.next();
    expect(screen.getScreen()).toContain('type to search');
    screen.type('skola');
    await screen.next();
    expect(screen.getScreen()).toContain('Škola za sve');
    expect(screen.getScreen()).not.toContain('Health mediators');
    expect(screen.getScreen()).toContain('Inclusive school. Source: a study');
    screen.keypress('enter');
    await expect(answer).resolves.toBe('school');
  });

  it('ticks checkboxes, validates the ticked values, and returns them', async () => {
    const { ask } = adapter();
    const answer = ask.checkbox({
      name: 'goals',
      message: 'Which goals?',
      choices: [{ value: 'a', name: 'Goal A' }, { value: 'b', name: 'Goal B', checked: true }],
      validate: (v) => (v.length > 0 ? true : 'Needs at least 1 item'),
    });
    screen.keypress('down');
    screen.keypress('space');
    screen.keypress('enter');
    await screen.next();
    expect(screen.getScreen()).toContain('Needs at least 1 item');
    screen.keypress('up');
    screen.keypress('space');
    screen.keypress('enter');
    await expect(answer).resolves.toEqual(['a']);
  });

  it('speaks the wizard language in yes/no answers and key help', async () => {
    const { ask } = adapter(wizardHu);
    const menu = ask.select({ name: 'status', message: 'Hol tart a terv?', choices: [{ value: 'draft', name: 'tervezet' }, { value: 'adopted', name: 'elfogadva' }] });
    expect(screen.getScreen()).toContain('mozgás');
    screen.keypress('enter');
    await expect(menu).resolves.toBe('draft');
    const yes = ask.confirm({ name: 'x', message: 'Folytatja?', default: false });
    expect(screen.getScreen()).toContain('(i/N)');
    screen.type('i');
    screen.keypress('enter');
    await expect(yes).resolves.toBe(true);
  });

  it('rejects with ExitPromptError on Ctrl+C, and with AbortPromptError once stopped from outside', async () => {
    const { ask } = adapter();
    const answer = ask.input({ name: 'municipality.name', message: 'Name' });
    screen.keypress({ name: 'c', ctrl: true });
    await expect(answer).rejects.toMatchObject({ name: 'ExitPromptError' });
    const stop = new AbortController();
    const stopped = adapter(wizardEn, stop.signal).ask.input({ name: 'x', message: 'Name' });
    stop.abort();
    await expect(stopped).rejects.toMatchObject({ name: 'AbortPromptError' });
  });

  it('drives the real interview: an answers file with monitoring missing needs only those questions', async () => {
    const partial = minimalPlan() as unknown as Record<string, unknown>;
    delete partial['monitoring'];
    const { ask, shown } = adapter();
    const plan = collectPlan(ask, { draft: partial, locale: 'en', year: 2026 });
    await screen.next();
    expect(screen.getScreen()).toContain('Body that monitors the plan');
    expect(shown()).toContain('Already answered:');
    screen.type('Council for Roma inclusion');
    screen.keypress('enter');
    await screen.next();
    expect(screen.getScreen()).toContain('How often is progress reported?');
    screen.keypress('up');
    screen.keypress('enter');
    await screen.next();
    screen.type('Municipal assembly');
    screen.keypress('enter');
    // The review years follow from the period; only the community's role is left (empty is fine).
    await screen.next();
    screen.keypress('enter');
    await screen.next();
    expect(screen.getScreen()).toContain('What next?');
    expect(shown()).toContain('Coverage: how many measures of each area serve each goal');
    screen.keypress('enter');
    const result = await plan;
    expect(result.monitoring).toEqual({ body: 'Council for Roma inclusion', frequency: 'semi-annual', reportTo: 'Municipal assembly', midTermReview: 2028, finalEvaluation: 2030 });
  });
});
