import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { wizardEn } from '../../src/i18n/wizard-en.js';
import { wizardHu } from '../../src/i18n/wizard-hu.js';
import { wizardSrLatn } from '../../src/i18n/wizard-sr-Latn.js';
import { wizardBs } from '../../src/i18n/wizard-bs.js';
import { wizardHr } from '../../src/i18n/wizard-hr.js';
import { messagesFor } from '../../src/i18n/index.js';
import { schemaForPath } from '../../src/plan/schema.js';
import { collectPlan } from '../../src/wizard/collect-plan.js';
import { wizardLanguage } from '../../src/wizard/messages.js';
import { WizardStopped } from '../../src/wizard/stopped.js';
import { CTRL_C, ScriptAsk } from './script-ask.js';

type Tree = { [key: string]: string | Tree };
const leaves = (t: Tree, prefix = ''): [string, string][] =>
  Object.entries(t).flatMap(([k, v]) => (typeof v === 'string' ? [[`${prefix}${k}`, v] as [string, string]] : leaves(v, `${prefix}${k}.`)));
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the wizard speaks English, Hungarian, Serbian (Latin), Croatian and Bosnian', () => {
  const en = new Map(leaves(wizardEn as unknown as Tree));
  for (const [name, messages] of [['hu', wizardHu], ['sr-Latn', wizardSrLatn], ['hr', wizardHr], ['bs', wizardBs]] as const) {
    it(`${name}: every message is there, translated, with the same placeholders`, () => {
      const other = new Map(leaves(messages as unknown as Tree));
      expect([...other.keys()].sort()).toEqual([...en.keys()].sort());
      for (const [key, text] of other) {
        expect(text.trim(), key).not.toBe('');
        expect(placeholders(text), key).toEqual(placeholders(en.get(key)!));
      }
      const same = [...other].filter(([key, text]) => text === en.get(key) && /[a-z]{4}/i.test(text.replace(/\{\w+\}/g, '')));
      expect(same.map(([key]) => key)).toEqual([]);
    });
  }

  it('names every value the plan format allows, and nothing else', () => {
    const enumAt = (path: (string | number)[]) => (schemaForPath(path)?.['enum'] as string[]).slice().sort();
    const keys = (o: object) => Object.keys(o).sort();
    expect(keys(wizardEn.legalStatuses)).toEqual(enumAt(['municipality', 'settlements', 0, 'legalStatus']));
    expect(keys(wizardEn.levels)).toEqual(enumAt(['municipality', 'settlements', 0, 'services', 'water']));
    expect(keys(wizardEn.statuses)).toEqual(enumAt(['plan', 'status']));
    expect(keys(wizardEn.mediatorFields)).toEqual(enumAt(['governance', 'mediators', 0, 'field']));
    expect(keys(wizardEn.formats)).toEqual(enumAt(['participation', 0, 'format']));
    expect(keys(wizardEn.priorities)).toEqual(enumAt(['goals', 'security', 'priority']));
    expect(keys(wizardEn.frequencies)).toEqual(enumAt(['monitoring', 'frequency']));
    const measure = ['areas', 'health', 'objectives', 0, 'measures', 0];
    expect(keys(wizardEn.sourceTypes)).toEqual(enumAt([...measure, 'cost', 'sources', 0, 'type']));
    expect(keys(wizardEn.disaggregations)).toEqual(enumAt([...measure, 'indicators', 0, 'disaggregation', 0]));
    expect(keys(wizardEn.services)).toEqual(Object.keys(schemaForPath(['municipality', 'settlements', 0, 'services'])?.['properties'] as object).sort());
  });

  it('finds the closest language that has the words', () => {
    expect(wizardLanguage('hu').messages).toBe(wizardHu);
    expect(wizardLanguage('hu-HU').locale).toBe('hu');
    expect(wizardLanguage('sr').locale).toBe('sr-Latn');
    expect(wizardLanguage('sr-Latn').messages).toBe(wizardSrLatn);
    expect(wizardLanguage('hr-HR')).toMatchObject({ locale: 'hr', messages: wizardHr, texts: messagesFor('hr').catalogue });
    expect(wizardLanguage('bs').messages).toBe(wizardBs);
    expect(wizardLanguage('de')).toMatchObject({ locale: 'en', messages: wizardEn });
    // A language whose file has no wizard yet is asked in English, areas and goals included.
    expect(wizardLanguage('ro')).toMatchObject({ locale: 'en', messages: wizardEn, texts: messagesFor('en').catalogue });
    expect(wizardLanguage('hu').texts).toBe(messagesFor('hu').catalogue);
  });

  it('asks in the language given, and otherwise in the language chosen for the plan', async () => {
    const inHungarian = new ScriptAsk({ language: CTRL_C });
    await collectPlan(inHungarian, { locale: 'hu' }).catch((e: unknown) => expect(e).toBeInstanceOf(WizardStopped));
    expect(inHungarian.asked[0]?.message).toBe(wizardHu.language.question);

    const following = new ScriptAsk({ language: 'sr-Latn', 'municipality.name': CTRL_C });
    await collectPlan(following, {}).catch((e: unknown) => expect(e).toBeInstanceOf(WizardStopped));
    expect(following.asked.map((q) => q.message)).toEqual([wizardEn.language.question, wizardSrLatn.municipality.name]);
  });

  it('uses respectful words only', () => {
    for (const file of ['wizard-en.ts', 'wizard-hu.ts', 'wizard-sr-Latn.ts']) {
      const text = readFileSync(new URL(`../../src/i18n/${file}`, import.meta.url), 'utf8');
      expect(text, file).not.toMatch(/gyps|gips|cigán|cigan|циган|zigeun|tsigan|illegal settlement/i);
    }
  });
});
