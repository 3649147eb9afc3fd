import { CROSS_CUTTING_IDS } from '../catalogue/types.js';
import type { ViewContext } from './context.js';
import { CROSS_CUTTING_LABEL } from './content-labels.js';
import type { AreaView, View } from './types.js';

/**
 * The four cross-cutting commitments with the plan's statement and the numbers of the measures
 * tagged with each. A plan that neither states nor tags any gets none, and no chapter; once it
 * uses one, all four are listed, so that a reviewer sees the commitments it leaves open.
 */
export function buildCrossCutting(ctx: ViewContext, areas: readonly AreaView[]): View['crossCutting'] {
  const l = ctx.content.labels;
  const stated = ctx.plan.crossCutting ?? {};
  const measures = areas.flatMap((a) => a.objectives.flatMap((o) => o.measures));
  const used = Object.keys(stated).length > 0 || measures.some((m) => m.crossCutting.length > 0);
  if (!used) return [];
  return CROSS_CUTTING_IDS.map((id) => {
    const numbers = measures.filter((m) => m.crossCutting.some((c) => c.id === id)).map((m) => m.number);
    const statement = stated[id]?.statement;
    return {
      id,
      title: l[CROSS_CUTTING_LABEL[id]],
      ...(statement !== undefined ? { statement } : {}),
      measureNumbers: numbers,
      measuresText: numbers.length > 0 ? numbers.join(', ') : l.crossCuttingNoMeasure,
    };
  });
}
