/** Reads rendered PDFs back with poppler-utils (pdftotext, pdfinfo, pdffonts, pdftohtml), as a reader's tools would. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function run(tool: string, args: string[], bytes: Uint8Array): string {
  const dir = mkdtempSync(join(tmpdir(), 'roma-plan-pdf-'));
  const file = join(dir, 'plan.pdf');
  try {
    writeFileSync(file, bytes);
    return execFileSync(tool, [...args, file, ...(tool === 'pdftotext' || tool === 'pdftohtml' ? ['-'] : [])], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') throw new Error(`${tool} is missing: install poppler-utils (apt-get install -y poppler-utils)`, { cause: err });
    throw err;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs of white space (also no-break spaces) become one space, so wrapped lines compare as written. */
export const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** The text of every page, in drawing order (`-raw`), one string per page. */
export function pageTexts(bytes: Uint8Array): string[] {
  const pages = run('pdftotext', ['-raw', '-enc', 'UTF-8'], bytes).split('\f');
  if (pages[pages.length - 1]?.trim() === '') pages.pop();
  return pages;
}

/** One page laid out as it looks (`-layout`), so that text drawn later on the same line stays on it. */
export function layoutPage(bytes: Uint8Array, page: number): string {
  return run('pdftotext', ['-layout', '-enc', 'UTF-8', '-f', String(page), '-l', String(page)], bytes);
}

export function info(bytes: Uint8Array): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of run('pdfinfo', ['-isodates'], bytes).split('\n')) {
    const m = /^([^:]+):\s*(.*)$/.exec(line);
    if (m) out[m[1]!] = m[2]!;
  }
  return out;
}

export interface FontRow {
  name: string;
  type: string;
  embedded: boolean;
}

export function fonts(bytes: Uint8Array): FontRow[] {
  return run('pdffonts', [], bytes)
    .split('\n')
    .slice(2)
    .filter((l) => l.trim() !== '')
    .map((l) => {
      const cols = l.trim().split(/\s+/);
      // name, type (one or more words), encoding, emb, sub, uni, object id, generation
      return { name: cols[0]!, type: cols.slice(1, -6).join(' '), embedded: cols[cols.length - 5] === 'yes' };
    });
}

export interface Bookmark {
  title: string;
  page: number;
  children: Bookmark[];
}

/** The outline (bookmarks), nested, from pdftohtml's XML. */
export function bookmarks(bytes: Uint8Array): Bookmark[] {
  const xml = run('pdftohtml', ['-xml', '-i', '-stdout', '-q'], bytes);
  const start = xml.indexOf('<outline>');
  if (start === -1) return [];
  const root: Bookmark[] = [];
  const stack: Bookmark[][] = [];
  let current = root;
  let last: Bookmark | undefined;
  const tokens = xml.slice(start).matchAll(/<outline>|<\/outline>|<item page="(\d+)">([^<]*)<\/item>/g);
  for (const t of tokens) {
    if (t[0] === '<outline>') {
      stack.push(current);
      current = stack.length === 1 ? root : (last?.children ?? current);
    } else if (t[0] === '</outline>') {
      current = stack.pop() ?? root;
      if (stack.length === 0) break;
    } else {
      last = { title: decode(t[2]!), page: Number(t[1]), children: [] };
      current.push(last);
    }
  }
  return root;
}

const decode = (s: string): string => s.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'");

export interface Word {
  page: number;
  text: string;
  yMin: number;
  yMax: number;
}

/** Every word with its page and vertical position (points from the top). */
export function words(bytes: Uint8Array): Word[] {
  const html = run('pdftotext', ['-bbox'], bytes);
  const out: Word[] = [];
  let page = 0;
  for (const m of html.matchAll(/<page [^>]*>|<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g)) {
    if (m[0].startsWith('<page')) page += 1;
    else out.push({ page, text: decode(m[3]!), yMin: Number(m[1]), yMax: Number(m[2]) });
  }
  return out;
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/**
 * The words of extracted text (runs of letters and digits). A line that ends with a hyphen is also
 * joined to the first word of the next line, with the hyphen and without it, so that a word
 * hyphenated at a line end is found whole; a word cut without a hyphen is not.
 */
export function wordSet(text: string): Set<string> {
  const set = new Set<string>();
  const add = (s: string): void => {
    for (const m of s.matchAll(WORD)) set.add(m[0]);
  };
  const lines = text.split(/\n|\f/);
  lines.forEach((line, i) => {
    add(line);
    const last = /(\S+)-$/.exec(line.trimEnd())?.[1];
    const next = lines[i + 1]?.trim().split(/\s+/)[0];
    if (last !== undefined && next !== undefined && next !== '') {
      add(last + next);
      add(`${last}-${next}`);
    }
  });
  return set;
}

/** The words of a text as wordSet counts them. */
export const wordsIn = (text: string): string[] => [...text.matchAll(WORD)].map((m) => m[0]);

/** Joins a word hyphenated at a line end (a letter, a hyphen, a line break, a lower-case letter) back into one. */
export const unhyphenate = (text: string): string => text.replace(/(\p{L})-\n(\p{Ll})/gu, '$1$2');

/** One element of the structure tree as `pdfinfo -struct-text` prints it: its type, depth and text. */
export interface StructNode {
  type: string;
  depth: number;
  /** The text of the element's own marked content, its lines joined. */
  text: string;
  /** The element's attributes as pdfinfo prints them (`ListNumbering: 'Disc'`). */
  attributes: Record<string, string>;
  children: StructNode[];
}

/** The structure tree of a tagged PDF, read with `pdfinfo -struct-text` (the Document element is the root). */
export function structTree(bytes: Uint8Array): StructNode {
  const root: StructNode = { type: '', depth: -1, text: '', attributes: {}, children: [] };
  const stack = [root];
  for (const line of run('pdfinfo', ['-struct-text'], bytes).split('\n')) {
    if (line.trim() === '') continue;
    const depth = (line.length - line.trimStart().length) / 2;
    const body = line.trim();
    while (stack.length > 1 && stack[stack.length - 1]!.depth >= depth) stack.pop();
    const parent = stack[stack.length - 1]!;
    if (body.startsWith('"')) {
      parent.text += body.slice(1, -1);
      continue;
    }
    const attribute = /^\/(\w+)\s+\/?(.*)$/.exec(body);
    if (attribute) {
      parent.attributes[attribute[1]!] = attribute[2]!;
      continue;
    }
    const node: StructNode = { type: body.split(' ')[0]!, depth, text: '', attributes: {}, children: [] };
    parent.children.push(node);
    stack.push(node);
  }
  return root.children[0] ?? root;
}

/** Every element of the tree in document order (depth first). */
export function structElements(node: StructNode): StructNode[] {
  return [node, ...node.children.flatMap(structElements)];
}

/** The text of an element and of everything below it. */
export function structText(node: StructNode): string {
  return node.text + node.children.map(structText).join('');
}

/**
 * The alternative texts (/Alt, a literal or a hexadecimal string) of the Figure elements, read from
 * the file's objects (the structure tree is written uncompressed); pdfinfo does not print them.
 */
export function figureAlts(bytes: Uint8Array): string[] {
  const raw = Buffer.from(bytes).toString('latin1');
  const out: string[] = [];
  for (const m of raw.matchAll(/\/S \/Figure\b/g)) {
    // The Alt entry of the same object, a literal string or a hexadecimal one.
    const object = raw.slice(m.index, raw.indexOf('endobj', m.index));
    const alt = /\/Alt\s*([(<])/.exec(object);
    if (alt === null) continue;
    let i = alt.index + alt[0].length;
    const bytesOut: number[] = [];
    if (alt[1] === '<') {
      const hex = object.slice(i, object.indexOf('>', i)).replace(/\s+/g, '');
      for (let h = 0; h < hex.length; h += 2) bytesOut.push(parseInt(hex.slice(h, h + 2).padEnd(2, '0'), 16));
    }
    let depth = 0;
    for (; alt[1] === '(' && i < object.length; i += 1) {
      const c = object[i]!;
      if (c === '\\') {
        const next = object[(i += 1)]!;
        const escapes: Record<string, number> = { n: 10, r: 13, t: 9, b: 8, f: 12 };
        if (/[0-7]/.test(next)) {
          const oct = /^[0-7]{1,3}/.exec(object.slice(i))![0];
          bytesOut.push(parseInt(oct, 8));
          i += oct.length - 1;
        } else bytesOut.push(escapes[next] ?? next.charCodeAt(0));
        continue;
      }
      if (c === '(') depth += 1;
      if (c === ')' && depth-- === 0) break;
      bytesOut.push(c.charCodeAt(0));
    }
    // A UTF-16BE string with its byte order mark, as text outside ASCII is written.
    const b = Buffer.from(bytesOut);
    out.push(b[0] === 0xfe && b[1] === 0xff ? b.subarray(2).swap16().toString('utf16le') : b.toString('latin1'));
  }
  return out;
}
