import type { ChapterRef, View } from '../../view/types.js';
import { area } from './areas.js';
import { annexes, budget, coverage, implementation, monitoring, timeline } from './back.js';
import { createCtx, heading, type Ctx } from './context.js';
import { contents, cover, goals, introduction, method, municipality } from './front.js';
import { crossCutting, risks, targets } from './reviewer.js';
import { esc } from './markup.js';
import { htmlPage } from './page.js';

// Options are reserved for what a caller may later choose (a stylesheet of its own); none yet.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface RenderHtmlOptions {}

type Chapter = (ctx: Ctx) => string;

/** The chapter ids of src/view/chapters.ts and what writes each; area chapters are `area-<id>`. */
const CHAPTERS: Readonly<Record<string, Chapter>> = {
  introduction,
  method,
  municipality,
  goals,
  'cross-cutting': crossCutting,
  budget,
  coverage,
  targets,
  timeline,
  implementation,
  risks,
  monitoring,
  annexes,
};

/**
 * Renders the view as one self-contained web page for a municipality's website: no scripts, no
 * external requests, the charts as inline SVG with a title and description, a stylesheet for
 * phones, desktops and print, and `lang` set to the plan's language. All user text is escaped. The
 * same view gives the same string.
 */
export function renderHtml(view: View, _options: RenderHtmlOptions = {}): string {
  const ctx = createCtx(view);
  const m = view.meta;
  const body: string[] = [];
  let nav = '';
  for (const ref of view.chapters) {
    // Chapters, and the areas gathered under "Areas this plan does not cover" (sections of it).
    if (ref.level !== 1 && !ref.id.startsWith('area-')) continue;
    if (ref.id === 'contents') nav = contents(ctx, ref);
    else body.push(chapter(ctx, ref));
  }
  return htmlPage(
    { lang: view.language, title: `${m.title} – ${m.municipality}`, author: m.author, description: `${m.subject}, ${m.period.text}`, keywords: m.keywords, date: m.date },
    `${cover(ctx)}
${nav}
<main>
${body.join('\n')}
</main>
<footer><p>${esc(`${m.title} · ${m.municipality} · ${m.statusText} · ${m.dateText}`)}</p></footer>`,
  );
}

function chapter(ctx: Ctx, ref: ChapterRef): string {
  const a = ref.id.startsWith('area-') ? ctx.view.areas.find((x) => `area-${x.id}` === ref.id) : undefined;
  const content = a ? area(ctx, a) : (CHAPTERS[ref.id]?.(ctx) ?? '');
  return `<section aria-labelledby="${esc(ref.id)}">\n${heading(ref)}\n${content}\n</section>`;
}
