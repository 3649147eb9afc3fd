import { GOAL_IDS, goalById } from '../catalogue/index.js';
import { t } from '../i18n/messages.js';
import type { ViewContext } from './context.js';
import { PRIORITY_LABEL } from './labels.js';
import type { AreaView, View } from './types.js';

/**
 * The 7 x 10 matrix of priority areas against policy goals: each cell counts the measures of the
 * area that serve the goal. A goal no measure serves is a gap a reviewer will ask about.
 */
export function buildCoverage(ctx: ViewContext, areas: readonly AreaView[]): View['coverage'] {
  const { texts } = ctx;
  const goals = GOAL_IDS.map((id) => ({ id, number: goalById(id).number, short: texts.goals[id].short }));
  const rows = areas.map((a) => {
    const measures = a.objectives.flatMap((o) => o.measures);
    return {
      id: a.id,
      number: a.number,
      short: texts.areas[a.id].short,
      applicable: a.applicable,
      cells: goals.map((g) => measures.filter((m) => m.goals.some((mg) => mg.id === g.id)).length),
    };
  });
  const gaps = goals
    .filter((_, gi) => rows.every((r) => r.cells[gi] === 0))
    .map((g) => ({ id: g.id, number: g.number, title: texts.goals[g.id].title }));
  return { goals, rows, gaps };
}

/** The ten policy goals: the plan's priority and statement for each, and the measures serving it. */
export function buildGoals(ctx: ViewContext, areas: readonly AreaView[]): View['goals'] {
  const { plan, labels, texts } = ctx;
  const measures = areas.flatMap((a) => a.objectives.flatMap((o) => o.measures));
  return GOAL_IDS.map((id) => {
    const own = plan.goals?.[id];
    const measureNumbers = measures.filter((m) => m.goals.some((g) => g.id === id)).map((m) => m.number);
    // A goal that measures serve but the plan gives no priority is not "not addressed": say that
    // no priority is set (validation warns about it: GOAL_NOT_PRIORITISED).
    const priorityText = own ? labels[PRIORITY_LABEL[own.priority]] : measureNumbers.length > 0 ? t(ctx.fmt.locale, 'review.noPriority', {}) : undefined;
    return {
      id,
      number: goalById(id).number,
      title: texts.goals[id].title,
      pursued: own !== undefined,
      ...(own ? { priority: own.priority } : {}),
      ...(priorityText !== undefined ? { priorityText } : {}),
      ...(own?.statement !== undefined ? { statement: own.statement } : {}),
      measureNumbers,
    };
  });
}
