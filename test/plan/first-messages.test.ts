import { describe, expect, it } from 'vitest';
import { loadPlanText } from '../../src/plan/load.js';
import { minimalYaml } from '../helpers/minimal-plan.js';

/** The messages a person writing a plan by hand meets first (README: validation output). */
describe('the messages met first', () => {
  it('reports an unclosed [ where it was opened, not where the parser noticed', () => {
    const text = minimalYaml.replace('partners: [Roma civil society]', 'partners: [Roma civil society');
    const line = text.split('\n').findIndex((l) => l.includes('partners: [Roma civil society')) + 1;
    const issue = loadPlanText(text, 'plan.yaml').issues.find((i) => i.code === 'YAML_SYNTAX')!;
    expect(issue).toMatchObject({ line, column: text.split('\n')[line - 1]!.indexOf('[') + 1, params: { kind: 'unclosedBracket' } });
    expect(issue.message).toBe('the list opened here with [ is never closed');
  });

  it('reports an unclosed { where it was opened', () => {
    const text = minimalYaml.replace('period: { from: 2026, to: 2030 }', 'period: { from: 2026, to: 2030');
    const issue = loadPlanText(text, 'plan.yaml').issues.find((i) => i.code === 'YAML_SYNTAX')!;
    expect(issue).toMatchObject({ line: 9, column: 11, params: { kind: 'unclosedBrace' } });
  });

  it('explains a text cut by a comma inside { } and shows the quoted form', () => {
    const text = minimalYaml.replace('public-participation:\n    priority: high', 'public-participation: { priority: high, statement: Services in the settlement, through mediators. }');
    const issues = loadPlanText(text, 'plan.yaml').issues.filter((i) => i.severity === 'error');
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: 'UNKNOWN_FIELD', path: 'goals.public-participation.through mediators.' });
    expect(issues[0]!.message).toBe('“through mediators.” looks like the end of a text cut off by a comma');
    expect(issues[0]!.hint).toBe('Inside { } a comma ends the text. Put the whole text in quotation marks: statement: "Services in the settlement, through mediators."');
  });

  it('makes a misspelt field one error, with a did-you-mean, not also a missing field', () => {
    const text = minimalYaml.replace('municipality:\n  name:', 'municipalty:\n  name:');
    const errors = loadPlanText(text, 'plan.yaml').issues.filter((i) => i.severity === 'error');
    expect(errors.map((i) => i.code)).toEqual(['UNKNOWN_FIELD']);
    expect(errors[0]!.message).toBe('unknown field `municipalty`: did you mean `municipality`?');
  });

  it('gives a date hint the wizard agrees with (no quotation marks asked for)', () => {
    const text = minimalYaml.replace('date: "2025-10-14"', 'date: "2025-02-30"');
    const issue = loadPlanText(text, 'plan.yaml').issues.find((i) => i.code === 'INVALID_DATE')!;
    expect(issue.hint).toBe('Write the date as year-month-day, e.g. 2026-03-26 (in the wizard, without quotation marks).');
    expect(issue.hint).not.toMatch(/in quotes/);
  });

  it('lists errors before warnings', () => {
    const text = minimalYaml.replace('partners: [Roma civil society]', 'partners: []').replace('title: Local Action Plan', 'title: ""\n  subtitle: Local Action Plan');
    const severities = loadPlanText(text, 'plan.yaml').issues.map((i) => i.severity);
    expect(severities).toContain('warning');
    expect(severities.indexOf('warning')).toBeGreaterThan(severities.lastIndexOf('error'));
  });

  it('words every message in the language asked for', () => {
    const text = minimalYaml.replace('end: 2026-Q2', 'end: 2031');
    const [issue] = loadPlanText(text, 'plan.yaml', { lang: 'hu' }).issues;
    expect(issue).toMatchObject({ code: 'OUTSIDE_PERIOD', path: 'areas.participation.objectives[0].measures[0].end' });
    expect(issue!.message).toBe('1.1.1. intézkedés („Appoint a coordinator for Roma issues”): a befejezése (2031) a terv időszaka (2026–2030) után van');
  });
});
