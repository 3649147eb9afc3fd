import type { ContentTexts } from '../i18n/content-en.js';
import type { DocumentLabels } from './format.js';
import type { AreaView, ChapterRef } from './types.js';

/**
 * The document outline, in order: the contents, the PDF bookmarks and every heading's anchor come
 * from here. Only the area chapters carry numbers, and those are the area numbers (5 = education),
 * so that chapter 5, objective 5.1 and measure 5.1.2 always line up. The areas a plan leaves out
 * follow the others as sections of one chapter, keeping their numbers.
 */
export interface ChapterOptions {
  withReview: boolean;
  /** The parts a plan has only when it gives their data. */
  crossCutting?: boolean;
  targets?: boolean;
  risks?: boolean;
  sustainability?: boolean;
  secured?: boolean;
}

export function buildChapters(labels: DocumentLabels & ContentTexts['labels'], areas: readonly AreaView[], options: ChapterOptions): ChapterRef[] {
  const { withReview } = options;
  const chapter = (id: string, title: string, number = ''): ChapterRef => ({ id, number, title, level: 1 });
  const section = (id: string, title: string, number = ''): ChapterRef => ({ id, number, title, level: 2 });
  const notCovered = areas.filter((a) => !a.applicable);
  return [
    chapter('contents', labels.chapterContents),
    chapter('introduction', labels.chapterIntroduction),
    chapter('method', labels.chapterMethod),
    chapter('municipality', labels.chapterMunicipality),
    chapter('goals', labels.chapterGoals),
    // The commitments run through every area, so they follow the goals and come before the areas.
    ...(options.crossCutting ? [chapter('cross-cutting', labels.chapterCrossCutting)] : []),
    ...areas
      .filter((a) => a.applicable)
      .flatMap((a) => [chapter(`area-${a.id}`, a.title, String(a.number)), ...a.objectives.map((o) => section(`objective-${o.number}`, o.title, o.number))]),
    // The areas left out are gathered in one chapter, each a section with its reason.
    ...(notCovered.length > 0 ? [chapter('not-covered', labels.chapterNotCovered), ...notCovered.map((a) => section(`area-${a.id}`, a.title, String(a.number)))] : []),
    chapter('budget', labels.chapterBudget),
    section('budget-by-area', labels.sectionBudgetByArea),
    section('budget-by-year', labels.sectionBudgetByYear),
    section('budget-by-source', labels.sectionBudgetBySource),
    ...(options.secured ? [section('budget-secured', labels.sectionSecuredFunding)] : []),
    chapter('coverage', labels.chapterCoverage),
    ...(options.targets ? [chapter('targets', labels.chapterTargets)] : []),
    chapter('timeline', labels.chapterTimeline),
    chapter('implementation', labels.chapterImplementation),
    ...(options.sustainability ? [section('implementation-sustainability', labels.sectionSustainability)] : []),
    // What could go wrong is read with who implements the plan, before how it is monitored.
    ...(options.risks ? [chapter('risks', labels.chapterRisks)] : []),
    chapter('monitoring', labels.chapterMonitoring),
    chapter('annexes', labels.chapterAnnexes),
    section('annex-indicators', labels.annexIndicators),
    section('annex-participation', labels.annexParticipation),
    section('annex-decision', labels.annexDecision),
    ...(withReview ? [section('annex-review', labels.annexReview)] : []),
  ];
}
