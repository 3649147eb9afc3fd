import { Composer, LineCounter, Parser, isMap, isScalar, isSeq, visit, type Document, type Node } from 'yaml';
import { duplicateKeys, pairFor, tooDeepAt } from './yaml-shape.js';
import type { Issue, PathSegments } from './issue.js';

/** Finds the source position of a value in the plan, for messages that point at `file:line:col`. */
export type Locator = (segments: PathSegments, key?: string) => { line: number; column: number } | undefined;

export interface ParsedPlan {
  data: unknown;
  locate: Locator;
}

export type ParseResult = { ok: true; parsed: ParsedPlan; issues: Issue[] } | { ok: false; issues: Issue[] };

/** No plan needs aliases; a handful is tolerated, an exponential expansion ("billion laughs") is refused. */
const MAX_ALIAS_COUNT = 50;

/**
 * Parses YAML 1.2 (and therefore JSON) text into plain data plus a locator. Syntax problems come back
 * as issues with line and column; nothing here throws on bad input.
 */
export function parsePlanText(text: string): ParseResult {
  const lineCounter = new LineCounter();
  const pos = (offset: number) => {
    const p = lineCounter.linePos(offset);
    return { line: p.line, column: p.col };
  };
  const bom = strayBom(text);
  if (bom) return { ok: false, issues: [bom] };
  let list: Document.Parsed[];
  try {
    const tokens = Array.from(new Parser(lineCounter.addNewLine).parse(text));
    const deep = tooDeepAt(tokens);
    if (deep !== undefined) return { ok: false, issues: [tooDeep(pos(deep))] };
    // Duplicate keys are found by duplicateKeys() below, in linear time. Without resolveKnownTags,
    // `!!binary` and `!!timestamp` are unknown tags (a warning, the value read as text) instead of
    // turning text into bytes or a Date, which the plan format then calls "a mapping".
    list = Array.from(new Composer({ uniqueKeys: false, prettyErrors: false, strict: true, stringKeys: false, resolveKnownTags: false }).compose(tokens));
  } catch (err) {
    // The yaml parser recurses once per nesting level; thousands of levels overflow the stack.
    if (err instanceof RangeError) return { ok: false, issues: [tooDeep({ line: 1, column: 1 })] };
    throw err;
  }
  if (list.length === 0) {
    return { ok: false, issues: [{ severity: 'error', code: 'EMPTY_PLAN', path: '', line: 1, column: 1, message: 'the file contains no plan (only comments or blank lines)', hint: 'Start from an example: roma-plan new plan.yaml --example pecs-hu' }] };
  }
  if (list.length > 1) {
    const second = list[1]!;
    return { ok: false, issues: [{ severity: 'error', code: 'MULTIPLE_DOCUMENTS', path: '', ...pos(second.range[0]), message: `the file contains ${list.length} YAML documents; a plan file holds exactly one`, hint: 'Remove the `---` separator and keep one plan per file.' }] };
  }
  const doc = list[0]!;
  const issues: Issue[] = [];
  for (const [n, e] of doc.errors.entries()) {
    // The parser often reports one mistake twice at the same spot; the first message is the useful one.
    if (n > 0 && doc.errors[n - 1]!.pos[0] === e.pos[0]) continue;
    if (STACK_OVERFLOW.test(e.message)) {
      issues.push(tooDeep(pos(e.pos[0])));
      continue;
    }
    const code = e.code === 'DUPLICATE_KEY' ? 'DUPLICATE_KEY' : 'YAML_SYNTAX';
    issues.push({ severity: 'error', code, path: '', ...pos(e.pos[0]), message: yamlMessage(e.message), hint: syntaxHint(e.code, text, e.pos[0]) });
  }
  for (const w of doc.warnings) {
    const hint = w.code === 'TAG_RESOLVE_FAILED' ? 'Remove the tag (the word starting with !); a plan holds only plain text, numbers and lists, so the value is read as text.' : undefined;
    const tag = w.code === 'TAG_RESOLVE_FAILED' ? /tag:\s*(\S+)/.exec(w.message)?.[1]?.replace('tag:yaml.org,2002:', '!!') : undefined;
    const message = tag ? `the tag ${tag} has no meaning in a plan; the value is read as text` : yamlMessage(w.message);
    issues.push({ severity: 'warning', code: 'YAML_WARNING', path: '', ...pos(w.pos[0]), message, ...(hint ? { hint } : {}) });
  }
  for (const d of duplicateKeys(doc.contents)) {
    const first = pos(d.first);
    issues.push({ severity: 'error', code: 'DUPLICATE_KEY', path: '', ...pos(d.again), message: `the key \`${d.key}\` appears twice in the same mapping (first on line ${first.line})`, hint: 'Each key may appear once in a mapping; merge the two entries or rename one.' });
  }
  if (doc.errors.length > 0 || issues.some((i) => i.severity === 'error')) return { ok: false, issues: sortByPosition(issues) };

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    if (/alias/i.test(message)) {
      issues.push({ severity: 'error', code: 'ALIAS_BOMB', path: '', ...firstAlias(doc, pos), message: 'the file expands YAML aliases (*name) so often that it looks like a resource-exhaustion attack', hint: 'Write the values out instead of using anchors (&) and aliases (*).' });
    } else if (err instanceof RangeError) {
      issues.push(tooDeep({ line: 1, column: 1 }));
    } else {
      issues.push({ severity: 'error', code: 'YAML_SYNTAX', path: '', line: 1, column: 1, message });
    }
    return { ok: false, issues };
  }
  if (data === null || data === undefined) {
    return { ok: false, issues: [{ severity: 'error', code: 'EMPTY_PLAN', path: '', line: 1, column: 1, message: 'the file contains no plan', hint: 'Start from an example: roma-plan new plan.yaml --example pecs-hu' }] };
  }
  const locate: Locator = (segments, key) => {
    const node = nodeAt(doc.contents, segments, key);
    const offset = node?.range?.[0];
    return offset === undefined ? undefined : pos(offset);
  };
  return { ok: true, parsed: { data, locate }, issues };
}

function sortByPosition(issues: Issue[]): Issue[] {
  return [...issues].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}

/**
 * A byte-order mark anywhere but at the very start (where it was already dropped) is left over
 * from joining files; the parser's complaint about it ("Nested mappings are not allowed...") would
 * send the reader looking for a structural mistake that is not there.
 */
function strayBom(text: string): Issue | undefined {
  const at = text.indexOf('\uFEFF');
  if (at === -1) return undefined;
  const before = text.slice(0, at);
  const line = before.split('\n').length;
  const column = at - before.lastIndexOf('\n');
  return { severity: 'error', code: 'YAML_SYNTAX', path: '', line, column, message: 'an invisible byte-order mark (U+FEFF) is in the middle of the file', hint: 'Delete the invisible character at the start of this position (it usually comes from pasting one file into another), or retype the line.' };
}

/** Where the first alias (*name) is, to point the reader at the expansion. */
function firstAlias(doc: Document.Parsed, pos: (offset: number) => { line: number; column: number }): { line: number; column: number } {
  let where = { line: 1, column: 1 };
  visit(doc, {
    Alias(_, node) {
      if (node.range) where = pos(node.range[0]);
      return visit.BREAK;
    },
  });
  return where;
}

const STACK_OVERFLOW = /maximum call stack size exceeded/i;

function tooDeep(where: { line: number; column: number }): Issue {
  return { severity: 'error', code: 'NESTING_TOO_DEEP', path: '', ...where, message: 'lists or mappings are nested too deeply to read (a plan needs about ten levels)', hint: 'Check for runaway brackets or indentation; this is not a plan as written.' };
}

/** Walks the YAML tree along `segments`, stopping at the deepest node that exists. */
function nodeAt(root: unknown, segments: PathSegments, key?: string): Node | undefined {
  let node = root as Node | undefined;
  for (const seg of segments) {
    let next: unknown;
    if (isMap(node)) {
      const pair = pairFor(node, String(seg));
      next = pair ? (pair.value ?? pair.key) : undefined;
    } else if (isSeq(node) && typeof seg === 'number') {
      next = node.items[seg];
    }
    if (next === undefined || next === null) break;
    node = next as Node;
  }
  if (key !== undefined && isMap(node)) {
    const pair = pairFor(node, key);
    if (pair && isScalar(pair.key)) return pair.key;
  }
  return node;
}

function yamlMessage(message: string): string {
  // The library appends "at line X, column Y" and a code excerpt; we report the position ourselves.
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '').replace(/\.$/, '');
}

function syntaxHint(code: string, text: string, offset: number): string | undefined {
  if (code === 'DUPLICATE_KEY') return 'Each key may appear once in a mapping; merge the two entries or rename one.';
  if (code === 'TAB_AS_INDENT' || /\t/.test(lineAround(text, offset))) return 'YAML does not allow tabs for indentation; indent with spaces.';
  if (code === 'BAD_INDENT' || code === 'MISSING_CHAR') return 'Check the indentation: items of the same list or mapping must start in the same column.';
  if (code === 'MULTILINE_IMPLICIT_KEY' || code === 'UNEXPECTED_TOKEN') return 'Check for a missing colon or comma, an unclosed quote or bracket, or text that needs quoting.';
  return 'Check the YAML syntax near this position; text containing ": " or starting with a special character must be quoted.';
}

function lineAround(text: string, offset: number): string {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const end = text.indexOf('\n', offset);
  return text.slice(start, end === -1 ? undefined : end);
}
