import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { en } from '../../src/i18n/en.js';
import type { Issue } from '../../src/plan/issue.js';
import type { Measure } from '../../src/plan/types.js';
import { buildView } from '../../src/view/build-view.js';
import { validatePlan } from '../../src/plan/validate.js';
import { measureOf, minimalPlan } from '../helpers/minimal-plan.js';

/** A measure with the fields the view reads, so that each test states only what it is about. */
function measure(title: string, extra: Partial<Measure> = {}): Measure {
  return {
    title,
    lead: 'Municipal administration',
    start: 2026,
    end: 2026,
    goals: ['public-participation'],
    cost: { total: 0 },
    indicators: [{ name: `${title} done`, unit: 'events', baseline: 0, baselineYear: 2025, target: 1, verification: 'Minutes' }],
    ...extra,
  };
}

describe('buildView numbering', () => {
  it('numbers area.objective.measure with the catalogue area number', () => {
    const plan = minimalPlan();
    plan.areas.education.objectives = [
      { title: 'Preschool for every child', measures: [measure('Enrolment campaign')] },
      { title: 'School success', measures: [measure('Pedagogical assistants'), measure('Homework club', { goals: ['service-provision', 'cultural-autonomy'] })] },
    ];
    const view = buildView(plan);
    const education = view.areas.find((a) => a.id === 'education')!;
    expect(education.number).toBe(5);
    expect(education.objectives.map((o) => o.number)).toEqual(['5.1', '5.2']);
    expect(education.objectives.flatMap((o) => o.measures.map((m) => `${m.number} ${m.title}`))).toEqual([
      '5.1.1 Enrolment campaign',
      '5.2.1 Pedagogical assistants',
      '5.2.2 Homework club',
    ]);
    expect(view.areas.map((a) => a.id)).toEqual(['participation', 'employment', 'health', 'culture', 'education', 'birth-registration', 'living-conditions']);
    // Indicators and goals refer to the same numbers.
    expect(view.indicators.filter((i) => i.measureNumber.startsWith('5.')).map((i) => i.measureNumber)).toEqual(['5.1.1', '5.2.1', '5.2.2']);
    expect(view.goals.find((g) => g.id === 'cultural-autonomy')!.measureNumbers.filter((n) => n.startsWith('5.'))).toEqual(['5.2.2']);
    // The outline carries the same numbers, and the anchors the templates and the PDF link to.
    expect(view.chapters.filter((c) => c.id === 'area-education' || c.id.startsWith('objective-5.'))).toEqual([
      { id: 'area-education', number: '5', title: 'Education', level: 1 },
      { id: 'objective-5.1', number: '5.1', title: 'Preschool for every child', level: 2 },
      { id: 'objective-5.2', number: '5.2', title: 'School success', level: 2 },
    ]);
  });

  it('keeps a not-applicable area as a chapter with its reason and no measures', () => {
    const plan = minimalPlan();
    plan.areas['birth-registration'] = { applicable: false, reason: 'Every resident is registered (civil registry check, 2025).' };
    const view = buildView(plan);
    const area = view.areas.find((a) => a.id === 'birth-registration')!;
    expect(area).toMatchObject({ applicable: false, reason: 'Every resident is registered (civil registry check, 2025).', objectives: [], total: { value: 0 } });
    expect(view.chapters.some((c) => c.id === 'area-birth-registration')).toBe(true);
    expect(view.coverage.rows.find((r) => r.id === 'birth-registration')).toMatchObject({ applicable: false, cells: Array(10).fill(0) });
  });

  it('words measures: period, sources, EU objectives from the area, practice, beneficiaries', () => {
    const plan = minimalPlan();
    Object.assign(measureOf(plan), {
      start: '2026-Q3',
      end: '2027-Q2',
      practice: 'roma-coordinator',
      cost: { total: 6000, sources: [{ type: 'donor', name: 'OSCE', amount: 1000 }, { type: 'municipal', amount: 5000 }] },
      beneficiaries: { romaWomen: 40 },
    });
    const m = buildView(plan).areas[0]!.objectives[0]!.measures[0]!;
    expect(m.periodText).toBe('Q3\u00a02026 – Q2\u00a02027');
    expect(m.sources).toEqual([
      { type: 'donor', label: 'Donors', name: 'OSCE', amount: { value: 1000, text: '€1,000' } },
      { type: 'municipal', label: 'Municipal budget', amount: { value: 5000, text: '€5,000' } },
    ]);
    expect(m.euObjectives.map((e) => e.id)).toEqual(['participation', 'antigypsyism']);
    expect(m.practice).toMatchObject({ id: 'roma-coordinator', title: 'Coordinator for Roma issues' });
    expect(m.beneficiaries).toEqual({ romaWomenText: '40' });
  });

  it('shows decimals only when the plan has amounts that are not whole', () => {
    const whole = buildView(minimalPlan());
    expect(whole.budget.total.text).toBe('€6,000');
    const plan = minimalPlan();
    measureOf(plan).cost = { total: 1234.5, sources: [{ type: 'municipal', amount: 1234.5 }] };
    expect(buildView(plan).budget.total.text).toBe('€1,234.50');
  });
});

describe('buildView goals', () => {
  it('prints "no priority set" for a goal measures serve that the plan does not list, "not addressed" only for one nobody serves', () => {
    const plan = minimalPlan();
    delete plan.goals!['security'];
    const view = buildView(plan);
    const security = view.goals.find((g) => g.id === 'security')!;
    expect(security).toMatchObject({ pursued: false, priorityText: 'no priority set' });
    expect(view.goals.find((g) => g.id === 'conflict-prevention')!.priorityText).toBeUndefined();
    const hu = buildView({ ...plan, language: 'hu' });
    expect(hu.goals.find((g) => g.id === 'security')!.priorityText).toBe('nincs prioritás megadva');
  });
});

describe('buildView review notes', () => {
  const plan = () => {
    const p = minimalPlan();
    measureOf(p).partners = [];
    return p;
  };
  const issues = (p: ReturnType<typeof minimalPlan>) => validatePlan(p).issues;

  it('puts the notes in a draft, in the document language, naming the measure and its place in plain words', () => {
    const p = { ...plan(), language: 'hu' };
    const view = buildView(p, { issues: issues(p) });
    expect(view.warnings).toHaveLength(1);
    expect(view.warnings[0]).toMatchObject({ code: 'NO_PARTNERS', where: '1.1.1', message: '1.1.1. intézkedés („Appoint a coordinator for Roma issues”): nincs partnere' });
    expect(view.chapters.map((c) => c.id)).toContain('annex-review');
  });

  it('leaves them out of an adopted plan unless asked, but keeps them for the review file', () => {
    const p = plan();
    p.plan.status = 'adopted';
    p.plan.adoption = { body: 'Municipal Assembly', decision: '12/2026', date: '2026-03-26' };
    const view = buildView(p, { issues: issues(p) });
    expect(view.warnings).toEqual([]);
    expect(view.chapters.map((c) => c.id)).not.toContain('annex-review');
    expect(view.reviewNotes).toHaveLength(1);
    expect(buildView(p, { issues: issues(p), reviewNotes: true }).warnings).toHaveLength(1);
  });
});

describe('buildView document date', () => {
  it('prefers the explicit date (--date or SOURCE_DATE_EPOCH, passed in by the CLI)', () => {
    const plan = minimalPlan();
    plan.plan.status = 'adopted';
    plan.plan.adoption = { body: 'Municipal council', decision: '12/2026', date: '2026-03-26' };
    expect(buildView(plan, { date: '2027-01-15' }).meta).toMatchObject({ date: '2027-01-15', dateText: '15 January 2027' });
  });

  it('then the adoption date', () => {
    const plan = minimalPlan();
    plan.plan.status = 'adopted';
    plan.plan.adoption = { body: 'Municipal council', decision: '12/2026', date: '2026-03-26' };
    expect(buildView(plan).meta.date).toBe('2026-03-26');
  });

  it('then the latest consultation, wherever it is in the list', () => {
    const plan = minimalPlan();
    plan.participation = [
      { date: '2025-11-20', format: 'public-hearing', participants: { total: 40 } },
      { date: '2025-06-01', format: 'round-table', participants: { total: 12 } },
    ];
    expect(buildView(plan).meta.date).toBe('2025-11-20');
  });

  it('else 1 January of the first year, never the clock', () => {
    const plan = minimalPlan();
    // The schema asks for a consultation; a script may still build a view of an unfinished plan.
    plan.participation = [];
    expect(buildView(plan).meta.date).toBe('2026-01-01');
  });

  it('refuses a date that does not exist', () => {
    expect(() => buildView(minimalPlan(), { date: '2026-02-30' })).toThrow(UsageError);
    expect(() => buildView(minimalPlan(), { date: '26.03.2026' })).toThrow(/not a date/);
  });
});

describe('buildView language', () => {
  it('uses English labels and warns for a language without a language file', () => {
    const plan = minimalPlan();
    // qaa is reserved for private use in ISO 639: it will never get a language file.
    plan.language = 'qaa';
    const view = buildView(plan);
    expect(view.language).toBe('qaa');
    expect(view.locale).toBe('en');
    expect(view.labels).toEqual({ ...en.document, ...en.content.labels });
    expect(view.warnings).toEqual([expect.objectContaining({ severity: 'warning', code: 'UNSUPPORTED_LANGUAGE', path: 'language' })]);
    expect(view.warnings[0]!.message).toContain('“qaa”');
    // The warning is listed for reviewers in an annex of its own.
    expect(view.chapters.at(-1)).toMatchObject({ id: 'annex-review' });
  });

  it('has no warning for a supported language and a clean plan; its review annex holds the checklist while it is a draft', () => {
    const view = buildView(minimalPlan());
    expect(view.locale).toBe('en');
    expect(view.warnings).toEqual([]);
    expect(view.showsReviewNotes).toBe(true);
    expect(view.review.checks.length).toBeGreaterThan(0);
    expect(view.chapters.some((c) => c.id === 'annex-review')).toBe(true);
    const adopted = minimalPlan();
    adopted.plan.status = 'adopted';
    adopted.plan.adoption = { body: 'Municipal council', decision: '1/2026', date: '2026-01-15' };
    const council = buildView(adopted);
    expect(council.showsReviewNotes).toBe(false);
    expect(council.chapters.some((c) => c.id === 'annex-review')).toBe(false);
  });

  it('keeps the validation warnings, not the errors, for the review annex', () => {
    const issues: Issue[] = [
      { severity: 'warning', code: 'NO_PARTNER', path: 'areas.health', message: 'no partner' },
      { severity: 'error', code: 'X', path: '', message: 'not for the view' },
    ];
    expect(buildView(minimalPlan(), { issues }).warnings.map((w) => w.code)).toEqual(['NO_PARTNER']);
  });

  it('takes every label of the document from the language file', () => {
    const view = buildView(minimalPlan());
    expect(view.meta.statusText).toBe(en.document.statusDraft);
    expect(view.chapters.find((c) => c.id === 'budget')!.title).toBe(en.document.chapterBudget);
    expect(view.participation.entries[0]!.formatText).toBe(en.document.formatRoundTable);
    expect(view.monitoring.frequencyText).toBe(en.document.frequencyAnnual);
    expect(view.introduction.summary).toBe(
      en.document.introSummary.replace('{municipality}', 'Example Town').replace('{period}', '2026–2030'),
    );
  });
});

describe('buildView decision', () => {
  it('drafts the council decision with the plan values filled in and the date left blank', () => {
    const view = buildView(minimalPlan());
    expect(view.decision.title).toBe(`Draft decision of the ${minimalPlan().monitoring.reportTo} on the adoption of the Local Action Plan for Roma Inclusion 2026-2030`);
    expect(JSON.stringify(view.decision)).not.toMatch(/\{\w+\}/);
    expect(view.decision.placeDate).toBe(`Example Town, ${en.document.decisionDateBlank}`);
    expect(view.decision.points.map((p) => p.text).join('\n')).toContain('The plan costs €6,000 in total, of which €6,000 comes from the municipal budget.');
  });

  it('names the adopted decision once the plan is adopted', () => {
    const plan = minimalPlan();
    plan.plan.status = 'adopted';
    plan.plan.adoption = { body: 'Municipal Assembly', decision: '12/2026', date: '2026-03-26' };
    const view = buildView(plan);
    expect(view.decision.title).toMatch(/^Decision 12\/2026 of the Municipal Assembly on the adoption/);
    expect(view.decision.placeDate).toBe('Example Town, 26 March 2026');
  });
});

describe('buildView status and running header', () => {
  it('marks a plan not yet adopted with its status in capitals, in its language', () => {
    const plan = minimalPlan();
    plan.plan.status = 'consultation';
    expect(buildView(plan).meta.draftMark).toBe(en.document.statusConsultation.toLocaleUpperCase('en'));
    plan.plan.status = 'adopted';
    plan.plan.adoption = { body: 'Council', decision: '1/2026', date: '2026-03-01' };
    expect(buildView(plan).meta.draftMark).toBeUndefined();
  });

  it('names the municipality in the running header once', () => {
    const plan = minimalPlan();
    plan.municipality.name = 'Ostrava';
    plan.plan.title = 'Local Action Plan for Roma Inclusion of the City of Ostrava';
    expect(buildView(plan).meta.runningHeader).toBe(plan.plan.title);
    plan.plan.title = 'Local Action Plan for Roma Inclusion';
    expect(buildView(plan).meta.runningHeader).toBe('Ostrava · Local Action Plan for Roma Inclusion');
  });
});

describe('buildView statements that follow the data', () => {
  it('says the plan was prepared with the Roma community only when the consultations record Roma participants', () => {
    const plan = minimalPlan();
    plan.participation = [{ date: '2025-10-14', format: 'community-meeting', participants: { total: 30 } }];
    let view = buildView(plan);
    expect(view.participation.introText).toBe(en.document.methodIntroUnrecorded);
    expect(view.decision.preamble.join(' ')).not.toContain('Roma');
    // Unknown counts read the same in the totals as in the log: not "0".
    expect(view.participation.totals.romaText).toBe(en.document.none);
    expect(view.participation.totals.womenText).toBe(en.document.none);

    plan.participation = [{ date: '2025-10-14', format: 'community-meeting', participants: { total: 30, roma: 12, women: 0 } }];
    view = buildView(plan);
    expect(view.participation.introText).toBe(en.document.methodIntro);
    expect(view.decision.preamble.join(' ')).toContain('Roma community');
    expect(view.participation.totals).toMatchObject({ romaText: '12', womenText: '0' });
  });
});

describe('buildView municipality type', () => {
  it('calls the municipality a city or a town when the plan says so, and a municipality by default', () => {
    const plan = minimalPlan();
    expect(buildView(plan).municipality.kindText).toBe('Municipality');
    plan.municipality.type = 'city';
    expect(buildView(plan).municipality.kindText).toBe('City');
    plan.municipality.type = 'town';
    expect(buildView(plan).municipality.kindText).toBe('Town');
  });
});
