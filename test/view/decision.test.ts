import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { Plan } from '../../src/plan/types.js';
import { describe, expect, it } from 'vitest';
import { decisionEn } from '../../src/i18n/decision-en.js';
import { buildView } from '../../src/view/build-view.js';
import { minimalPlan } from '../helpers/minimal-plan.js';

const blank = '……………………';
const planIn = (country: 'HU' | 'RS' | 'CZ' | 'FI' | 'HR', language = 'en') => {
  const plan = minimalPlan();
  plan.municipality.country = country;
  plan.language = language;
  return plan;
};
const allText = (d: ReturnType<typeof buildView>['decision']) => [d.title, ...d.preamble, ...d.points.map((p) => `${p.label} ${p.text}`), ...d.responsibility, d.placeDate, d.signature.title, d.signature.nameLine, d.signature.signatureLine].join('\n');

describe('the council decision in the country’s form', () => {
  it('a Hungarian határozat cites its legal basis, closes with Felelős and Határidő and has no entry-into-force sentence', () => {
    const plan = planIn('HU', 'hu');
    plan.plan.legalBasis = ['Magyarország helyi önkormányzatairól szóló 2011. évi CLXXXIX. törvény'];
    plan.plan.decision = { responsible: 'polgármester', deadline: 'folyamatos' };
    const d = buildView(plan).decision;
    expect(d.form).toBe('hu-hatarozat');
    expect(d.preamble[0]).toBe('A határozat jogalapja: Magyarország helyi önkormányzatairól szóló 2011. évi CLXXXIX. törvény.');
    expect(d.points.map((p) => p.label)).toEqual(['1.', '2.', '3.', '4.']);
    expect(d.responsibility).toEqual(['Felelős: polgármester', 'Határidő: folyamatos']);
    expect(allText(d)).not.toMatch(/hatályba|kihirdet|közzétételét követő/);
  });

  it('a Hungarian határozat keeps Felelős and Határidő as lines to fill in when the plan leaves them open', () => {
    const d = buildView(planIn('HU', 'hu')).decision;
    expect(d.responsibility).toEqual([`Felelős: ${blank}`, `Határidő: ${blank}`]);
  });

  it('the same form in an English document speaks English: Responsible and Deadline', () => {
    const plan = planIn('HU');
    plan.plan.decision = { responsible: 'the mayor' };
    expect(buildView(plan).decision.responsibility).toEqual(['Responsible: the mayor', `Deadline: ${blank}`]);
  });

  it('a Serbian odluka has articles and enters into force on the eighth day after publication in the gazette', () => {
    const plan = planIn('RS', 'sr-Latn');
    plan.municipality.name = 'Novi Bečej';
    const d = buildView(plan).decision;
    expect(d.form).toBe('rs-odluka');
    expect(d.articles).toBe(true);
    expect(d.points.map((p) => p.label)).toEqual(['Član 1.', 'Član 2.', 'Član 3.', 'Član 4.', 'Član 5.']);
    expect(d.points.at(-1)!.text).toBe('Ova odluka stupa na snagu osmog dana od dana objavljivanja u službenom glasilu „Službeni list opštine Novi Bečej”.');
    expect(d.preamble[0]).toBe('Pravni osnov: Law on Local Self-Government.');
    plan.plan.decision = { gazette: 'Službeni glasnik opštine Novi Bečej' };
    expect(buildView(plan).decision.points.at(-1)!.text).toContain('„Službeni glasnik opštine Novi Bečej”');
    plan.language = 'sr-Cyrl';
    delete plan.plan.decision;
    expect(buildView(plan).decision.points.at(-1)!.text).toContain('„Службени лист општине Нови Бечеј”');
  });

  it('a Croatian odluka whose gazette the plan does not name leaves it to fill in', () => {
    expect(buildView(planIn('HR', 'hr')).decision.points.at(-1)!.text).toBe(`Ova odluka stupa na snagu osmoga dana od dana objave u službenom glasilu „${blank}“.`);
  });

  it('a Czech usnesení numbers its points I., II., III. and says nothing about taking effect', () => {
    const d = buildView(planIn('CZ', 'cs')).decision;
    expect(d.form).toBe('cz-usneseni');
    expect(d.points.map((p) => p.label)).toEqual(['I.', 'II.', 'III.', 'IV.']);
    expect(allText(d)).not.toMatch(/účinnost|zveřejn/);
    expect(d.responsibility).toEqual([]);
  });

  it('another country gets the neutral form: numbered points, no claim about how it takes effect', () => {
    const plan = planIn('FI');
    const d = buildView(plan).decision;
    expect(d.form).toBe('neutral');
    expect(d.points.map((p) => p.label)).toEqual(['1.', '2.', '3.', '4.']);
    expect(allText(d)).not.toMatch(/enters into force|published/);
    plan.plan.decision = { gazette: 'Town Bulletin', signatory: 'Mayor' };
    const withGazette = buildView(plan).decision;
    expect(withGazette.points.at(-1)!.text).toBe('This decision is published in the official gazette “Town Bulletin”.');
    expect(withGazette.signature.title).toBe('Mayor');
  });

  it('adds the reporting to the national contact point to the monitoring point when the plan says how', () => {
    const plan = planIn('FI');
    plan.monitoring.nationalReporting = 'a yearly report to the Office for Roma, by 31 March.';
    expect(buildView(plan).decision.points[3]!.text).toMatch(/reports to the .+\. Reporting to the national contact point for Roma: a yearly report to the Office for Roma, by 31 March\.$/);
  });

  it('ends with the signatory’s title and an empty name line and signature line', () => {
    const d = buildView(planIn('FI')).decision;
    expect(d.signature).toEqual({
      title: decisionEn.signatory.replace('{body}', minimalPlan().monitoring.reportTo),
      nameLine: `Name: ${blank}`,
      signatureLine: `Signature: ${blank}`,
    });
  });

  it('cites no law when the plan gives none, and a note for reviewers asks for the legal basis', () => {
    const plan = planIn('RS');
    delete plan.plan.legalBasis;
    const view = buildView(plan);
    expect(view.decision.preamble).toHaveLength(1);
    expect(view.decision.preamble[0]).not.toContain('Legal basis');
    expect(view.warnings).toEqual([expect.objectContaining({ code: 'DECISION_NO_LEGAL_BASIS', path: 'plan.legalBasis', message: decisionEn.noteLegalBasis })]);
  });
});

describe('the council’s name inside the decision’s sentences', () => {
  it('takes the Macedonian article (Совет → Советот) and stays as written elsewhere', () => {
    const mk = parse(readFileSync('examples/kumanovo-mk.yaml', 'utf8')) as Plan;
    mk.monitoring.reportTo = 'Совет на Општина Куманово';
    const text = JSON.stringify(buildView(mk).decision);
    expect(text).toContain('Советот на Општина Куманово го донесува');
    expect(text).not.toMatch(/[^т] Совет на Општина Куманово го донесува/);
    const sr = parse(readFileSync('examples/novi-becej-sr.yaml', 'utf8')) as Plan;
    expect(JSON.stringify(buildView(sr).decision)).toContain(sr.monitoring.reportTo);
  });
});
