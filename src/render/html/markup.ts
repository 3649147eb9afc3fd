/** Small HTML builders shared by the chapters: every piece of text passes through `esc`. */

/** Markup that is already escaped. */
export interface Html {
  html: string;
}

export const raw = (html: string): Html => ({ html });

/** Escapes text for element content and for attribute values. */
export function esc(text: string | number): string {
  return String(text).replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

const content = (value: string | number | Html): string => (typeof value === 'object' ? value.html : esc(value));

/** Free text: a blank line starts a new paragraph, a single line break stays a line break. */
export function paragraphs(text: string): string {
  return text
    .split(/\r?\n\s*\r?\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .map((p) => `<p>${p.split(/\r?\n/).map(esc).join('<br>')}</p>`)
    .join('\n');
}

export const p = (text: string | Html, cls?: string): string => `<p${cls === undefined ? '' : ` class="${cls}"`}>${content(text)}</p>`;

export function list(items: readonly (string | Html)[], numbered = false): string {
  if (items.length === 0) return '';
  const tag = numbered ? 'ol' : 'ul';
  return `<${tag}>${items.map((i) => `<li>${content(i)}</li>`).join('')}</${tag}>`;
}

/** Label–value pairs (a cover, a summary). */
export function definitions(pairs: readonly (readonly [string, string | Html])[]): string {
  return `<dl>${pairs.map(([k, v]) => `<div><dt>${esc(k)}</dt><dd>${content(v)}</dd></div>`).join('')}</dl>`;
}

export interface Column {
  header: string;
  align?: 'right' | 'center';
}

export interface Table {
  /** Names the table for assistive technology (and its scrolling region). */
  caption: string;
  columns: readonly Column[];
  rows: readonly (readonly (string | number | Html)[])[];
  /** Rows (by index) that are totals. */
  totalRows?: readonly number[];
  /** The column whose cells head their row (`th scope="row"`); none when undefined. */
  rowHeader?: number;
  /** A wide table (the action matrix): smaller type in print. */
  wide?: boolean;
}

/**
 * A data table with column headers scoped to their columns. It sits in a focusable region that
 * scrolls sideways on its own, so a wide table never makes the whole page scroll on a phone.
 */
export function table(t: Table): string {
  const align = (i: number): string => {
    const a = t.columns[i]?.align;
    return a === undefined ? '' : ` class="${a}"`;
  };
  const totals = new Set(t.totalRows ?? []);
  const head = `<thead><tr>${t.columns.map((c, i) => `<th scope="col"${align(i)}>${esc(c.header)}</th>`).join('')}</tr></thead>`;
  const body = t.rows
    .map((row, r) => {
      const cells = row.map((cell, i) => {
        const tag = i === t.rowHeader ? 'th' : 'td';
        return `<${tag}${tag === 'th' ? ' scope="row"' : ''}${align(i)}>${content(cell)}</${tag}>`;
      });
      return `<tr${totals.has(r) ? ' class="total"' : ''}>${cells.join('')}</tr>`;
    })
    .join('\n');
  const cls = t.wide ? 'table-wrap wide' : 'table-wrap';
  return `<div class="${cls}" role="region" aria-label="${esc(t.caption)}" tabindex="0"><table><caption class="vh">${esc(t.caption)}</caption>${head}<tbody>\n${body}\n</tbody></table></div>`;
}

/** Joins lines of a table cell. */
export const lines = (items: readonly (string | Html)[]): Html => raw(items.map(content).join('<br>'));
