import { messagesFor, type Messages } from '../../i18n/index.js';
import type { View } from '../../view/types.js';
import type { Cell, Sheet } from '../../document/sheets.js';

export type { Cell, Sheet, SheetColumn } from '../../document/sheets.js';

type LabelKey = keyof Messages['document'] | keyof Messages['content']['labels'];

/** The spreadsheet's tables, from the view alone: the CSV is the first of them. */
export function buildSheets(view: View): Sheet[] {
  const en = messagesFor('en');
  const english: Record<LabelKey, string> = { ...en.document, ...en.content.labels };
  const t = (key: LabelKey): string => view.labels[key] ?? english[key];
  return [measuresSheet(view, t), indicatorsSheet(view, t), budgetByAreaSheet(view, t), budgetByYearSheet(view, t), consultationsSheet(view, t)];
}

/** One row per measure: where it sits, who leads it, when it runs, what it costs from which source, what it serves. */
export function measuresSheet(view: View, t: (key: LabelKey) => string): Sheet {
  const sources = view.budget.bySource;
  const rows: Cell[][] = view.areas.flatMap((a) =>
    a.objectives.flatMap((o) =>
      o.measures.map((m) => [
        m.number,
        `${a.number}. ${a.title}`,
        `${o.number} ${o.title}`,
        m.title,
        m.lead,
        m.partners.join('; '),
        m.start,
        m.end,
        m.cost.value,
        ...sources.map((s) => m.costBySource.find((c) => c.type === s.type)?.amount.value ?? 0),
        m.goals.map((g) => `${g.number}. ${g.short}`).join('; '),
        m.euObjectives.map((e) => e.title).join('; '),
        m.crossCutting.map((c) => c.title).join('; ') || null,
        m.risks.map((r) => r.text).join('; ') || null,
      ]),
    ),
  );
  return {
    name: t('colMeasures'),
    columns: [
      { header: t('colNumber'), width: 8 },
      { header: t('colArea'), width: 28 },
      { header: t('colObjective'), width: 36 },
      { header: t('colMeasure'), width: 48 },
      { header: t('colLead'), width: 30 },
      { header: t('colPartners'), width: 36 },
      { header: t('colStart'), width: 10 },
      { header: t('colEnd'), width: 10 },
      { header: t('colTotal'), width: 14, kind: 'money' },
      ...sources.map((s) => ({ header: s.label, width: 14, kind: 'money' as const })),
      { header: t('measureGoals'), width: 40 },
      { header: t('measureEuObjectives'), width: 48 },
      { header: t('measureCrossCutting'), width: 30 },
      { header: t('measureRisks'), width: 48 },
    ],
    rows,
  };
}

function indicatorsSheet(view: View, t: (key: LabelKey) => string): Sheet {
  return {
    name: t('annexIndicators'),
    columns: [
      { header: t('colNumber'), width: 8 },
      { header: t('colIndicator'), width: 44 },
      { header: t('colUnit'), width: 14 },
      { header: t('colBaseline'), width: 12, kind: 'count' },
      { header: `${t('colBaseline')}: ${t('colYear')}`, width: 10 },
      { header: t('colTarget'), width: 12, kind: 'count' },
      { header: `${t('colTarget')}: ${t('colYear')}`, width: 10 },
      { header: t('colVerification'), width: 40 },
      { header: t('colDisaggregation'), width: 24 },
      { header: t('indicatorCollectedBy'), width: 30 },
      { header: t('indicatorFrequency'), width: 16 },
      { header: t('colLevel'), width: 12 },
    ],
    rows: view.indicators.map((i) => [
      i.measureNumber,
      i.name,
      i.unit,
      i.baseline,
      i.baselineYear ?? null,
      i.target,
      i.targetYear ?? null,
      i.verification,
      i.disaggregationText ?? null,
      i.collectedBy ?? null,
      i.frequencyText ?? null,
      i.levelText,
    ]),
  };
}

function budgetByAreaSheet(view: View, t: (key: LabelKey) => string): Sheet {
  const b = view.budget;
  return {
    name: t('sectionBudgetByArea'),
    columns: [{ header: t('colNumber'), width: 8 }, { header: t('colArea'), width: 36 }, ...b.bySource.map((s) => ({ header: s.label, width: 16, kind: 'money' as const })), { header: t('colTotal'), width: 16, kind: 'money' }],
    rows: [...b.byArea.map((a) => [a.number, a.title, ...a.bySource.map((m) => m.value), a.total.value]), [null, t('rowTotal'), ...b.bySource.map((s) => s.total.value), b.total.value]],
    totalRows: [b.byArea.length],
  };
}

function budgetByYearSheet(view: View, t: (key: LabelKey) => string): Sheet {
  const b = view.budget;
  return {
    name: t('sectionBudgetByYear'),
    columns: [{ header: t('colYear'), width: 10 }, ...b.bySource.map((s) => ({ header: s.label, width: 16, kind: 'money' as const })), { header: t('colTotal'), width: 16, kind: 'money' }],
    rows: [...b.byYear.map((y) => [y.year, ...y.bySource.map((m) => m.value), y.total.value]), [t('rowTotal'), ...b.bySource.map((s) => s.total.value), b.total.value]],
    totalRows: [b.byYear.length],
  };
}

function consultationsSheet(view: View, t: (key: LabelKey) => string): Sheet {
  const p = view.participation;
  return {
    name: t('annexParticipation'),
    columns: [
      { header: t('colDate'), width: 12, kind: 'date' },
      { header: t('colFormat'), width: 24 },
      { header: t('colParticipants'), width: 14, kind: 'count' },
      { header: t('colRoma'), width: 10, kind: 'count' },
      { header: t('colWomen'), width: 10, kind: 'count' },
    ],
    rows: [...p.entries.map((e) => [{ date: e.date }, e.formatText, e.total, e.roma ?? null, e.women ?? null]), [t('rowTotal'), null, p.totals.participants, p.totals.roma, p.totals.women]],
    totalRows: [p.entries.length],
  };
}
