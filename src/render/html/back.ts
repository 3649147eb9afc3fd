import { decisionBlocks } from '../decision-blocks.js';
import { budgetChart, ganttChart } from './charts.js';
import { section, sub, type Ctx } from './context.js';
import { definitions, esc, list, p, paragraphs, raw, table } from './markup.js';
import { indicatorTable, securedFunding } from './reviewer.js';

const strong = (text: string) => raw(`<strong>${esc(text)}</strong>`);

export function budget(ctx: Ctx): string {
  const { view, t } = ctx;
  const b = view.budget;
  const byArea = table({
    caption: t('sectionBudgetByArea'),
    columns: [{ header: t('colNumber'), align: 'right' }, { header: t('colArea') }, ...b.bySource.map((s) => ({ header: s.label, align: 'right' as const })), { header: t('colTotal'), align: 'right' }, { header: t('colShare'), align: 'right' }],
    rowHeader: 1,
    rows: [
      ...b.byArea.map((a) => [a.number, a.title, ...a.bySource.map((m) => m.text), a.total.text, a.shareText]),
      ['', t('rowTotal'), ...b.bySource.map((s) => s.total.text), b.total.text, ''],
    ],
    totalRows: [b.byArea.length],
  });
  const byYear = table({
    caption: t('sectionBudgetByYear'),
    columns: [{ header: t('colYear'), align: 'right' }, { header: t('colTotal'), align: 'right' }],
    rowHeader: 0,
    rows: [...b.byYear.map((y) => [y.year, y.total.text]), [t('rowTotal'), b.total.text]],
    totalRows: [b.byYear.length],
  });
  const bySource =
    b.bySource.length === 0
      ? p(t('none'))
      : table({
          caption: t('sectionBudgetBySource'),
          columns: [{ header: t('colFundingSource') }, { header: t('colTotal'), align: 'right' }, { header: t('colShare'), align: 'right' }],
          rowHeader: 0,
          rows: [...b.bySource.map((s) => [s.label, s.total.text, s.shareText]), [t('rowTotal'), b.total.text, '']],
          totalRows: [b.bySource.length],
        });
  return [
    definitions([
      [t('budgetTotal'), b.total.text],
      [t('budgetMunicipal'), b.municipal.text],
      [t('budgetMunicipalShare'), b.municipalShareText],
    ]),
    section(ctx, 'budget-by-area', t('sectionBudgetByArea'), `${byArea}\n${budgetChart(ctx)}`),
    section(ctx, 'budget-by-year', t('sectionBudgetByYear'), `${p(t('budgetSpreadNote'))}\n${byYear}`),
    section(ctx, 'budget-by-source', t('sectionBudgetBySource'), bySource),
    securedFunding(ctx),
  ].join('\n');
}

export function coverage(ctx: Ctx): string {
  const { view, t } = ctx;
  const c = view.coverage;
  const matrix = table({
    caption: view.chapters.find((ch) => ch.id === 'coverage')?.title ?? t('chapterCoverage'),
    columns: [{ header: t('colArea') }, ...c.goals.map((g) => ({ header: String(g.number), align: 'center' as const }))],
    rowHeader: 0,
    rows: c.rows.map((r) => [`${r.number}. ${r.short}`, ...r.cells.map((n) => (r.applicable ? (n > 0 ? n : '') : t('coverageNotApplicable')))]),
  });
  const gaps =
    c.gaps.length > 0 ? `${p(strong(`${t('coverageGaps')}:`))}\n${list(c.gaps.map((g) => raw(`<strong>${g.number}.</strong> ${esc(g.title)}`)))}` : p(t('coverageNoGaps'));
  return [p(t('coverageIntro')), matrix, p(strong(`${t('coverageLegend')}:`)), list(c.goals.map((g) => `${g.number}. ${g.short}`)), gaps].join('\n');
}

export function timeline(ctx: Ctx): string {
  const { view, t } = ctx;
  const rows = view.timeline.bars;
  return [
    p(t('timelineIntro')),
    rows.length > 0 ? ganttChart(ctx) : '',
    table({
      caption: view.chapters.find((ch) => ch.id === 'timeline')?.title ?? t('chapterTimeline'),
      columns: [{ header: t('colNumber') }, { header: t('colMeasure') }, { header: t('colStart') }, { header: t('colEnd') }],
      rowHeader: 1,
      rows: rows.map((b) => [b.number, b.title, b.startText, b.endText]),
    }),
  ].join('\n');
}

export function implementation(ctx: Ctx): string {
  const { view, t } = ctx;
  const g = view.governance;
  const parts = [p(t('implementationIntro')), sub(3, t('coordinator')), p(g.coordinator.role)];
  if (g.coordinator.unit) parts.push(p(`${t('coordinatorUnit')}: ${g.coordinator.unit}`));
  if (g.coordinationBody) {
    parts.push(sub(3, t('coordinationBody')), p(g.coordinationBody.name));
    if (g.coordinationBody.members.length > 0) parts.push(p(`${t('coordinationMembers')}:`), list(g.coordinationBody.members));
  }
  const cag = g.communityActionGroup;
  if (cag) {
    parts.push(
      sub(3, t('communityActionGroup')),
      definitions([
        [t('cagMembers'), cag.membersText],
        ...(cag.womenText ? [[t('cagWomen'), cag.womenText] as const] : []),
        ...(cag.establishedText ? [[t('cagEstablished'), cag.establishedText] as const] : []),
      ]),
    );
  }
  parts.push(sub(3, t('mediators')));
  parts.push(
    g.mediators.length === 0
      ? p(t('noMediators'))
      : table({ caption: t('mediators'), columns: [{ header: t('colMediatorField') }, { header: t('colMediatorCount'), align: 'right' }], rowHeader: 0, rows: g.mediators.map((m) => [m.fieldText, m.countText]) }),
  );
  if (view.sustainability !== undefined) parts.push(section(ctx, 'implementation-sustainability', t('sectionSustainability'), paragraphs(view.sustainability)));
  return parts.join('\n');
}

export function monitoring(ctx: Ctx): string {
  const { view, t } = ctx;
  const m = view.monitoring;
  return [
    definitions([
      [t('monitoringBody'), m.body],
      [t('monitoringFrequency'), m.frequencyText],
      [t('monitoringReportTo'), m.reportTo],
      ...(m.midTermReview ? [[t('monitoringMidTerm'), String(m.midTermReview)] as const] : []),
      ...(m.finalEvaluation ? [[t('monitoringFinal'), String(m.finalEvaluation)] as const] : []),
      ...(m.evaluationMethod ? [[t('monitoringEvaluationMethod'), m.evaluationMethod] as const] : []),
      ...(m.budget ? [[t('monitoringBudget'), m.budget.text] as const] : []),
      ...(m.publication ? [[t('monitoringPublication'), m.publication] as const] : []),
      ...(m.nationalReporting ? [[t('monitoringNationalReporting'), m.nationalReporting] as const] : []),
      ...(m.revision ? [[t('monitoringRevision'), m.revision] as const] : []),
    ]),
    m.communityRole ? `${sub(3, t('monitoringCommunityRole'))}\n${paragraphs(m.communityRole)}` : '',
    p(t('monitoringIndicators')),
  ].join('\n');
}

export function annexes(ctx: Ctx): string {
  const { view, t } = ctx;
  const pt = view.participation.totals;
  const { outcomes, outputs } = view.indicatorAnnex;
  // Outcome indicators apart from outputs only when the plan has any; otherwise one table, as before.
  const indicators =
    outcomes.length === 0
      ? indicatorTable(ctx, t('annexIndicators'), outputs)
      : [`<h4>${esc(t('outcomeIndicators'))}</h4>`, indicatorTable(ctx, t('outcomeIndicators'), outcomes), `<h4>${esc(t('outputIndicators'))}</h4>`, indicatorTable(ctx, t('outputIndicators'), outputs)].join('\n');
  const participation = table({
    caption: t('annexParticipation'),
    columns: [{ header: t('colDate') }, { header: t('colFormat') }, { header: t('colParticipants'), align: 'right' }, { header: t('colRoma'), align: 'right' }, { header: t('colWomen'), align: 'right' }],
    rowHeader: 0,
    rows: [...view.participation.entries.map((e) => [e.dateText, e.formatText, e.totalText, e.romaText ?? '', e.womenText ?? '']), [t('rowTotal'), '', pt.participantsText, pt.romaText, pt.womenText]],
    totalRows: [view.participation.entries.length],
  });
  const decision = decisionBlocks(view.decision).map((b) => (b.kind === 'title' ? p(b.text, 'strong') : b.kind === 'article' ? p(strong(b.text)) : paragraphs(b.text))).join('\n');
  const checklist = view.review;
  const warningsTable =
    view.warnings.length === 0
      ? ''
      : `${p(t('reviewIntro'))}\n${table({
          caption: t('annexReview'),
          columns: [{ header: t('colPath') }, { header: t('colNote') }],
          rows: view.warnings.map((w) => [w.path, raw(`${esc(w.message)}${w.hint ? `<br>${esc(w.hint)}` : ''}`)]),
        })}`;
  const review = !view.showsReviewNotes
    ? ''
    : section(
        ctx,
        'annex-review',
        t('annexReview'),
        `${p(checklist.title, 'strong')}\n${p(checklist.intro)}\n${table({
          caption: checklist.title,
          columns: [{ header: checklist.labels.colCheck }, { header: checklist.labels.colState }, { header: checklist.labels.colReason }],
          rowHeader: 0,
          rows: checklist.checks.map((c) => [c.title, c.stateText, raw(`${esc(c.reason)}${c.todo === undefined ? '' : `<br>${esc(checklist.labels.todo)} ${esc(c.todo)}`}`)]),
        })}\n${p(checklist.score.text, 'strong')}\n${p(checklist.scoreRule)}\n${warningsTable}`,
      );
  return [
    section(ctx, 'annex-indicators', t('annexIndicators'), indicators),
    section(ctx, 'annex-participation', t('annexParticipation'), participation),
    section(ctx, 'annex-decision', t('annexDecision'), decision),
    review,
  ].join('\n');
}
