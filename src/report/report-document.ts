import { barsWithAlt, type Block, type DocumentModel, type TableColumn } from '../document/blocks.js';
import { fill, messagesFor } from '../i18n/index.js';
import type { ReportView } from './types.js';

const right = (header: string, weight = 1.2): TableColumn => ({ header, weight, align: 'right' });
const left = (header: string, weight = 2): TableColumn => ({ header, weight });

/**
 * Arranges the report view as a document: cover facts, measures by status, budget execution,
 * indicator progress, the measures, deviations, the community's assessment and the draft decision.
 * Only arrangement happens here; every figure and sentence comes from the view.
 */
export function reportDocument(view: ReportView): DocumentModel {
  const l = view.labels;
  const { meta, budget } = view;
  const money = (r: { planned: { text: string }; plannedToDate: { text: string }; spentInYear: { text: string }; spentToDate: { text: string }; rateText: string }) => [r.planned.text, r.plannedToDate.text, r.spentInYear.text, r.spentToDate.text, r.rateText];
  const executionColumns = (first: string): TableColumn[] => [left(first, 2.4), right(l.colPlanned), right(l.colPlannedToDate), right(fill(l.colSpentYear, { year: view.year })), right(l.colSpentToDate), right(l.colExecution, 0.8)];
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: meta.title, id: 'report' },
    {
      kind: 'definitions',
      pairs: [
        [l.coverMunicipality, meta.municipality],
        [l.coverPlan, `${meta.planTitle} (${meta.periodText})`],
        ...(meta.adoptionText ? [[l.coverAdoption, meta.adoptionText] as [string, string]] : []),
        [l.coverYear, String(view.year)],
        [l.coverYearsCovered, meta.yearsText],
        ...(meta.preparedBy ? [[l.coverPreparedBy, meta.preparedBy] as [string, string]] : []),
        ...(meta.reportDateText ? [[l.coverReportDate, meta.reportDateText] as [string, string]] : []),
      ],
    },
    { kind: 'paragraph', text: view.intro },
    { kind: 'heading', level: 2, text: l.chapterStatus, id: 'status' },
    {
      kind: 'table',
      columns: [left(l.colStatus, 3), right(l.colMeasures), right(l.colShare)],
      rows: [...view.statuses.map((s) => [s.label, String(s.count), s.shareText]), [l.total, String(view.measureCount), '']],
      totalRows: [view.statuses.length],
    },
    { kind: 'heading', level: 2, text: l.chapterBudget, id: 'budget' },
    { kind: 'paragraph', text: budget.summary },
    { kind: 'heading', level: 3, text: l.sectionByArea, id: 'budget-by-area' },
    { kind: 'table', columns: executionColumns(l.colArea), rows: [...budget.byArea.map((r) => [r.label, ...money(r)]), [budget.total.label, ...money(budget.total)]], totalRows: [budget.byArea.length] },
    barsWithAlt({
      kind: 'bars',
      caption: l.figureBudget,
      series: [
        { label: l.legendPlanned, key: 'plan' },
        { label: l.legendSpent, key: 'actual' },
      ],
      rows: budget.byArea.map((r) => ({ label: r.label, values: [r.plannedToDate.value, r.spentToDate.value], texts: [r.plannedToDate.text, r.spentToDate.text] })),
      max: Math.max(0, ...budget.byArea.flatMap((r) => [r.plannedToDate.value, r.spentToDate.value])),
    }),
    { kind: 'heading', level: 3, text: l.sectionBySource, id: 'budget-by-source' },
    { kind: 'table', columns: executionColumns(l.colSource), rows: [...budget.bySource.map((r) => [r.label, ...money(r)]), [budget.total.label, ...money(budget.total)]], totalRows: [budget.bySource.length] },
    { kind: 'heading', level: 3, text: l.sectionByYear, id: 'budget-by-year' },
    {
      kind: 'table',
      columns: [left(l.colYear, 1), right(l.colPlannedYear), right(l.colSpent), right(l.colExecution, 0.8)],
      rows: [...budget.byYear.map((y) => [String(y.year), y.planned.text, y.spent.text, y.rateText]), [meta.yearsText, budget.total.plannedToDate.text, budget.total.spentToDate.text, budget.total.rateText]],
      totalRows: [budget.byYear.length],
    },
    { kind: 'heading', level: 2, text: l.chapterIndicators, id: 'indicators' },
    { kind: 'paragraph', text: view.indicators.method, tone: 'note' },
    {
      kind: 'table',
      columns: [left(l.colNumber, 0.6), left(l.colIndicator, 3), right(l.colBaseline, 0.9), right(l.colTarget, 0.9), right(l.colValue, 0.9), right(l.colProgress, 0.9), right(l.colExpected, 0.9), left(l.colRating, 1.5)],
      rows: view.indicators.rows.map((r) => [r.measureNumber, `${r.name} (${r.unit})`, r.baselineText, r.targetText, r.valueText, r.progressText, r.expectedText, r.ratingText]),
    },
    barsWithAlt({
      kind: 'bars',
      caption: fill(l.figureIndicators, { year: view.year }),
      series: [
        { label: l.legendExpected, key: 'plan' },
        { label: l.legendProgress, key: 'actual' },
      ],
      rows: view.indicators.rows.filter((r) => r.progress !== undefined).map((r) => ({ label: `${r.measureNumber} ${r.name}`, values: [r.expected, Math.max(0, r.progress!)], texts: [r.expectedText, r.progressText] })),
      max: 1,
    }),
    { kind: 'heading', level: 2, text: l.chapterMeasures, id: 'measures' },
    {
      kind: 'table',
      columns: [left(l.colNumber, 0.6), left(l.colMeasure, 3), left(l.colLead, 2), left(l.colStatus, 1.1), right(l.colPlanned), right(l.colSpentToDate), left(fill(l.colReached, { year: view.year }), 1.6)],
      rows: view.measures.map((m) => [m.number, m.implemented ? `${m.title}\n${m.implemented}` : m.title, m.lead, m.statusText, m.planned.text, m.spentToDate.text, m.reachedText]),
    },
    { kind: 'heading', level: 2, text: l.chapterDeviations, id: 'deviations' },
    view.deviations.length === 0
      ? { kind: 'paragraph', text: fill(l.noDeviations, { year: view.year }) }
      : {
          kind: 'table',
          columns: [left(l.colNumber, 0.6), left(l.colMeasure, 2), left(l.colStatus, 1), left(l.colDeviation, 3), left(l.colCorrective, 3)],
          rows: view.deviations.map((d) => [d.number, d.title, d.statusText, d.deviation, d.correctiveAction]),
        },
    { kind: 'heading', level: 2, text: l.chapterCommunity, id: 'community' },
    { kind: 'paragraph', text: l.communityIntro },
    ...(view.community.summary !== undefined
      ? ([
          { kind: 'paragraph', text: view.community.summary },
          {
            kind: 'table',
            columns: [left(l.colNumber, 0.6), left(l.colMeasure, 2.2), left(l.colOfficial, 1.1), left(l.colCommunity, 1.3), left(l.colBy, 1.5), left(l.colComment, 3)],
            rows: view.community.rows.map((r) => [r.number, r.title, r.officialText, r.differs ? `${r.ratingText} (${l.differs})` : r.ratingText, r.by, r.comment]),
          },
        ] satisfies Block[])
      : [{ kind: 'paragraph', text: fill(l.noCommunity, { year: view.year }) } satisfies Block]),
    { kind: 'heading', level: 2, text: l.chapterDecision, id: 'decision' },
    { kind: 'paragraph', text: view.decision.title, tone: 'strong' },
    ...view.decision.paragraphs.map((text): Block => ({ kind: 'paragraph', text })),
  ];
  return {
    meta: { title: meta.title, author: meta.municipality, subject: meta.subject, keywords: [meta.municipality, meta.subject, String(view.year)], language: view.language, date: meta.date },
    runningHeader: `${meta.municipality} · ${meta.title}`,
    pageOf: messagesFor(view.locale).pdf.pageOf,
    contents: messagesFor(view.locale).pdf.contents,
    blocks,
  };
}
