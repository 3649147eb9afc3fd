import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import type { Ask } from '../../src/index.js';
import { root } from '../helpers/run-cli.js';

describe("the wizard as a library, imported as 'roma-plan'", () => {
  it('runs collectPlan with a scripted ask, as a trainer would', () => {
    const script = `
      import { collectPlan, loadPlan, formatPlanYaml, validatePlan } from 'roma-plan';
      const { data } = await loadPlan('test/fixtures/valid/minimal.yaml');
      delete data.monitoring;
      const answers = { 'monitoring.body': 'Council', 'monitoring.frequency': 'annual', 'monitoring.reportTo': 'Assembly', review: ':finish' };
      const asked = [];
      const answer = async (q) => { asked.push(q.name); return q.name in answers ? answers[q.name] : q.default; };
      const ask = { input: answer, number: answer, select: answer, search: answer, checkbox: answer, confirm: answer, show() {} };
      const plan = await collectPlan(ask, { draft: data, locale: 'en', year: 2026 });
      console.log(JSON.stringify({ asked, ok: validatePlan(plan).ok, yaml: formatPlanYaml(plan).includes('reportTo: Assembly') }));`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual({
      asked: ['monitoring.body', 'monitoring.frequency', 'monitoring.reportTo', 'monitoring.communityRole', 'review'],
      ok: true,
      yaml: true,
    });
  });

  it('exports the Ask type for scripts written in TypeScript', () => {
    const ask: Pick<Ask, 'show'> = { show: () => undefined };
    expect(typeof ask.show).toBe('function');
  });
});
