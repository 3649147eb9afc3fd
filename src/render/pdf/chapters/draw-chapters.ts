import type { ChapterRef } from '../../../view/types.js';
import { drawAnnexes } from './annexes.js';
import { drawArea, drawNotCovered } from './area.js';
import { drawBudget } from './budget.js';
import { drawChapter, type ChapterPart, type Ctx } from './context.js';
import { drawCoverage } from './coverage.js';
import { drawGoals } from './goals.js';
import { drawImplementation } from './implementation.js';
import { drawIntroduction } from './introduction.js';
import { drawMonitoring } from './monitoring.js';
import { drawMunicipality } from './municipality.js';
import { drawMethod } from './participation.js';
import { drawCrossCutting, drawRisks, drawTargets } from './reviewer.js';
import { drawTimeline } from './timeline.js';

type ChapterDrawer = (ctx: Ctx, part: ChapterPart) => void;

/** The chapter ids of src/view/chapters.ts and what draws each; area chapters are `area-<id>`. */
const DRAWERS: Readonly<Record<string, ChapterDrawer>> = {
  introduction: drawIntroduction,
  method: drawMethod,
  municipality: drawMunicipality,
  goals: drawGoals,
  'cross-cutting': drawCrossCutting,
  budget: drawBudget,
  coverage: drawCoverage,
  targets: drawTargets,
  timeline: drawTimeline,
  implementation: drawImplementation,
  risks: drawRisks,
  monitoring: drawMonitoring,
  annexes: drawAnnexes,
  'not-covered': drawNotCovered,
};

/** Splits `view.chapters` into chapters with their sections. */
export function chapterParts(chapters: readonly ChapterRef[]): ChapterPart[] {
  const parts: ChapterPart[] = [];
  for (const ref of chapters) {
    const last = parts[parts.length - 1];
    if (ref.level === 2 && last) last.sections.push(ref);
    else parts.push({ chapter: ref, sections: [] });
  }
  return parts;
}

/**
 * Draws every chapter in the order of `view.chapters` (the contents is drawn by the caller). A
 * chapter the renderer does not know still gets its heading and bookmark, so nothing points nowhere.
 */
export function drawChapters(ctx: Ctx, parts: readonly ChapterPart[]): void {
  for (const part of parts) {
    const id = part.chapter.id;
    const area = id.startsWith('area-') ? ctx.view.areas.find((a) => `area-${a.id}` === id) : undefined;
    if (area) drawArea(ctx, part, area);
    else if (DRAWERS[id]) DRAWERS[id](ctx, part);
    else if (id !== 'contents') drawChapter(ctx, part, []);
  }
}
