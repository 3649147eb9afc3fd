import { targetById } from '../catalogue/index.js';
import type { AreaView, IndicatorView, View } from './types.js';
import type { ViewContext } from './context.js';
import { FRAMEWORK_LABEL } from './content-labels.js';

/**
 * The plan's contribution to the EU 2030 and Poznan targets: each indicator that names a target,
 * outcome indicators of the objectives first within each objective, then its measures' indicators,
 * with its local baseline and target; and the sources of the targets shown, each once.
 */
export function buildTargets(ctx: ViewContext, areas: readonly AreaView[]): View['targets'] {
  const indicators: IndicatorView[] = areas.flatMap((a) => a.objectives.flatMap((o) => [...o.indicators, ...o.measures.flatMap((m) => m.indicators)]));
  const withYear = (text: string, year: number | undefined): string => (year === undefined ? text : `${text} (${year})`);
  const rows = indicators.flatMap((i) =>
    i.contributesTo.map((t) => ({
      number: i.measureNumber,
      indicator: i.name,
      unit: i.unit,
      baselineText: withYear(i.baselineText, i.baselineYear),
      targetText: withYear(i.targetText, i.targetYear),
      targetId: t.id,
      targetTitle: t.title,
      frameworkText: t.frameworkText,
    })),
  );
  const sources = new Map<string, string>();
  for (const row of rows) {
    const target = targetById(row.targetId);
    if (!target || sources.has(target.framework)) continue;
    const source = target.source.publisher ? `${target.source.title} (${target.source.publisher})` : target.source.title;
    sources.set(target.framework, `${ctx.content.labels[FRAMEWORK_LABEL[target.framework]]}: ${source}`);
  }
  return { rows, sources: [...sources.values()] };
}
