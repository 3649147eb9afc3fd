import { AREA_IDS, areaById, EU_OBJECTIVE_IDS } from '../catalogue/index.js';
import { fill } from '../i18n/index.js';
import type { ViewContext } from './context.js';
import { buildIndicator, buildMeasure } from './measures.js';
import type { AreaView } from './types.js';

/**
 * The seven priority areas in catalogue order, with hierarchical numbers: area 5, its objectives
 * 5.1, 5.2, their measures 5.1.1, 5.1.2. The area number is the catalogue's, so a measure keeps its
 * number whatever the other areas contain, and 5.x.y is always about education.
 */
export function buildAreas(ctx: ViewContext): AreaView[] {
  const { plan, fmt, texts } = ctx;
  return AREA_IDS.map((id) => {
    const area = plan.areas[id];
    const number = areaById(id).number;
    const objectives = (area.objectives ?? []).map((o, oi) => {
      const objectiveNumber = `${number}.${oi + 1}`;
      return {
        number: objectiveNumber,
        ...(o.id !== undefined ? { id: o.id } : {}),
        title: o.title,
        indicators: (o.indicators ?? []).map((i) => buildIndicator(ctx, i, objectiveNumber, 'outcome')),
        measures: o.measures.map((m, mi) => buildMeasure(ctx, id, m, `${objectiveNumber}.${mi + 1}`)),
      };
    });
    const measures = objectives.flatMap((o) => o.measures);
    const served = new Set(measures.flatMap((m) => m.euObjectives.map((e) => e.id)));
    return {
      id,
      number,
      title: texts.areas[id].title,
      applicable: area.applicable,
      ...(area.reason !== undefined ? { reason: area.reason } : {}),
      ...(area.situation !== undefined ? { situation: area.situation } : {}),
      data: (area.data ?? []).map((d) => ({
        indicator: d.indicator,
        valueText: typeof d.value === 'number' ? fmt.number(d.value) : d.value,
        ...(d.year !== undefined ? { year: d.year } : {}),
        ...(d.source !== undefined ? { source: d.source } : {}),
        ...breakdown(ctx, d),
      })),
      needs: area.needs ?? [],
      euObjectives: EU_OBJECTIVE_IDS.filter((e) => served.has(e)).map((e) => ({ id: e, title: texts.eu[e] })),
      objectives,
      total: fmt.money(measures.reduce((sum, m) => sum + m.cost.value, 0)),
    };
  });
}

/** The sex and age group a figure is about, in words ("women, aged 15-24"); nothing when it has neither. */
function breakdown(ctx: ViewContext, d: { sex?: 'female' | 'male'; ageGroup?: string }): { breakdownText?: string } {
  const l = ctx.content.labels;
  const parts = [d.sex === undefined ? '' : l[d.sex === 'female' ? 'dataFemale' : 'dataMale'], d.ageGroup === undefined ? '' : fill(l.dataAgeGroup, { age: d.ageGroup })].filter((x) => x !== '');
  return parts.length > 0 ? { breakdownText: parts.join(', ') } : {};
}
