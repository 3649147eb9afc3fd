import type { View } from '../../view/types.js';
import { setZipDates } from '../zip-dates.js';

export interface RenderDocxOptions {
  /** Document date, YYYY-MM-DD, for the document's creation and modification dates; defaults to view.meta.date. */
  date?: string;
}

/**
 * Renders the view as a Word document for the council office: Word's own styles (Title, Heading
 * 1–3) so that the navigation pane and the contents field work, tables whose header rows repeat
 * on every page and whose rows do not split, the action matrices in landscape sections, a running
 * header, "page X of Y", document properties, and every run marked with the plan's language. The
 * same view and date give the same bytes.
 */
export async function renderDocx(view: View, options: RenderDocxOptions = {}): Promise<Uint8Array> {
  // docx is large: load it only when a Word document is asked for.
  const [{ Packer }, { buildDocx }] = await Promise.all([import('docx'), import('./build-docx.js')]);
  const date = options.date ?? view.meta.date;
  // The library names relationships with random ids (nanoid, from Math.random). Building and
  // compiling the document are synchronous (the zip is written afterwards), so a seeded generator
  // in place of Math.random for exactly that span gives the same ids every time, and nothing else
  // can run in between.
  const random = Math.random;
  let pending: Promise<Uint8Array>;
  Math.random = seededRandom(1);
  try {
    pending = Packer.toBuffer(buildDocx(view), false, [{ path: 'docProps/core.xml', data: coreXml(view, date) }]);
  } finally {
    Math.random = random;
  }
  const bytes = await pending;
  return setZipDates(new Uint8Array(bytes), new Date(`${date}T00:00:00Z`));
}

/** The document properties, written here because the library stamps them with the current time. */
function coreXml(view: View, date: string): string {
  const m = view.meta;
  const el = (name: string, value: string) => `<${name}>${xml(value)}</${name}>`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    el('dc:title', m.title) +
    el('dc:subject', m.subject) +
    el('dc:creator', m.author) +
    el('cp:keywords', m.keywords.join(', ')) +
    el('dc:description', `${m.subject}, ${m.period.text}`) +
    el('dc:language', view.language) +
    el('cp:lastModifiedBy', m.author) +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${date}T00:00:00Z</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${date}T00:00:00Z</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

const xml = (s: string): string => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** A small deterministic generator (mulberry32) with Math.random's range, [0, 1). */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
