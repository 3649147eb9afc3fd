import { expect } from 'vitest';
import type { Issue } from '../../src/plan/issue.js';

/** Issues without positions, in a stable order, for comparing data-level and text-level results. */
export const essence = (issues: readonly Issue[]): string[] => issues.map((i) => `${i.severity} ${i.code} ${i.path}`).sort();
export const errorsOf = (issues: readonly Issue[]): Issue[] => issues.filter((i) => i.severity === 'error');

/** Every issue has a severity, a stable code, a path (empty only for the whole file) and a message. */
export function expectWellFormed(issues: readonly Issue[]): void {
  for (const i of issues) {
    expect(['error', 'warning']).toContain(i.severity);
    expect(i.code).toMatch(/^[A-Z][A-Z0-9_]+$/);
    expect(typeof i.path).toBe('string');
    expect(i.message.trim().length).toBeGreaterThan(0);
  }
}

/** Every issue points at a real line and column of the text it came from. */
export function expectLocated(issues: readonly Issue[], text: string): void {
  const lines = text.split('\n').length;
  for (const i of issues) {
    expect(i.line, `${i.code} ${i.path} has no line`).toBeGreaterThanOrEqual(1);
    expect(i.line!).toBeLessThanOrEqual(lines);
    expect(i.column, `${i.code} ${i.path} has no column`).toBeGreaterThanOrEqual(1);
  }
}
