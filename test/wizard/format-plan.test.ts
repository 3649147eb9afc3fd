import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { messagesFor } from '../../src/i18n/index.js';
import { loadPlanText } from '../../src/plan/load.js';
import { planSchema } from '../../src/plan/schema.js';
import { draftPathFor, draftProgress, formatDraft } from '../../src/wizard/draft.js';
import { formatPlanYaml } from '../../src/wizard/format-plan.js';
import { minimalPlan } from '../helpers/minimal-plan.js';

describe('formatPlanYaml: the saved plan file', () => {
  it('starts with the schema line (the schema $id, the same wherever the file goes)', () => {
    const text = formatPlanYaml(minimalPlan());
    expect(text.split('\n')[0]).toBe(`# yaml-language-server: $schema=${String(planSchema()['$id'])}`);
    expect(String(planSchema()['$id'])).toMatch(/^https:\/\//);
  });

  it('reads back to the same data, and the data is a valid plan', () => {
    const plan = minimalPlan();
    const text = formatPlanYaml(plan);
    expect(parse(text)).toEqual(plan);
    expect(loadPlanText(text, 'plan.yaml').ok).toBe(true);
  });

  it('puts keys in the order of the plan format, whatever order they came in', () => {
    const plan = minimalPlan() as unknown as Record<string, unknown>;
    const shuffled = Object.fromEntries(Object.entries(plan).reverse());
    const measure = { cost: { total: 0 }, goals: ['security'], title: 'T', id: 'x-1', indicators: [], lead: 'L', start: 2026, end: 2026 };
    const text = formatPlanYaml({ ...shuffled, areas: { 'living-conditions': { applicable: false, reason: 'r' }, participation: { objectives: [{ measures: [measure], title: 'O' }], applicable: true } } });
    const top = text.split('\n').filter((l) => /^[a-zA-Z]/.test(l)).map((l) => l.split(':')[0]);
    expect(top).toEqual(['schemaVersion', 'language', 'currency', 'plan', 'municipality', 'governance', 'participation', 'goals', 'areas', 'monitoring']);
    expect(text.indexOf('  participation:')).toBeLessThan(text.indexOf('  living-conditions:'));
    expect(text).toContain('          - id: x-1\n');
    const keys = [...text.matchAll(/^ {12}(\w+):/gm)].map((m) => m[1]);
    expect(keys).toEqual(['title', 'lead', 'start', 'end', 'goals', 'cost', 'indicators']);
  });

  it('quotes what a YAML 1.1 reader would read differently', () => {
    const plan = minimalPlan();
    plan.municipality.country = 'NO';
    plan.plan.version = '1.0';
    plan.participation[0]!.summary = 'yes';
    const text = formatPlanYaml(plan);
    expect(text).toContain('country: "NO"');
    expect(text).toContain('version: "1.0"');
    expect(text).toContain('summary: "yes"');
    expect(text).toContain('date: "2025-10-14"');
  });

  it('comments each section in the language of the plan', () => {
    expect(formatPlanYaml(minimalPlan())).toContain('# The consultations held while drafting the plan\nparticipation:');
    const hu = { ...minimalPlan(), language: 'hu' };
    expect(formatPlanYaml(hu)).toContain('# A terv készítése során tartott egyeztetések\nparticipation:');
    expect(formatPlanYaml(hu)).toContain(`  # 1. terület: ${messagesFor('hu').catalogue.areas.participation.title}\n  participation:`);
  });

  it('leaves no line with only spaces and no double blank line', () => {
    const text = formatPlanYaml({ areas: { participation: { applicable: false, reason: 'r' } } });
    expect(text).not.toMatch(/^ +$/m);
    expect(text).not.toMatch(/\n\n\n/);
  });

  it('writes the same text for the same data', () => {
    expect(formatPlanYaml(minimalPlan())).toBe(formatPlanYaml(minimalPlan()));
  });
});

describe('drafts', () => {
  it('sit next to the plan', () => {
    expect(draftPathFor('plans/pecs.yaml')).toBe('plans/pecs.draft.yaml');
    expect(draftPathFor('pecs.json')).toBe('pecs.draft.yaml');
    expect(draftPathFor('plan')).toBe('plan.draft.yaml');
  });

  it('record the finished sections and how to continue, and stay readable as a plan', () => {
    const text = formatDraft({ schemaVersion: 1, language: 'en', municipality: { name: 'Pécs' } }, ['language', 'municipality'], "roma-plan init 'my plan.yaml' --resume");
    expect(text).toContain("#   roma-plan init 'my plan.yaml' --resume");
    expect(draftProgress(text)).toEqual(['language', 'municipality']);
    expect(parse(text)).toEqual({ schemaVersion: 1, language: 'en', municipality: { name: 'Pécs' } });
    expect(draftProgress('schemaVersion: 1\n')).toBeUndefined();
  });
});
