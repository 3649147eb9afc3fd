import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { wizardEn } from '../../src/i18n/wizard-en.js';
import { wizardHu } from '../../src/i18n/wizard-hu.js';
import { wizardSl } from '../../src/i18n/wizard-sl.js';
import { wizardSq } from '../../src/i18n/wizard-sq.js';
import { wizardRo } from '../../src/i18n/wizard-ro.js';
import { wizardSrLatn } from '../../src/i18n/wizard-sr-Latn.js';
import { languageFiles, messagesFor } from '../../src/i18n/index.js';
import { schemaForPath } from '../../src/plan/schema.js';
import { validatePlan } from '../../src/plan/validate.js';
import { collectPlan } from '../../src/wizard/collect-plan.js';
import { wizardLanguage } from '../../src/wizard/messages.js';
import { WizardStopped } from '../../src/wizard/stopped.js';
import { CTRL_C, ScriptAsk } from './script-ask.js';
import { fullPlanScript } from './scripts.js';

type Tree = { [key: string]: string | Tree };
const leaves = (t: Tree, prefix = ''): [string, string][] =>
  Object.entries(t).flatMap(([k, v]) => (typeof v === 'string' ? [[`${prefix}${k}`, v] as [string, string]] : leaves(v, `${prefix}${k}.`)));
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
/** Answers a language spells exactly as English does, on purpose (Albanian "formal", "informal"). */
const SAME_AS_ENGLISH: Readonly<Record<string, string[]>> = { sq: ['legalStatuses.formal', 'legalStatuses.informal'] };

describe('the wizard speaks English, Hungarian, Serbian (Latin), Slovenian and Albanian', () => {
  const en = new Map(leaves(wizardEn as unknown as Tree));
  for (const [name, messages] of Object.entries(languageFiles).flatMap(([tag, file]) => (tag !== 'en' && file.wizard ? [[tag, file.wizard] as const] : []))) {
    it(`${name}: every message is there, translated, with the same placeholders`, () => {
      const other = new Map(leaves(messages as unknown as Tree));
      expect([...other.keys()].sort()).toEqual([...en.keys()].sort());
      for (const [key, text] of other) {
        expect(text.trim(), key).not.toBe('');
        expect(placeholders(text), key).toEqual(placeholders(en.get(key)!));
      }
      const same = [...other].filter(([key, text]) => text === en.get(key) && /[a-z]{4}/i.test(text.replace(/\{\w+\}/g, '')));
      expect(same.map(([key]) => key)).toEqual(SAME_AS_ENGLISH[name] ?? []);
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
    const d = wizardEn.details;
    expect(keys(d.commitments)).toEqual(Object.keys(schemaForPath(['crossCutting'])?.['properties'] as object).sort());
    expect(keys(d.levels)).toEqual(enumAt(['risks', 0, 'likelihood']));
    expect(keys(d.levels)).toEqual(enumAt(['risks', 0, 'impact']));
    expect(keys(d.statuses)).toEqual(enumAt([...measure, 'cost', 'sources', 0, 'status']));
    expect(keys(d.frequencies)).toEqual(enumAt([...measure, 'indicators', 0, 'frequency']));
    expect(keys(wizardEn.services)).toEqual(Object.keys(schemaForPath(['municipality', 'settlements', 0, 'services'])?.['properties'] as object).sort());
  });

  it('finds the closest language that has the words', () => {
    expect(wizardLanguage('hu').messages).toBe(wizardHu);
    expect(wizardLanguage('hu-HU').locale).toBe('hu');
    expect(wizardLanguage('sr').locale).toBe('sr-Latn');
    expect(wizardLanguage('sr-Latn').messages).toBe(wizardSrLatn);
    expect(wizardLanguage('sl')).toMatchObject({ locale: 'sl', messages: wizardSl, texts: messagesFor('sl').catalogue });
    expect(wizardLanguage('sq-AL')).toMatchObject({ locale: 'sq', messages: wizardSq, texts: messagesFor('sq').catalogue });
    expect(wizardLanguage('de')).toMatchObject({ locale: 'en', messages: wizardEn });
    expect(wizardLanguage('ro-RO')).toMatchObject({ locale: 'ro', messages: wizardRo, texts: messagesFor('ro').catalogue });
    // A language whose file has no wizard yet is asked in English, areas and goals included.
    const untranslated = Object.keys(languageFiles).find((t) => languageFiles[t]!.wizard === undefined && !['hu', 'sr-Latn'].includes(t));
    if (untranslated !== undefined) expect(wizardLanguage(untranslated)).toMatchObject({ locale: 'en', messages: wizardEn, texts: messagesFor('en').catalogue });
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

  it.each([['sl', wizardSl], ['sq', wizardSq]] as const)('%s: the whole interview is asked in that language and gives a valid plan', async (tag, words) => {
    const ask = new ScriptAsk({ ...fullPlanScript(), language: tag });
    const plan = await collectPlan(ask, { year: 2026, locale: tag });
    expect(ask.rejected).toEqual([]);
    expect(plan.language).toBe(tag);
    expect(validatePlan(plan).issues.filter((i) => i.severity === 'error')).toEqual([]);
    const byName = new Map(ask.asked.map((q) => [q.name, q.message]));
    expect(byName.get('language')).toBe(words.language.question);
    expect(byName.get('municipality.name')).toBe(words.municipality.name);
    expect(byName.get('monitoring.body')).toBe(words.monitoring.body);
    // No question of the whole interview is an English wizard text.
    const english = new Set([...en.values()].filter((text) => /[a-z]{4}/i.test(text)));
    expect(ask.asked.map((q) => q.message).filter((m) => english.has(m))).toEqual([]);
  });

  it('uses respectful words only', () => {
    for (const file of readdirSync(new URL('../../src/i18n/', import.meta.url)).filter((f) => /^wizard-.*\.ts$/.test(f))) {
      const text = readFileSync(new URL(`../../src/i18n/${file}`, import.meta.url), 'utf8');
      expect(text, file).not.toMatch(/gyps|gips|cigán|cigan|циган|zigeun|tsigan|illegal settlement/i);
    }
  });
});
