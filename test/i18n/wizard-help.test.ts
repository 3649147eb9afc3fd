import { describe, expect, it } from 'vitest';
import { languageFiles } from '../../src/i18n/index.js';
import { wizardHelpEn } from '../../src/i18n/wizard-help-en.js';
import { helpFor } from '../../src/wizard/help.js';

/** Every text of the help, with its key, in order. */
function texts(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => texts(v, path === '' ? k : `${path}.${k}`));
}

describe("the wizard's help in every language", () => {
  const english = new Map(texts(wizardHelpEn));
  for (const [tag, file] of Object.entries(languageFiles).filter(([tag]) => tag !== 'en')) {
    it(`${tag}: has every text of the English help, translated, with the same placeholders and keys`, () => {
      expect(file.wizardHelp, `${tag} has no wizardHelp`).toBeDefined();
      const own = new Map(texts(file.wizardHelp));
      expect([...own.keys()].sort()).toEqual([...english.keys()].sort());
      for (const [key, text] of own) {
        const source = english.get(key)!;
        // Untranslated text is English text; short labels that are the same in both are key names.
        if (source.length > 12) expect(text, `${tag} ${key} is the English text`).not.toBe(source);
        expect(text.match(/\{\w+\}/g) ?? [], `${tag} ${key} placeholders`).toEqual(source.match(/\{\w+\}/g) ?? []);
        for (const key_ of ['Esc', 'F1', 'Ctrl+E']) if (source.includes(key_) && key.startsWith('keysLine')) expect(text).toContain(key_);
      }
      // Menu entries, not questions.
      for (const item of Object.values(file.wizardHelp!.nextMenu)) expect(item).not.toMatch(/[?？]\s*$|\sли\s/);
    });
  }

  it('finds the help of any question by its name, however deep in the plan', () => {
    expect(helpFor('areas.education.objectives[0].measures[2].cost.total', wizardHelpEn)).toBe(wizardHelpEn.fields['cost.total']);
    expect(helpFor('areas.health:more', wizardHelpEn)).toBe(wizardHelpEn.fields['areas:more']);
    expect(helpFor('goals.security.priority', wizardHelpEn)).toBe(wizardHelpEn.fields['goals.priority']);
    expect(helpFor('municipality.settlements[1].services.road', wizardHelpEn)).toBe(wizardHelpEn.fields['services.road']);
    expect(helpFor('participation[0]:more', wizardHelpEn)).toBe(wizardHelpEn.fields['participation:more']);
    expect(helpFor('areas.health.objectives[0].measures[0].cost.sources:add', wizardHelpEn)).toBe(wizardHelpEn.fields['cost.sources:add']);
    expect(helpFor('something.new:menu', wizardHelpEn)).toBe(wizardHelpEn.fields.menu);
    expect(helpFor('something.new', wizardHelpEn)).toBe(wizardHelpEn.general);
  });
});
