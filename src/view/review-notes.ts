import { AREA_IDS, GOAL_IDS, areaById, goalById } from '../catalogue/index.js';
import type { AreaId, GoalId } from '../catalogue/types.js';
import { formatMessage } from '../i18n/messages.js';
import type { Issue } from '../plan/issue.js';
import { fieldLabel, localizeIssues } from '../plan/issue-text.js';
import type { ViewContext } from './context.js';
import type { ReviewNote } from './types.js';

/**
 * The notes for reviewers: the warnings of the checks, worded in the document's language, each
 * with the place it concerns as a reader names it (measure 5.1.2, area 3 Health, a policy goal,
 * a field by its label), never as a path in the file.
 */
export function buildReviewNotes(ctx: ViewContext, warnings: readonly Issue[]): ReviewNote[] {
  return localizeIssues(warnings, ctx.fmt.locale).map((w) => ({ ...w, where: placeOf(ctx, w.path) }));
}

/** Whether the document itself carries the notes: only while the plan is discussed, unless asked. */
export const documentShowsNotes = (status: string, asked: boolean | undefined): boolean => asked ?? (status === 'draft' || status === 'consultation');

function placeOf(ctx: ViewContext, path: string): string {
  const measure = /^areas\.([\w-]+)\.objectives\[(\d+)\](?:\.measures\[(\d+)\])?/.exec(path);
  const area = /^areas\.([\w-]+)/.exec(path);
  const goal = /^goals\.([\w-]+)/.exec(path);
  if (measure && (AREA_IDS as readonly string[]).includes(measure[1]!)) {
    const n = `${areaById(measure[1] as AreaId).number}.${Number(measure[2]) + 1}`;
    return measure[3] === undefined ? n : `${n}.${Number(measure[3]) + 1}`;
  }
  if (area && (AREA_IDS as readonly string[]).includes(area[1]!)) return `${areaById(area[1] as AreaId).number}. ${ctx.texts.areas[area[1] as AreaId].short}`;
  if (goal && (GOAL_IDS as readonly string[]).includes(goal[1]!)) return `${goalById(goal[1] as GoalId).number}. ${ctx.texts.goals[goal[1] as GoalId].short}`;
  if (path === '' || path === 'areas') return ctx.labels.none;
  const names = path.replace(/\[\d+\]/g, '').split('.');
  const label = fieldLabel(names.slice(-2).join('.'), ctx.fmt.locale);
  return label === names.at(-1) ? formatMessage(ctx.fmt.locale, 'field.whole') : capitalise(label, ctx.fmt.locale);
}

const capitalise = (s: string, locale: string): string => s.charAt(0).toLocaleUpperCase(locale) + s.slice(1);
