import { fill, messagesFor } from '../i18n/index.js';
import type { SheetTexts } from '../i18n/sheets-en.js';
import type { Plan } from '../plan/types.js';
import { planMeasures, type PlanMeasure } from '../progress/plan-measures.js';
import { MEASURE_STATUSES, type MeasureStatus } from '../progress/types.js';
import { STATUS_LABEL } from '../report/report-texts.js';
import { documentLanguage, SOURCE_LABEL } from '../view/labels.js';

/**
 * What a cell holds, which decides how it is protected, validated and read back:
 * `key` cells identify the row and are locked; the others are filled in by the institution.
 */
export type ColumnKind = 'key' | 'info' | 'infoNumber' | 'status' | 'text' | 'amount' | 'whole' | 'number' | 'date';

export interface SheetColumn {
  /** Stable name of the column, written in a hidden row so that collect finds it (e.g. 'spent:eu'). */
  key: string;
  header: string;
  kind: ColumnKind;
  width: number;
}

export interface SheetRow {
  /** The measure as the progress file names it: its id, else its number. */
  ref: string;
  /** Values of the locked cells, by column key. */
  values: Record<string, string | number>;
  /** Input columns that stay locked (grey) in this row: sources that do not fund the measure. */
  closed: string[];
}

/** One institution's workbook: its measures and their indicators. */
export interface InstitutionSheets {
  lead: string;
  /** `01-city-office-education.xlsx`: numbered so that two leads never share a name. */
  fileName: string;
  measures: { columns: SheetColumn[]; rows: SheetRow[] };
  indicators: { columns: SheetColumn[]; rows: SheetRow[] };
}

export interface SheetsLayout {
  year: number;
  locale: string;
  texts: SheetTexts;
  planTitle: string;
  currency: string;
  /** The status labels of the drop-down, in the order of MEASURE_STATUSES. */
  statusLabels: { status: MeasureStatus; label: string }[];
  institutions: InstitutionSheets[];
}

/** The funding sources of a measure as column keys: 'spent:municipal', 'spent:donor:OSCE'. */
export const spentKey = (type: string, name?: string): string => (name ? `spent:${type}:${name}` : `spent:${type}`);

/**
 * Lays out the progress sheets of a year: one workbook per lead institution (measures grouped by
 * their `lead` as written), its measure rows and indicator rows, and every header in the plan's
 * language. Data only: write-workbook turns it into XLSX, and collect reads the same keys back.
 */
export function sheetsLayout(plan: Plan, year: number): SheetsLayout {
  const { locale, messages } = documentLanguage(plan.language);
  const texts = messages.followUp.sheets;
  const report = messages.followUp.report;
  const doc = messages.document;
  const currency = plan.currency;
  const byLead = new Map<string, PlanMeasure[]>();
  for (const m of planMeasures(plan)) byLead.set(m.measure.lead, [...(byLead.get(m.measure.lead) ?? []), m]);
  const sourceLabel = (type: string) => doc[SOURCE_LABEL.find(([t]) => t === type)?.[1] ?? 'sourceOther'];
  const institutions = [...byLead.entries()].map(([lead, measures], i): InstitutionSheets => {
    const sources = new Map<string, string>();
    for (const { measure } of measures) for (const s of measure.cost.sources ?? []) sources.set(spentKey(s.type, s.name), s.name ? `${sourceLabel(s.type)} (${s.name})` : sourceLabel(s.type));
    const ordered = [...sources.entries()].sort(([a], [b]) => sourceRank(a) - sourceRank(b));
    const measureColumns: SheetColumn[] = [
      { key: 'ref', header: texts.colCode, kind: 'key', width: 12 },
      { key: 'number', header: report.colNumber, kind: 'info', width: 8 },
      { key: 'title', header: report.colMeasure, kind: 'info', width: 40 },
      { key: 'status', header: report.colStatus, kind: 'status', width: 18 },
      { key: 'implemented', header: texts.colImplemented, kind: 'text', width: 40 },
      { key: 'planned', header: fill(texts.colPlannedCost, { currency }), kind: 'infoNumber', width: 16 },
      ...ordered.map(([key, label]): SheetColumn => ({ key, header: fill(texts.colSpent, { year, source: label, currency }), kind: 'amount', width: 16 })),
      { key: 'reached.total', header: texts.colReachedTotal, kind: 'whole', width: 12 },
      { key: 'reached.roma', header: texts.colReachedRoma, kind: 'whole', width: 10 },
      { key: 'reached.women', header: texts.colReachedWomen, kind: 'whole', width: 10 },
      { key: 'reached.children', header: texts.colReachedChildren, kind: 'whole', width: 10 },
      { key: 'deviation', header: report.colDeviation, kind: 'text', width: 30 },
      { key: 'correctiveAction', header: report.colCorrective, kind: 'text', width: 30 },
    ];
    const indicatorColumns: SheetColumn[] = [
      { key: 'ref', header: texts.colCode, kind: 'key', width: 12 },
      { key: 'number', header: report.colNumber, kind: 'info', width: 8 },
      { key: 'indicator', header: texts.colIndicatorNo, kind: 'key', width: 8 },
      { key: 'name', header: report.colIndicator, kind: 'info', width: 40 },
      { key: 'unit', header: texts.colUnit, kind: 'info', width: 10 },
      { key: 'baseline', header: report.colBaseline, kind: 'infoNumber', width: 10 },
      { key: 'baselineYear', header: texts.colBaselineYear, kind: 'info', width: 10 },
      { key: 'value', header: fill(texts.colValue, { year }), kind: 'number', width: 16 },
      { key: 'target', header: report.colTarget, kind: 'infoNumber', width: 10 },
      { key: 'targetYear', header: texts.colTargetYear, kind: 'info', width: 10 },
      { key: 'date', header: texts.colDate, kind: 'date', width: 16 },
      { key: 'source', header: texts.colSource, kind: 'text', width: 30 },
    ];
    const refOf = (m: PlanMeasure) => m.id ?? m.number;
    return {
      lead,
      fileName: `${String(i + 1).padStart(2, '0')}-${slug(lead)}.xlsx`,
      measures: {
        columns: measureColumns,
        rows: measures.map((m) => {
          const own = new Set((m.measure.cost.sources ?? []).map((s) => spentKey(s.type, s.name)));
          return { ref: refOf(m), values: { ref: refOf(m), number: m.number, title: m.measure.title, planned: m.measure.cost.total }, closed: ordered.map(([k]) => k).filter((k) => !own.has(k)) };
        }),
      },
      indicators: {
        columns: indicatorColumns,
        rows: measures.flatMap((m) =>
          m.measure.indicators.map((ind, n) => ({
            ref: refOf(m),
            values: { ref: refOf(m), number: m.number, indicator: n + 1, name: ind.name, unit: ind.unit, baseline: ind.baseline, baselineYear: ind.baselineYear ?? '', target: ind.target, targetYear: ind.targetYear ?? '' },
            closed: [],
          })),
        ),
      },
    };
  });
  return {
    year,
    locale,
    texts,
    planTitle: plan.plan.title,
    currency,
    statusLabels: MEASURE_STATUSES.map((status) => ({ status, label: messagesFor(locale).followUp.report[STATUS_LABEL[status]] })),
    institutions,
  };
}

const SOURCE_ORDER = ['municipal', 'national', 'eu', 'donor', 'private', 'other'];
const sourceRank = (key: string): number => SOURCE_ORDER.indexOf(key.split(':')[1] ?? '');

/** Cyrillic letters of the plan languages (Serbian, Macedonian, Bulgarian) in Latin, for file names. */
const CYRILLIC: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', ђ: 'dj', ѓ: 'gj', е: 'e', ж: 'zh', з: 'z', ѕ: 'dz', и: 'i', й: 'y', ј: 'j', к: 'k', л: 'l', љ: 'lj', м: 'm', н: 'n', њ: 'nj', о: 'o', п: 'p', р: 'r', с: 's', т: 't', ћ: 'c', ќ: 'kj', у: 'u', ф: 'f', х: 'h', ц: 'c', ч: 'ch', џ: 'dz', ш: 'sh', щ: 'sht', ъ: 'a', ь: 'y', ю: 'yu', я: 'ya',
};

/** A file-name part from an institution's name: ASCII letters and digits, at most 40 characters. */
export function slug(name: string): string {
  const ascii = name
    .toLowerCase()
    .replace(/[\u0400-\u04ff]/g, (c) => CYRILLIC[c] ?? '')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return ascii === '' ? 'institution' : ascii;
}
