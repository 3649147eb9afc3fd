import type { View } from '../../view/types.js';
import { packDocx } from './pack-docx.js';

export interface RenderDocxOptions {
  /** Document date, YYYY-MM-DD, for the document's creation and modification dates; defaults to view.meta.date. */
  date?: string;
}

/**
 * Renders the view as a Word document for the council office: Word's own styles (Title, Heading
 * 1–3) so that the navigation pane and the contents field work, tables whose header rows repeat
 * on every page and whose rows do not split, the action matrices in landscape sections, a running
 * header, "page X of Y", the budget chart and the timeline as pictures with alternative text,
 * document properties, and every run marked with the plan's language. The same view and date give
 * the same bytes.
 */
export async function renderDocx(view: View, options: RenderDocxOptions = {}): Promise<Uint8Array> {
  // docx is large: load it only when a Word document is asked for.
  const [{ buildDocx }, { planPictures }] = await Promise.all([import('./build-docx.js'), import('./pictures.js')]);
  const pictures = await planPictures(view);
  const m = view.meta;
  return packDocx(() => buildDocx(view, pictures), { title: m.title, subject: m.subject, author: m.author, keywords: m.keywords, description: `${m.subject}, ${m.period.text}`, language: view.language }, options.date ?? m.date);
}
