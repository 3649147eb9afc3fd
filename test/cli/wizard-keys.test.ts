import { chmodSync, copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { wizardLanguage } from '../../src/wizard/messages.js';
import { bin } from '../helpers/run-cli.js';
import { hasTmux, killTmuxServer, TerminalSession } from '../helpers/tmux.js';

/**
 * The wizard in a real terminal, driven with keystrokes: its first screens in the coordinator's
 * language, the back key across a section boundary, the help key, and `roma-plan edit` changing one
 * answer of a saved plan from the review screen.
 */
if (!hasTmux) console.warn('wizard-keys.test.ts: skipped, tmux is not installed (apt-get install tmux)');

const sessions: TerminalSession[] = [];
afterAll(() => {
  for (const s of sessions) s.kill();
  killTmuxServer();
});

function start(dir: string, args: string): TerminalSession {
  const s = new TerminalSession(dir, `NO_COLOR=1 '${process.execPath}' '${bin}' ${args}`, { columns: 100, rows: 50 });
  sessions.push(s);
  return s;
}

const folder = () => mkdtempSync(join(tmpdir(), 'roma-plan-keys-'));

/** The screen from the last time `text` was shown. */
const after = (screen: string, text: string) => screen.slice(screen.lastIndexOf(text));

/**
 * English words of the wizard's first screens. Codes (`hu`, `HU`), key names (Esc, F1, Ctrl+C,
 * Enter) and the language list, where each language is named in itself ("English (en)"), are not words of the screen's language.
 */
const ENGLISH = /\b(Step|Section|Which|What|the|of|back|help|question|wizard|your|saved|draft|move|choose|Name|language|municipality|Press|answer|and|stop)\b/;
const withoutNames = (screen: string) => screen.replace(/English \(en\)/g, '').replace(/\b(Esc|F1|Ctrl\+[CE]|Enter)\b/g, '');

describe.skipIf(!hasTmux)('the wizard in a terminal', () => {
  for (const lang of ['hu', 'ro', 'mk']) {
    it(`speaks ${lang} from the first screen on, with no English`, async () => {
      const m = wizardLanguage(lang).messages;
      const s = start(folder(), `init plan.yaml --lang ${lang}`);
      const first = await s.waitFor(`? ${m.language.question}`);
      s.press('Enter');
      const second = await s.waitFor(`? ${m.municipality.name}`);
      expect(withoutNames(first)).not.toMatch(ENGLISH);
      expect(withoutNames(second)).not.toMatch(ENGLISH);
      // The line of keys is there, in the language.
      expect(second).toContain(wizardLanguage(lang).help.keysLine);
      s.press('C-c');
      expect(await s.exitCode()).toBe(130);
    });
  }

  it('goes back one question across a section boundary with Esc, the earlier answer proposed, and shows help with F1', async () => {
    const en = wizardLanguage('en');
    const hu = wizardLanguage('hu');
    const s = start(folder(), 'init plan.yaml');
    await s.waitFor(`? ${en.messages.language.question}`);
    // Hungarian: the second entry of the list. The questions turn Hungarian after it.
    s.press('Down');
    s.press('Enter');
    await s.waitFor(`? ${hu.messages.municipality.name}`);
    s.type('Pécs');
    s.press('Enter');
    await s.waitFor(`? ${hu.messages.municipality.country}`);
    // Back twice: to the name (same section), then to the language (the section before).
    s.press('Escape');
    let screen = await s.waitFor(new RegExp(`\\? ${hu.messages.municipality.name} \\(Pécs\\)`));
    expect(after(screen, hu.help.wentBack)).toContain(`${hu.messages.municipality.name} (Pécs)`);
    s.press('Escape');
    // Before the plan's language was chosen the wizard speaks English again, step line and keys included.
    screen = await s.waitFor((text: string) => after(text, hu.help.wentBack).includes(`? ${en.messages.language.question}`));
    expect(after(screen, hu.help.wentBack)).toContain(en.help.keysLine);
    expect(after(screen, hu.help.wentBack)).not.toContain(hu.help.keysLine);
    // The earlier answer is the one proposed.
    expect(after(screen, `? ${en.messages.language.question}`)).toMatch(/❯ Magyar \(hu\)/);
    // F1 on the language question: its help, then the question again.
    s.press('F1');
    // The help is wrapped at the screen's width: its beginning is enough.
    await s.waitFor(en.help.fields.language.slice(0, 40));
    s.press('Enter');
    await s.waitFor((text: string) => after(text, en.help.fields.language.slice(0, 40)).includes(`? ${hu.messages.municipality.name} (Pécs)`));
    // "?" typed as the answer shows the help of that question.
    s.type('?');
    s.press('Enter');
    await s.waitFor(hu.help.fields['municipality.name'].slice(0, 40));
    s.press('C-c');
    expect(await s.exitCode()).toBe(130);
  });

  it('edit: changes one answer of a saved plan from the review screen in four answers, keeping the rest of the file', async () => {
    const dir = folder();
    const file = join(dir, 'ostrava.yaml');
    copyFileSync(join('examples', 'ostrava-en.yaml'), file);
    const original = readFileSync(file, 'utf8');
    const en = wizardLanguage('en');
    const s = start(dir, 'edit ostrava.yaml');
    let answers = 0;
    await s.waitFor(`? ${en.messages.review.menu}`);
    // 1: "Change one answer", the second entry of the review menu.
    s.press('Down');
    s.press('Enter');
    answers += 1;
    // 2: the part: "The municipality", the second entry.
    await s.waitFor(`? ${en.help.review.pickPart}`);
    s.press('Down');
    s.press('Enter');
    answers += 1;
    // 3: the answer: the name, the first entry, shown with its value.
    await s.waitFor(`${en.messages.municipality.name} · Ostrava`);
    s.press('Enter');
    answers += 1;
    // 4: the new value, typed over the proposed one.
    await s.waitFor(`? ${en.messages.municipality.name} (Ostrava)`);
    s.type('Statutory City of Ostrava');
    s.press('Enter');
    answers += 1;
    console.log(`edit: one answer changed from the review screen in ${answers} answers`);
    expect(answers).toBeLessThanOrEqual(4);
    // Back on the review screen: finish, then no rendering.
    await s.waitFor((text: string) => after(text, 'Statutory City of Ostrava').includes(`? ${en.messages.review.menu}`));
    s.press('Enter');
    await s.waitFor('ostrava.yaml.bak');
    s.type('n');
    s.press('Enter');
    expect(await s.exitCode()).toBe(0);

    const changed = readFileSync(file, 'utf8');
    expect(readFileSync(`${file}.bak`, 'utf8')).toBe(original);
    // One line differs: the name; the comments and the layout of everything else are as they were.
    const before = original.split('\n');
    const now = changed.split('\n');
    expect(now).toHaveLength(before.length);
    const differing = now.filter((line, i) => line !== before[i]);
    expect(differing).toEqual(['  name: Statutory City of Ostrava']);
    expect(existsSync(join(dir, 'ostrava.draft.yaml'))).toBe(false);
  });

  it('Ctrl+E writes a long answer in the editor ($VISUAL), and the text is saved as written', async () => {
    const dir = folder();
    const file = join(dir, 'ostrava.yaml');
    copyFileSync(join('examples', 'ostrava-en.yaml'), file);
    // An "editor" that writes two lines into the file it is given, as a person would.
    const editor = join(dir, 'editor.sh');
    writeFileSync(editor, `#!/bin/sh\nprintf 'Every Roma family in Ostrava has a home of its choice.\\nEvery child attends a mainstream school.\\n' > "$1"\n`);
    chmodSync(editor, 0o755);
    const s = new TerminalSession(dir, `NO_COLOR=1 VISUAL='${editor}' '${process.execPath}' '${bin}' edit ostrava.yaml`, { columns: 100, rows: 50 });
    sessions.push(s);
    const en = wizardLanguage('en');
    await s.waitFor(`? ${en.messages.review.menu}`);
    s.press('Down');
    s.press('Enter');
    await s.waitFor(`? ${en.help.review.pickPart}`);
    // "Plan basics", the third part.
    s.press('Down');
    s.press('Down');
    s.press('Enter');
    await s.waitFor(`? ${en.help.review.pickField}`);
    for (let i = 0; i < 20 && !/❯ Vision/.test(after(s.screen(), `? ${en.help.review.pickField}`)); i++) {
      s.press('Down');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    s.press('Enter');
    await s.waitFor(en.help.keysLineLong);
    s.press('C-e');
    await s.waitFor((text: string) => after(text, en.help.keysLineLong).includes(`? ${en.messages.review.menu}`));
    s.press('Enter');
    await s.waitFor('ostrava.yaml.bak');
    s.type('n');
    s.press('Enter');
    expect(await s.exitCode()).toBe(0);
    const { parse } = await import('yaml');
    const plan = parse(readFileSync(file, 'utf8')) as { plan: { vision: string } };
    expect(plan.plan.vision).toBe('Every Roma family in Ostrava has a home of its choice.\nEvery child attends a mainstream school.');
  });
});
