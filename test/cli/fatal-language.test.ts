import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatMessage } from '../../src/i18n/messages.js';
import { hasStackTrace, runCli } from '../helpers/run-cli.js';

// The errors that stop a command speak the user's language: the one asked for with --lang or the
// environment, else the language of the plan being processed.
const dir = mkdtempSync(join(tmpdir(), 'roma-plan-fatal-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('errors that stop a command', () => {
  it('name an existing output in the plan’s language, with a hint in that language', () => {
    const out = join(dir, 'hu');
    expect(runCli(['render', 'examples/pecs-hu.yaml', '--out', out, '--format', 'md']).status).toBe(0);
    const again = runCli(['render', 'examples/pecs-hu.yaml', '--out', out, '--format', 'md']);
    expect(again.status).toBe(1);
    const file = join(out, 'pecs-hu.md');
    expect(again.stderr).toContain(formatMessage('hu', 'fatal.outputExists.message', { file }));
    expect(again.stderr).toContain(`${formatMessage('hu', 'cli.hint')} ${formatMessage('hu', 'fatal.outputExists.hint')}`);
    expect(again.stderr).not.toContain('already exists');
  });

  it('follow the environment’s language when no plan was read', () => {
    const r = runCli(['validate', 'nothing-here/*.yaml'], { env: { ...process.env, LANG: 'ro_RO.UTF-8', LC_ALL: '', LC_MESSAGES: '' } });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(formatMessage('ro', 'fatal.noPlanFiles.message', { patterns: '"nothing-here/*.yaml"' }));
    expect(r.stderr).not.toContain('no plan files match');
  });

  it('follow --lang over the plan’s language', () => {
    const r = runCli(['render', 'examples/pecs-hu.yaml', '--lang', 'mk', '--date', '2026-02-30', '--out', join(dir, 'mk')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(formatMessage('mk', 'fatal.badDate.message', { value: '2026-02-30' }));
    expect(hasStackTrace(r.stderr)).toBe(false);
  });

  it('refuse an unknown --lang in init as in every other command (exit 2, the languages listed)', () => {
    const r = runCli(['init', join(dir, 'plan.yaml'), '--lang', 'xx'], { input: '' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('sr-Latn');
  });

  it('list the answers init still needs in the plan’s language', () => {
    const answers = join(dir, 'answers.yaml');
    writeFileSync(answers, 'language: hu\n');
    const r = runCli(['init', join(dir, 'x.yaml'), '--answers', answers], { input: '' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(formatMessage('hu', 'MISSING_FIELD.hint', { field: 'plan.title', description: 'none' }).split(':')[0]);
    expect(r.stderr).not.toMatch(/Missing|is required/);
  });
});
