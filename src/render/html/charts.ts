import { budgetChart as drawBudget, ganttChart as drawGantt } from '../svg/plan-charts.js';
import type { Ctx } from './context.js';
import { figure } from './figure.js';

/** The budget by area as bars stacked by funding source, with a legend. */
export const budgetChart = (ctx: Ctx): string => figure(drawBudget(ctx.view, ctx.charts, ctx.nextFigure));

/** When each measure runs: one bar per measure over the quarters of the plan period. */
export const ganttChart = (ctx: Ctx): string => figure(drawGantt(ctx.view, ctx.charts, ctx.nextFigure));
