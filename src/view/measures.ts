import { areaById, goalById, practiceById, targetById, type AreaId } from '../catalogue/index.js';
import type { Indicator, Measure } from '../plan/types.js';
import type { ViewContext } from './context.js';
import { buildRisk, CROSS_CUTTING_LABEL, FRAMEWORK_LABEL, FUNDING_STATUS_LABEL, INDICATOR_FREQUENCY_LABEL } from './content-labels.js';
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
      ...(s.status !== undefined ? { status: s.status, statusText: ctx.content.labels[FUNDING_STATUS_LABEL[s.status]] } : {}),
    })),
    fundingStated: (m.cost.sources ?? []).some((s) => s.status !== undefined),
    costBySource: SOURCE_LABEL.flatMap(([type]) => {
      const of = (m.cost.sources ?? []).filter((s) => s.type === type);
      return of.length === 0 ? [] : [{ type, amount: fmt.money(of.reduce((sum, s) => sum + s.amount, 0)) }];
    }),
    indicators: m.indicators.map((i) => buildIndicator(ctx, i, number, 'output')),
    ...(beneficiaries ? { beneficiaries } : {}),
    risks: (m.risks ?? []).map((r) => buildRisk(ctx, r)),
    crossCutting: (m.crossCutting ?? []).map((id) => ({ id, title: ctx.content.labels[CROSS_CUTTING_LABEL[id]] })),
    ...(m.sustainability !== undefined ? { sustainability: m.sustainability } : {}),
  };
}

/**
 * One indicator, of a measure or (with `fallback` 'outcome') of an objective: `measureNumber` is
 * the number of what it belongs to. Its level is the plan's, else the default of where it stands.
 */
export function buildIndicator(ctx: ViewContext, i: Indicator, measureNumber: string, fallback: 'output' | 'outcome'): IndicatorView {
  const { fmt, labels } = ctx;
  const l = ctx.content.labels;
  const level = i.level ?? fallback;
  const disaggregation = (i.disaggregation ?? []).map((d) => labels[DISAGGREGATION_LABEL[d]]);
  const frequencyText = i.frequency === undefined ? undefined : l[INDICATOR_FREQUENCY_LABEL[i.frequency]];
  const collection = [i.collectedBy === undefined ? '' : `${l.indicatorCollectedBy}: ${i.collectedBy}`, frequencyText === undefined ? '' : `${l.indicatorFrequency}: ${frequencyText}`].filter((x) => x !== '');
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
    level,
    levelText: l[level === 'outcome' ? 'levelOutcome' : 'levelOutput'],
    ...(i.collectedBy !== undefined ? { collectedBy: i.collectedBy } : {}),
    ...(frequencyText !== undefined ? { frequencyText } : {}),
    ...(collection.length > 0 ? { collectionText: collection.join('; ') } : {}),
    contributesTo: (i.contributesTo ?? []).flatMap((id) => {
      const target = targetById(id);
      return target ? [{ id: target.id, title: ctx.content.targets[target.id], frameworkText: l[FRAMEWORK_LABEL[target.framework]] }] : [];
    }),
  };
}

/** Joins a short phrase with no-break spaces so that no line ends inside it. */
const unbroken = (text: string): string => text.replace(/ /g, '\u00a0');
