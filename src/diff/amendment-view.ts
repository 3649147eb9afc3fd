import { areaById, practiceById } from '../catalogue/index.js';
import { fill } from '../i18n/index.js';
import type { Plan } from '../plan/types.js';
import { documentDate } from '../view/document-date.js';
import { createFormat, type Format } from '../view/format.js';
import { documentLanguage, SOURCE_LABEL, STATUS_LABEL } from '../view/labels.js';
import type { AmendmentTexts } from '../i18n/amendment-en.js';
import type { DocumentLabels } from '../view/format.js';
import type { CatalogueTexts } from '../i18n/types.js';
import { planMeasures } from '../progress/plan-measures.js';
import type { FieldChange, MeasureRef, PlanDiff } from './types.js';

export interface AmendmentRow {
  field: string;
  before: string;
  after: string;
}

/** A budget line: the amount before and after, and the signed difference ('' when none). */
export type AmountRow = AmendmentRow & { change: string };

export interface AmendmentMeasure {
  number: string;
  title: string;
  lead: string;
  periodText: string;
  costText: string;
}

/** Everything the amendment document shows, worded and formatted in the amended plan's language. */
export interface AmendmentView {
  language: string;
  locale: string;
  labels: AmendmentTexts;
  documentLabels: DocumentLabels;
  meta: { title: string; municipality: string; date: string; beforeText: string; afterText: string };
  intro: string;
  changed: boolean;
  periodText: string;
  added: AmendmentMeasure[];
  removed: AmendmentMeasure[];
  changedMeasures: { number: string; title: string; rows: AmendmentRow[] }[];
  budget: {
    summary: string;
    byArea: AmountRow[];
    bySource: AmountRow[];
    total: AmountRow;
  };
  other: AmendmentRow[];
  decision: { title: string; opening: string; items: string[]; annex: string; placeDate: string };
}

interface Ctx {
  fmt: Format;
  labels: AmendmentTexts;
  doc: DocumentLabels;
  texts: CatalogueTexts;
}

/**
 * Words a plan diff for the council, in the language of the amended plan. Every number, date and
 * label is formatted here, once; the document only arranges these texts.
 */
export function buildAmendmentView(diff: PlanDiff, before: Plan, after: Plan, options: { date?: string } = {}): AmendmentView {
  const language = documentLanguage(after.language);
  const doc = language.messages.document;
  const labels = language.messages.followUp.amendment;
  const whole = [before, after].every((p) => planMeasures(p).every(({ measure: m }) => Number.isInteger(m.cost.total) && (m.cost.sources ?? []).every((s) => Number.isInteger(s.amount))));
  const fmt = createFormat(language.locale, after.currency, doc, whole);
  const ctx: Ctx = { fmt, labels, doc, texts: language.messages.catalogue };
  const version = (p: Plan) => fill(labels.versionText, { version: p.plan.version ?? '–', status: doc[STATUS_LABEL[p.plan.status]] });
  const periodOf = (p: { from: number; to: number }) => fmt.period(p.from, p.to);
  const { period } = diff;
  const periodText = period
    ? fill(period.after.from === period.before.from && period.after.to > period.before.to ? labels.periodExtended : labels.periodChanged, { before: periodOf(period.before), after: periodOf(period.after) })
    : fill(labels.periodSame, { period: periodOf(after.plan.period) });
  const money = (v: number) => fmt.money(v).text;
  const change = (b: number, a: number) => (a === b ? '' : `${a > b ? '+' : '−'}${money(Math.abs(a - b))}`);
  const amountRow = (field: string, b: number, a: number): AmountRow => ({ field, before: money(b), after: money(a), change: change(b, a) });
  const sourceLabel = (type: string) => doc[SOURCE_LABEL.find(([t]) => t === type)?.[1] ?? 'sourceOther'];
  const { total } = diff.budget;

  return {
    language: after.language,
    locale: language.locale,
    labels,
    documentLabels: doc,
    meta: {
      title: fill(labels.title, { plan: after.plan.title }),
      municipality: after.municipality.name,
      date: documentDate(after, options.date),
      beforeText: version(before),
      afterText: version(after),
    },
    intro: diff.changed ? labels.intro : labels.noChanges,
    changed: diff.changed,
    periodText,
    added: diff.measures.added.map((m) => measureText(ctx, m)),
    removed: diff.measures.removed.map((m) => measureText(ctx, m)),
    changedMeasures: diff.measures.changed.map((c) => ({ number: c.after.number, title: c.after.title, rows: c.fields.map((f) => fieldRow(ctx, f)) })),
    budget: {
      // A currency written with a full stop ("ден.") must not end the sentence with two.
      summary: (total.before === total.after ? fill(labels.budgetSame, { total: money(total.after) }) : fill(labels.budgetChanged, { before: money(total.before), after: money(total.after) })).replace(/\.\.$/, '.'),
      byArea: diff.budget.byArea.map((r) => amountRow(`${areaById(r.key).number}. ${ctx.texts.areas[r.key].title}`, r.before, r.after)),
      bySource: diff.budget.bySource.map((r) => amountRow(sourceLabel(r.key), r.before, r.after)),
      total: amountRow(doc.colTotal, total.before, total.after),
    },
    other: diff.other.map((f) => ({ field: f.field, before: valueText(ctx, f.field, f.before), after: valueText(ctx, f.field, f.after) })),
    decision: buildDecision(ctx, diff, before, after),
  };
}

function measureText(ctx: Ctx, m: MeasureRef): AmendmentMeasure {
  const { fmt } = ctx;
  return { number: m.number, title: m.title, lead: m.lead, periodText: fmt.range(fmt.yearOrQuarter(m.start), fmt.yearOrQuarter(m.end)), costText: fmt.money(m.cost).text };
}

const MEASURE_FIELD: Record<string, (c: Ctx) => string> = {
  title: (c) => c.labels.fieldTitle,
  description: (c) => c.labels.fieldDescription,
  lead: (c) => c.doc.colLead,
  partners: (c) => c.doc.colPartners,
  start: (c) => c.doc.colStart,
  end: (c) => c.doc.colEnd,
  goals: (c) => c.doc.measureGoals,
  euObjectives: (c) => c.doc.measureEuObjectives,
  practice: (c) => c.doc.measurePractice,
  'cost.total': (c) => c.labels.fieldTotalCost,
  'cost.sources': (c) => c.doc.colFundingSource,
  'beneficiaries.total': (c) => `${c.doc.measureBeneficiaries}: ${c.doc.beneficiariesTotal}`,
  'beneficiaries.romaWomen': (c) => `${c.doc.measureBeneficiaries}: ${c.doc.beneficiariesRomaWomen}`,
  'beneficiaries.romaMen': (c) => `${c.doc.measureBeneficiaries}: ${c.doc.beneficiariesRomaMen}`,
  risks: (c) => c.doc.measureRisks,
  unit: (c) => c.doc.colUnit,
  baseline: (c) => c.doc.colBaseline,
  baselineYear: (c) => c.labels.fieldBaselineYear,
  target: (c) => c.doc.colTarget,
  targetYear: (c) => c.labels.fieldTargetYear,
  verification: (c) => c.doc.colVerification,
  disaggregation: (c) => c.doc.colDisaggregation,
};

/** The label of a measure field in the document's language; an unknown field keeps its path. */
export function fieldLabel(ctx: Ctx, f: FieldChange): string {
  const name = MEASURE_FIELD[f.field]?.(ctx) ?? f.field;
  if (f.indicator === undefined) return name;
  if (f.field === 'indicators') return fill(f.before === undefined ? ctx.labels.indicatorAdded : ctx.labels.indicatorRemoved, { name: f.indicator });
  return fill(ctx.labels.indicatorField, { name: f.indicator, field: name });
}

function fieldRow(ctx: Ctx, f: FieldChange): AmendmentRow {
  return { field: fieldLabel(ctx, f), before: valueText(ctx, f.field, f.before), after: valueText(ctx, f.field, f.after) };
}

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** A plan value as the council reads it: money as money, goals by title, quarters in words. */
export function valueText(ctx: Ctx, field: string, value: unknown): string {
  const { fmt, texts, doc } = ctx;
  if (value === undefined || value === null || value === '') return ctx.labels.absent;
  const leaf = field.split('.').at(-1) ?? field;
  if (typeof value === 'number' && (leaf === 'total' || leaf === 'amount') && field.includes('cost')) return fmt.money(value).text;
  if ((leaf === 'start' || leaf === 'end') && (typeof value === 'number' || typeof value === 'string')) return fmt.yearOrQuarter(value);
  if (leaf === 'goals' && Array.isArray(value)) return value.map((g) => texts.goals[g as keyof CatalogueTexts['goals']]?.title ?? String(g)).join('; ');
  if (leaf === 'euObjectives' && Array.isArray(value)) return value.map((e) => texts.eu[e as keyof CatalogueTexts['eu']] ?? String(e)).join('; ');
  if (leaf === 'practice' && typeof value === 'string') return texts.practices?.[value]?.title ?? practiceById(value)?.title ?? value;
  if (leaf === 'sources' && Array.isArray(value)) {
    return value
      .filter(isRecord)
      .map((s) => `${doc[SOURCE_LABEL.find(([t]) => t === s['type'])?.[1] ?? 'sourceOther']}${typeof s['name'] === 'string' ? ` (${s['name']})` : ''} ${fmt.money(Number(s['amount'])).text}`)
      .join('; ');
  }
  if (field === 'indicators' && isRecord(value)) return `${valueText(ctx, 'baseline', value['baseline'])} → ${valueText(ctx, 'target', value['target'])} ${String(value['unit'] ?? '')}`.trim();
  if (typeof value === 'number') return Number.isInteger(value) && value >= 1900 && value <= 2100 && /year$|^from$|^to$|^midTermReview$|^finalEvaluation$/i.test(leaf) ? String(value) : fmt.number(value);
  if (Array.isArray(value)) return value.map((v) => valueText(ctx, '', v)).join('; ');
  if (isRecord(value)) {
    const named = value['title'] ?? value['name'];
    return typeof named === 'string' ? named : JSON.stringify(value);
  }
  return String(value);
}

function buildDecision(ctx: Ctx, diff: PlanDiff, before: Plan, after: Plan): AmendmentView['decision'] {
  const { labels, fmt } = ctx;
  const adoption = before.plan.adoption;
  const body = adoption?.body ?? after.monitoring.reportTo;
  const opening = adoption
    ? fill(labels.decisionAmendsAdopted, { body, plan: before.plan.title, decision: adoption.decision, date: fmt.date(String(adoption.date)) })
    : fill(labels.decisionAmends, { body, plan: before.plan.title });
  const { period } = diff;
  const items = [
    ...(period
      ? [period.after.from === period.before.from && period.after.to > period.before.to ? fill(labels.itemPeriodExtended, { to: period.after.to }) : fill(labels.itemPeriodChanged, { period: fmt.period(period.after.from, period.after.to) })]
      : []),
    ...diff.measures.added.map((m) => fill(labels.itemAdded, { number: m.number, title: m.title, lead: m.lead, cost: fmt.money(m.cost).text })),
    ...diff.measures.removed.map((m) => fill(labels.itemRemoved, { number: m.number, title: m.title })),
    ...diff.measures.changed.map((c) => fill(labels.itemChanged, { number: c.after.number, title: c.after.title, fields: [...new Set(c.fields.map((f) => fieldLabel(ctx, f)))].join(', ') })),
    ...(diff.budget.total.before !== diff.budget.total.after ? [fill(labels.itemBudget, { before: fmt.money(diff.budget.total.before).text, after: fmt.money(diff.budget.total.after).text })] : []),
    ...(diff.other.length > 0 ? [labels.itemOther] : []),
  ];
  return {
    title: labels.decisionTitle,
    opening,
    items,
    annex: labels.decisionAnnex,
    placeDate: fill(ctx.doc.decisionPlaceDate, { municipality: after.municipality.name, date: ctx.doc.decisionDateBlank }),
  };
}
