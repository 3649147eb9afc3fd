import { chmodSync, copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { wizardLanguage } from '../../src/wizard/messages.js';
import { bin } from '../helpers/run-cli.js';
import { hasTmux, killTmuxServer, TerminalSession } from '../helpers/tmux.js';

/**
 * The wizard in a real terminal, driven with keystrokes, in English, Hungarian, Romanian and
 * Macedonian: the first screens in the coordinator's language, the back key across a section
 * boundary with the earlier answers proposed, Ctrl+C and the printed command that continues,
 * `roma-plan edit` changing one answer of a saved plan in four answers, the help keys and the editor.
 */
if (!hasTmux) console.warn('wizard-keys.test.ts: skipped, tmux is not installed (apt-get install tmux)');

const sessions: TerminalSession[] = [];
afterAll(() => {
  for (const s of sessions) s.kill();
  killTmuxServer();
});

function start(dir: string, command: string): TerminalSession {
  const s = new TerminalSession(dir, `PATH='${dirname(process.execPath)}':"$PATH" NO_COLOR=1 ${command}`, { columns: 100, rows: 50 });
  sessions.push(s);
  return s;
}
const roma = (args: string) => `'${process.execPath}' '${bin}' ${args}`;
const folder = () => mkdtempSync(join(tmpdir(), 'roma-plan-keys-'));

/** The screen from the last time `text` was shown. */
const after = (screen: string, text: string) => screen.slice(screen.lastIndexOf(text));

/**
 * English words of the wizard's first screens. Codes (`hu`, `HU`), key names (Esc, F1, Ctrl+C,
 * Enter) and the language list, where each language is named in itself ("English (en)"), are not
 * words of the screen's language.
 */
const ENGLISH = /\b(Step|Section|Which|What|the|of|back|help|question|wizard|your|saved|draft|move|choose|Name|language|municipality|Press|answer|and|stop)\b/;
const withoutNames = (screen: string) => screen.replace(/English \(en\)/g, '').replace(/\b(Esc|F1|Ctrl\+[CE]|Enter)\b/g, '');

/** Per language: a municipality to type, the example plan `edit` changes (with --lang where the plan is in another language), a new name. */
const CASES = [
  { lang: 'en', town: 'Ostrava', example: 'ostrava-en.yaml', editLang: '', renamed: 'Statutory City of Ostrava' },
  { lang: 'hu', town: 'Pécs', example: 'pecs-hu.yaml', editLang: '', renamed: 'Pécs Megyei Jogú Város' },
  { lang: 'ro', town: 'Cluj-Napoca', example: 'ostrava-en.yaml', editLang: ' --lang ro', renamed: 'Municipiul Ostrava' },
  { lang: 'mk', town: 'Куманово', example: 'kumanovo-mk.yaml', editLang: '', renamed: 'Општина Куманово' },
] as const;

describe.skipIf(!hasTmux)('the wizard in a terminal', () => {
  for (const c of CASES) {
    it(`${c.lang}: first screens in the language, Esc back across a section with the answers proposed, Ctrl+C and the printed command continue`, async () => {
      const { messages: m, help: h } = wizardLanguage(c.lang);
      const dir = folder();
      const s = start(dir, roma(`init plan.yaml --lang ${c.lang}`));
      const first = await s.waitFor(`? ${m.language.question}`);
      // The plan's language: the one of --lang is proposed.
      s.press('Enter');
      const second = await s.waitFor(`? ${m.municipality.name}`);
      if (c.lang !== 'en') {
        expect(withoutNames(first)).not.toMatch(ENGLISH);
        expect(withoutNames(second)).not.toMatch(ENGLISH);
      }
      expect(second).toContain(h.keysLine);
      s.type(c.town);
      s.press('Enter');
      await s.waitFor(`? ${m.municipality.country}`);
      // Back to the name (the same section), then to the language (the section before).
      s.press('Escape');
      await s.waitFor((text) => after(text, h.wentBack).includes(`? ${m.municipality.name} (${c.town})`));
      s.press('Escape');
      const back = await s.waitFor((text) => after(text, h.wentBack).includes(`? ${m.language.question}`));
      expect(after(back, `? ${m.language.question}`)).toMatch(new RegExp(`❯ .*\\(${c.lang}\\)`));
      // Forward again: every earlier answer is proposed; Enter keeps it.
      s.press('Enter');
      await s.waitFor((text) => after(after(text, h.wentBack), `✔ ${m.language.question}`).includes(`? ${m.municipality.name} (${c.town})`));
      s.press('Enter');
      await s.waitFor((text) => after(after(text, h.wentBack), `✔ ${m.municipality.name}`).includes(`? ${m.municipality.country}`));
      s.press('C-c');
      expect(await s.exitCode()).toBe(130);
      const printed = new RegExp(`${m.cli.continueWith}\\n {2}(.+)$`, 'm').exec(s.screen())?.[1];
      expect(printed).toBe(`node ${bin} init plan.yaml --resume --lang ${c.lang}`);

      // The very line printed continues where the person stopped.
      const resumed = start(dir, printed!);
      const screen = await resumed.waitFor(`? ${m.municipality.country}`);
      expect(screen).not.toContain(`? ${m.municipality.name}`);
      expect(screen).toContain(c.town);
      resumed.press('C-c');
      expect(await resumed.exitCode()).toBe(130);
    }, 90_000);

    it(`${c.lang}: edit changes one answer of a saved plan from the review screen in four answers, keeping the rest of the file`, async () => {
      const { messages: m, help: h } = wizardLanguage(c.lang);
      const dir = folder();
      const file = join(dir, 'plan.yaml');
      copyFileSync(join('examples', c.example), file);
      const original = readFileSync(file, 'utf8');
      const town = (parse(original) as { municipality: { name: string } }).municipality.name;
      const s = start(dir, roma(`edit plan.yaml${c.editLang}`));
      let answers = 0;
      await s.waitFor(`? ${m.review.menu}`);
      // 1: "Change one answer", the second entry of the review menu.
      s.press('Down');
      s.press('Enter');
      answers += 1;
      // 2: the part: the municipality, the second entry.
      await s.waitFor(`? ${h.review.pickPart}`);
      s.press('Down');
      s.press('Enter');
      answers += 1;
      // 3: the answer: the name, the first entry, shown with its value.
      await s.waitFor(`${m.municipality.name} · ${town}`);
      s.press('Enter');
      answers += 1;
      // 4: the new value, typed over the proposed one.
      await s.waitFor(`? ${m.municipality.name} (${town})`);
      s.type(c.renamed);
      s.press('Enter');
      answers += 1;
      console.log(`${c.lang}: one answer changed from the review screen in ${answers} answers`);
      expect(answers).toBeLessThanOrEqual(4);
      // Back on the review screen: finish, then no rendering.
      await s.waitFor((text) => after(text, c.renamed).includes(`? ${m.review.menu}`));
      s.press('Enter');
      await s.waitFor('plan.yaml.bak');
      s.type(m.no);
      s.press('Enter');
      expect(await s.exitCode()).toBe(0);

      expect(readFileSync(`${file}.bak`, 'utf8')).toBe(original);
      // One line differs: the name; the comments and the layout of everything else are as they were.
      const before = original.split('\n');
      const now = readFileSync(file, 'utf8').split('\n');
      expect(now).toHaveLength(before.length);
      expect(now.filter((line, i) => line !== before[i])).toEqual([`  name: ${c.renamed}`]);
      expect(existsSync(join(dir, 'plan.draft.yaml'))).toBe(false);
    }, 90_000);
  }

  it('F1 and ? show the help of the question, then ask it again', async () => {
    const { messages: m, help: h } = wizardLanguage('hu');
    const s = start(folder(), roma('init plan.yaml --lang hu'));
    await s.waitFor(`? ${m.language.question}`);
    s.press('F1');
    // The help is wrapped at the screen's width: its beginning is enough.
    await s.waitFor(h.fields.language.slice(0, 40));
    s.press('Enter');
    await s.waitFor((text) => after(text, h.fields.language.slice(0, 40)).includes(`? ${m.municipality.name}`));
    s.type('?');
    s.press('Enter');
    await s.waitFor(h.fields['municipality.name'].slice(0, 40));
    expect(after(s.screen(), h.fields['municipality.name'].slice(0, 40))).not.toContain('✔');
    s.press('C-c');
    expect(await s.exitCode()).toBe(130);
  }, 60_000);

  it('Ctrl+E writes a long answer in the editor ($VISUAL), and the text is saved as written', async () => {
    const dir = folder();
    const file = join(dir, 'ostrava.yaml');
    copyFileSync(join('examples', 'ostrava-en.yaml'), file);
    // An "editor" that writes two lines into the file it is given, as a person would.
    const editor = join(dir, 'editor.sh');
    writeFileSync(editor, `#!/bin/sh\nprintf 'Every Roma family in Ostrava has a home of its choice.\\nEvery child attends a mainstream school.\\n' > "$1"\n`);
    chmodSync(editor, 0o755);
    const s = start(dir, `VISUAL='${editor}' ${roma('edit ostrava.yaml')}`);
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
    await s.waitFor((text) => after(text, en.help.keysLineLong).includes(`? ${en.messages.review.menu}`));
    s.press('Enter');
    await s.waitFor('ostrava.yaml.bak');
    s.type('n');
    s.press('Enter');
    expect(await s.exitCode()).toBe(0);
    const plan = parse(readFileSync(file, 'utf8')) as { plan: { vision: string } };
    expect(plan.plan.vision).toBe('Every Roma family in Ostrava has a home of its choice.\nEvery child attends a mainstream school.');
  }, 60_000);
});
