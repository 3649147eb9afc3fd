import type { Block, DocumentModel, TableColumn } from '../document/blocks.js';
import { messagesFor } from '../i18n/index.js';
import type { AmendmentMeasure, AmendmentRow, AmendmentView, AmountRow } from './amendment-view.js';

const left = (header: string, weight = 2): TableColumn => ({ header, weight });
const right = (header: string, weight = 1.2): TableColumn => ({ header, weight, align: 'right' });

/**
 * Arranges the amendment view as a document: what each version is, the period, the measures
 * added, removed and changed, the budget before and after, other changes, and the draft decision.
 */
export function amendmentDocument(view: AmendmentView): DocumentModel {
  const l = view.labels;
  const d = view.documentLabels;
  const measureTable = (rows: AmendmentMeasure[]): Block => ({
    kind: 'table',
    columns: [left(d.colNumber, 0.6), left(d.colMeasure, 3), left(d.colLead, 2), left(d.colPeriod, 1.2), right(d.colCost)],
    rows: rows.map((m) => [m.number, m.title, m.lead, m.periodText, m.costText]),
  });
  const changeTable = (rows: AmendmentRow[], first = l.colField): Block => ({ kind: 'table', columns: [left(first, 1.6), left(l.colBefore, 2), left(l.colAfter, 2)], rows: rows.map((r) => [r.field, r.before, r.after]) });
  const amounts = (rows: AmountRow[], total: AmountRow, first: string): Block => ({
    kind: 'table',
    columns: [left(first, 2.4), right(l.colBefore), right(l.colAfter), right(l.colChange)],
    rows: [...rows, total].map((r) => [r.field, r.before, r.after, r.change]),
    totalRows: [rows.length],
  });
  const measures: Block[] = [
    ...(view.added.length > 0 ? [{ kind: 'heading', level: 3, text: l.sectionAdded, id: 'measures-added' } as Block, measureTable(view.added)] : []),
    ...(view.removed.length > 0 ? [{ kind: 'heading', level: 3, text: l.sectionRemoved, id: 'measures-removed' } as Block, measureTable(view.removed)] : []),
    ...(view.changedMeasures.length > 0 ? [{ kind: 'heading', level: 3, text: l.sectionChanged, id: 'measures-changed' } as Block] : []),
    ...view.changedMeasures.flatMap((m): Block[] => [{ kind: 'paragraph', text: `${m.number} ${m.title}`, tone: 'strong' }, changeTable(m.rows)]),
  ];
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: view.meta.title, id: 'amendment' },
    {
      kind: 'definitions',
      pairs: [
        [d.coverMunicipality, view.meta.municipality],
        [l.coverBefore, view.meta.beforeText],
        [l.coverAfter, view.meta.afterText],
      ],
    },
    { kind: 'paragraph', text: view.intro },
    ...(view.changed
      ? ([
          { kind: 'heading', level: 2, text: l.chapterPeriod, id: 'period' },
          { kind: 'paragraph', text: view.periodText },
          { kind: 'heading', level: 2, text: l.chapterMeasures, id: 'measures' },
          ...(measures.length > 0 ? measures : [{ kind: 'paragraph', text: l.noMeasureChanges } satisfies Block]),
          { kind: 'heading', level: 2, text: l.chapterBudget, id: 'budget' },
          { kind: 'paragraph', text: view.budget.summary },
          { kind: 'heading', level: 3, text: d.sectionBudgetByArea, id: 'budget-by-area' },
          amounts(view.budget.byArea, view.budget.total, d.colArea),
          { kind: 'heading', level: 3, text: d.sectionBudgetBySource, id: 'budget-by-source' },
          amounts(view.budget.bySource, view.budget.total, d.colFundingSource),
          ...(view.other.length > 0 ? ([{ kind: 'heading', level: 2, text: l.chapterOther, id: 'other' }, changeTable(view.other)] satisfies Block[]) : []),
          { kind: 'heading', level: 2, text: l.chapterDecision, id: 'decision' },
          { kind: 'paragraph', text: view.decision.title, tone: 'strong' },
          { kind: 'paragraph', text: view.decision.opening },
          { kind: 'list', items: view.decision.items },
          { kind: 'paragraph', text: view.decision.annex },
          { kind: 'paragraph', text: view.decision.placeDate },
        ] satisfies Block[])
      : []),
  ];
  return {
    meta: { title: view.meta.title, author: view.meta.municipality, subject: l.subject, keywords: [view.meta.municipality, l.subject], language: view.language, date: view.meta.date },
    runningHeader: `${view.meta.municipality} · ${l.subject}`,
    pageOf: messagesFor(view.locale).pdf.pageOf,
    blocks,
  };
}
