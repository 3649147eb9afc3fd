import type { Document } from 'docx';
import { setZipDates } from '../zip-dates.js';

/** The document properties Word shows (File > Info). */
export interface DocxProperties {
  title: string;
  subject: string;
  author: string;
  keywords: readonly string[];
  description: string;
  language: string;
}

/**
 * Writes a built Word document as bytes dated `date` (YYYY-MM-DD): the same document and date give
 * the same bytes. `build` runs inside, because the library's random ids must come from a seeded
 * generator for exactly the span in which the document is built and compiled.
 */
export async function packDocx(build: () => Document, properties: DocxProperties, date: string): Promise<Uint8Array> {
  const { Packer } = await import('docx');
  // The library names relationships with random ids (nanoid, from Math.random). Building and
  // compiling the document are synchronous (the zip is written afterwards), so a seeded generator
  // in place of Math.random for exactly that span gives the same ids every time, and nothing else
  // can run in between.
  const random = Math.random;
  let pending: Promise<Uint8Array>;
  Math.random = seededRandom(1);
  try {
    pending = Packer.toBuffer(build(), false, [{ path: 'docProps/core.xml', data: coreXml(properties, date) }]);
  } finally {
    Math.random = random;
  }
  const bytes = await pending;
  return setZipDates(new Uint8Array(bytes), new Date(`${date}T00:00:00Z`));
}

/** The document properties, written here because the library stamps them with the current time. */
function coreXml(p: DocxProperties, date: string): string {
  const el = (name: string, value: string) => `<${name}>${xml(value)}</${name}>`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    el('dc:title', p.title) +
    el('dc:subject', p.subject) +
    el('dc:creator', p.author) +
    el('cp:keywords', p.keywords.join(', ')) +
    el('dc:description', p.description) +
    el('dc:language', p.language) +
    el('cp:lastModifiedBy', p.author) +
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
