/*
 * Escaping of plan text for Markdown. Plan text is free text typed by municipal staff: a `|` in a
 * measure title must not split a table cell, a `#` or `1.` at the start of a line must not become
 * a heading or a list, and `<script>` must stay text. CommonMark lets any ASCII punctuation be
 * backslash-escaped, so escaping is always safe; it is limited to the characters that can start
 * markup so that the Markdown source stays readable.
 */

/**
 * Characters that start inline markup (or a table cell, or an ATX heading) anywhere in a line, and
 * a `&` that would make `&amp;` or `&#123;` an entity reference.
 */
const INLINE = /[\\`*_[\]<>#|~]|&(?=#?[A-Za-z0-9]+;)/g;

/** Cheaper to test than to replace: most plan text has nothing to escape. */
const MAY_NEED_ESCAPE = /[\\`*_[\]<>#|~&]/;

function escapeInline(text: string): string {
  return MAY_NEED_ESCAPE.test(text) ? text.replace(INLINE, '\\$&') : text;
}

/**
 * Block markup recognised at the start of a line, or of a list item's text: `- ` and `+ ` bullets,
 * `---` and `===` rules and underlines, `1.` and `1)` ordered lists (`*`, `#`, `>` are already escaped).
 */
function escapeLineStart(line: string): string {
  return line.replace(/^[-+=]/, '\\$&').replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2');
}

function escapeLine(line: string): string {
  return escapeLineStart(escapeInline(line));
}

const LINE_BREAK = /[\r\n]/;
/**
 * Whitespace that `oneLine` changes: a run of two, any other than a plain or a no-break space, or
 * at an end. No-break spaces stay: they keep an amount ("1 346 800 000 Ft") or a date on one line.
 */
const UNTIDY_SPACE = /\s\s|[^\S \u00a0\u202f]|^\s|\s$/;
/** A run of whitespace other than a single no-break space. */
const SPACES = /\s{2,}|[^\S\u00a0\u202f]/g;

/** Runs of whitespace, line breaks included, become one space; none at the ends. */
function oneLine(text: string): string {
  return UNTIDY_SPACE.test(text) ? text.replace(SPACES, ' ').trim() : text;
}

/**
 * Text for one line: a heading, a list item, a link text. Line breaks become spaces. `lineStart:
 * false` says the text follows other text on its line, where `2026. február` or `- 5 °C` cannot
 * start a list, so they are left as written.
 */
export function mdInline(text: string, options: { lineStart?: boolean } = {}): string {
  const line = oneLine(text);
  return options.lineStart === false ? escapeInline(line) : escapeLine(line);
}

/**
 * Text for a GFM table cell: `|` escaped, line breaks as `<br>` (a cell must stay on one line).
 * A cell holds inline content only, so nothing in it can start a list or a heading.
 */
export function mdCell(text: string): string {
  if (!LINE_BREAK.test(text)) return escapeInline(oneLine(text));
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => escapeInline(line.replace(SPACES, ' ').trim()))
    .filter((line) => line !== '')
    .join('<br>');
}

/**
 * Text of one or more paragraphs: blank lines separate paragraphs, single line breaks stay soft
 * breaks. Leading spaces are dropped, so that indentation never turns text into a code block.
 */
export function mdBlock(text: string): string {
  return text
    .split(/(?:\r\n|\r|\n)[ \t]*(?:\r\n|\r|\n)/)
    .map((para) =>
      para
        .split(/\r\n|\r|\n/)
        .map((line) => escapeLine(line.replace(/[ \t]+/g, ' ').trim()))
        .filter((line) => line !== '')
        .join('\n'),
    )
    .filter((para) => para !== '')
    .join('\n\n');
}

/**
 * Text inside a fenced code block (the Mermaid chart): nothing is escaped there, but a line of three
 * backticks or tildes would close the fence early.
 */
export function mdCode(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(/`{3,}|~{3,}/g, (m) => "'".repeat(m.length)).trimEnd())
    .join('\n');
}
