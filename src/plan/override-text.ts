import { isCollection, isScalar, parse, parseDocument, type Scalar } from 'yaml';
import type { Issue } from './issue.js';
import type { Override } from './overrides.js';

/**
 * Applies overrides to plan YAML text and returns the new text. Unlike applyOverrides, which works
 * on parsed data, the result is a file for people to read and edit (`new`): an override that
 * replaces an existing value edits just that value in place, so comments, wrapping and layout stay
 * exactly as they were. An override that adds a field or replaces a list or mapping is applied to
 * the YAML document, which keeps comments and key order but rewrites the layout of long text.
 * Validate the returned text: an override can make a plan invalid.
 */
export function applyOverridesToText(text: string, overrides: readonly Override[]): { text: string; issues: Issue[] } {
  return inPlace(text, overrides) ?? oneByOne(text, overrides);
}

/**
 * The common case, with one parse: every override replaces a distinct existing value, so all the
 * edits can be made on the original text, from the end backwards. Undefined when that is not so.
 */
function inPlace(text: string, overrides: readonly Override[]): { text: string; issues: Issue[] } | undefined {
  const doc = parseDocument(text);
  if (doc.errors.length > 0) return undefined;
  const edits: { start: number; end: number; replacement: string }[] = [];
  for (const o of overrides) {
    const target = doc.getIn(o.segments, true);
    if (!isScalar(target) || !target.range || !isScalarValue(o.value)) return undefined;
    const [start, end] = target.range;
    if (edits.some((e) => e.start === start)) return undefined;
    edits.push({ start, end, replacement: scalarText(o.value, target) + (text.slice(start, end).endsWith('\n') ? '\n' : '') });
  }
  let out = text;
  for (const e of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.replacement + out.slice(e.end);
  return { text: out, issues: [] };
}

function oneByOne(text: string, overrides: readonly Override[]): { text: string; issues: Issue[] } {
  const issues: Issue[] = [];
  let current = text;
  for (const o of overrides) {
    const doc = parseDocument(current);
    if (doc.errors.length > 0) return { text: current, issues };
    const parent = o.segments.length > 1 ? doc.getIn(o.segments.slice(0, -1), true) : doc.contents;
    if (parent !== undefined && parent !== null && !isCollection(parent)) {
      issues.push(badOverride(o));
      continue;
    }
    const target = doc.getIn(o.segments, true);
    if (isScalar(target) && target.range && isScalarValue(o.value)) {
      const [start, end] = target.range;
      const replaced = current.slice(start, end);
      current = current.slice(0, start) + scalarText(o.value, target) + (replaced.endsWith('\n') ? '\n' : '') + current.slice(end);
      continue;
    }
    try {
      doc.setIn(o.segments, o.value);
    } catch {
      issues.push(badOverride(o));
      continue;
    }
    // lineWidth 0: never re-wrap long text; folded paragraphs become one line, which reads the same.
    current = doc.toString({ lineWidth: 0 });
  }
  return { text: current, issues };
}

const isScalarValue = (v: unknown): v is string | number | boolean | null => v === null || ['string', 'number', 'boolean'].includes(typeof v);

/**
 * The value as YAML source for the place of `target`. Quoted text stays quoted; otherwise text is
 * written plain when every YAML reader (1.2 and 1.1, inside `{ }` too) reads it back as the same text.
 */
function scalarText(value: string | number | boolean | null, target: Scalar): string {
  if (typeof value !== 'string') return value === null ? 'null' : String(value);
  if (target.type === 'QUOTE_SINGLE') return `'${value.replace(/'/g, "''")}'`;
  if (target.type !== 'QUOTE_DOUBLE' && isPlainSafe(value)) return value;
  return JSON.stringify(value);
}

function isPlainSafe(s: string): boolean {
  if (s === '' || s !== s.trim() || /[\n\r\t]/.test(s)) return false;
  if (/^[-?:,[\]{}#&*!|>'"%@`]/.test(s) || /[,[\]{}]|: | #|:$/.test(s)) return false;
  // What YAML 1.1 tools would turn into a boolean, a date, a number or null.
  if (/^(y|n|yes|no|on|off|true|false|null|~)$/i.test(s) || /^[-+.\d]/.test(s)) return false;
  try {
    return parse(s) === s;
  } catch {
    return false;
  }
}

function badOverride(o: Override): Issue {
  return {
    severity: 'error',
    code: 'BAD_OVERRIDE',
    path: o.segments.join('.'),
    message: `--set ${o.source} cannot be applied: the path crosses a value that is not a mapping or list`,
    hint: 'Check the path against the plan format (roma-plan schema).',
  };
}
