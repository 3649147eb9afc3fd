import { areaById, goalById, practiceById, type AreaId } from '../catalogue/index.js';
import type { Indicator, Measure } from '../plan/types.js';
import type { ViewContext } from './context.js';
import { DISAGGREGATION_LABEL, SOURCE_LABEL } from './labels.js';
import type { IndicatorView, MeasureView } from './types.js';

/** One measure, ready to show: `number` is its place in the plan, e.g. '5.1.2'. */
export function buildMeasure(ctx: ViewContext, areaId: AreaId, m: Measure, number: string): MeasureView {
  const { fmt, labels, texts } = ctx;
  const start = fmt.yearOrQuarter(m.start);
  const end = fmt.yearOrQuarter(m.end);
  const practice = m.practice === undefined ? undefined : practiceById(m.practice);
  const sourceLabels = new Map(SOURCE_LABEL);
  const b = m.beneficiaries;
  const beneficiaries =
    b && (b.total !== undefined || b.romaWomen !== undefined || b.romaMen !== undefined)
      ? {
          ...(b.total !== undefined ? { totalText: fmt.number(b.total) } : {}),
          ...(b.romaWomen !== undefined ? { romaWomenText: fmt.number(b.romaWomen) } : {}),
          ...(b.romaMen !== undefined ? { romaMenText: fmt.number(b.romaMen) } : {}),
        }
      : undefined;
  return {
    number,
    ...(m.id !== undefined ? { id: m.id } : {}),
    title: m.title,
    ...(m.description !== undefined ? { description: m.description } : {}),
    ...(practice
      ? {
          practice: {
            id: practice.id,
            // Practice names may stay untranslated: English from the catalogue is the fallback.
            title: texts.practices?.[practice.id]?.title ?? practice.title,
            source: practice.source.publisher ? `${practice.source.title} (${practice.source.publisher})` : practice.source.title,
          },
        }
      : {}),
    lead: m.lead,
    partners: m.partners ?? [],
    start: String(m.start),
    end: String(m.end),
    // An end of the period is never broken inside ("Q3 2026"), only after the dash.
    periodText: fmt.range(unbroken(start), unbroken(end)),
    goals: m.goals.map((id) => ({ id, number: goalById(id).number, short: texts.goals[id].short })),
    // A measure without its own EU objectives serves its area's default ones (plan format).
    euObjectives: (m.euObjectives ?? areaById(areaId).euObjectives).map((id) => ({ id, title: texts.eu[id] })),
    cost: fmt.money(m.cost.total),
    sources: (m.cost.sources ?? []).map((s) => ({
      type: s.type,
      label: labels[sourceLabels.get(s.type) ?? 'sourceOther'],
      ...(s.name !== undefined ? { name: s.name } : {}),
      amount: fmt.money(s.amount),
    })),
    costBySource: SOURCE_LABEL.flatMap(([type]) => {
      const of = (m.cost.sources ?? []).filter((s) => s.type === type);
      return of.length === 0 ? [] : [{ type, amount: fmt.money(of.reduce((sum, s) => sum + s.amount, 0)) }];
    }),
    indicators: m.indicators.map((i) => buildIndicator(ctx, i, number)),
    ...(beneficiaries ? { beneficiaries } : {}),
    risks: (m.risks ?? []).map((r) => (typeof r === 'string' ? r : r.risk)),
  };
}

function buildIndicator(ctx: ViewContext, i: Indicator, measureNumber: string): IndicatorView {
  const { fmt, labels } = ctx;
  const disaggregation = (i.disaggregation ?? []).map((d) => labels[DISAGGREGATION_LABEL[d]]);
  return {
    measureNumber,
    name: i.name,
    unit: i.unit,
    baseline: i.baseline,
    baselineText: fmt.number(i.baseline),
    ...(i.baselineYear !== undefined ? { baselineYear: i.baselineYear } : {}),
    target: i.target,
    targetText: fmt.number(i.target),
    ...(i.targetYear !== undefined ? { targetYear: i.targetYear } : {}),
    verification: i.verification,
    ...(disaggregation.length > 0 ? { disaggregationText: disaggregation.join(', ') } : {}),
  };
}

/** Joins a short phrase with no-break spaces so that no line ends inside it. */
const unbroken = (text: string): string => text.replace(/ /g, '\u00a0');
