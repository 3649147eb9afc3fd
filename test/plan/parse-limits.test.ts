// Regression tests for inputs that used to escape as exceptions or noise.
import { describe, expect, it } from 'vitest';
import { decodePlanBytes } from '../../src/io/read-text.js';
import { loadPlanText } from '../../src/plan/load.js';
import { parsePlanText } from '../../src/plan/parse.js';
import { minimalYaml } from '../helpers/minimal-plan.js';

const codes = (text: string): string[] => loadPlanText(text).issues.map((i) => i.code);

describe('parsePlanText limits', () => {
  it.each([
    ['10 000 nested block lists', `a:\n  ${'- '.repeat(10_000)}x\n`],
    ['3 000 nested block mappings', `a:\n${Array.from({ length: 3000 }, (_, i) => `${' '.repeat(2 + i)}k:\n`).join('')}`],
    ['5 000 nested flow lists', `a: ${'['.repeat(5000)}${']'.repeat(5000)}\n`],
  ])('reports %s as NESTING_TOO_DEEP instead of overflowing the stack', (_name, text) => {
    const r = parsePlanText(text);
    expect(r.ok).toBe(false);
    expect(r.issues.map((i) => i.code)).toEqual(['NESTING_TOO_DEEP']);
    expect(r.issues[0]!.line).toBeGreaterThanOrEqual(1);
    // The same through the whole load, where it once escaped as a RangeError.
    expect(codes(minimalYaml.replace('status: draft\n', `status: draft\n  vision:\n    ${'- '.repeat(10_000)}x\n`))).toEqual(['NESTING_TOO_DEEP']);
  });

  it('still reads 100 levels of nesting and lets the schema judge them', () => {
    const nested = `${Array.from({ length: 100 }, (_, i) => `${' '.repeat(4 + 2 * i)}k${i}:\n`).join('')}${' '.repeat(204)}x: 1\n`;
    expect(codes(minimalYaml.replace('status: draft\n', `status: draft\n  vision:\n${nested}`))).toEqual(['WRONG_TYPE']);
  });

  it('reports one syntax error once, not once per parser stage', () => {
    const r = parsePlanText('{\n  "a": 1\n  "b": 2\n}\n');
    expect(r.issues.map((i) => `${i.code} ${i.line}:${i.column}`)).toEqual(['YAML_SYNTAX 2:8']);
    expect(r.issues[0]!.hint).toContain('comma');
  });

  it('points an alias bomb at its first alias', () => {
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x, x]', ...'bcdefghi'.split('').map((c, i) => `${c}: &${c} [${Array(10).fill(`*${'abcdefgh'[i]}`).join(', ')}]`)];
    const started = performance.now();
    const r = parsePlanText(`${levels.join('\n')}\n`);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(r.issues).toMatchObject([{ code: 'ALIAS_BOMB', line: 2, column: 8 }]);
  });

  it('explains an unknown tag and keeps its value as text', () => {
    const r = parsePlanText('title: !!js/function Plan\n');
    expect(r.ok).toBe(true);
    expect(r.issues).toMatchObject([{ severity: 'warning', code: 'YAML_WARNING', hint: expect.stringContaining('Remove the tag') }]);
    if (r.ok) expect(r.parsed.data).toEqual({ title: 'Plan' });
  });
});

describe('decodePlanBytes', () => {
  it.each([
    ['UTF-16 LE without a BOM', Buffer.from('schemaVersion: 1\n', 'utf16le')],
    ['UTF-16 BE without a BOM', Buffer.from('schemaVersion: 1\n', 'utf16le').swap16()],
  ])('calls %s UTF-16, not binary', (_name, bytes) => {
    expect(() => decodePlanBytes(bytes, 'plan.yaml')).toThrow(expect.objectContaining({ code: 'NOT_UTF8', message: 'plan.yaml is saved as UTF-16' }));
  });

  it('still calls a NUL byte in UTF-8 text binary', () => {
    expect(() => decodePlanBytes(Buffer.from('schemaVersion: 1\n\0\n'), 'plan.yaml')).toThrow(expect.objectContaining({ code: 'BINARY_FILE', line: 2, column: 1 }));
  });
});
