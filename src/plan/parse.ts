import { Composer, LineCounter, Parser, isMap, isScalar, isSeq, visit, type Document, type Node } from 'yaml';
import type { Issue, IssueParams, PathSegments } from './issue.js';
import { localizeIssue } from './issue-text.js';
import { duplicateKeys, pairFor, tooDeepAt } from './yaml-shape.js';

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
    return { ok: false, issues: [worded({ code: 'EMPTY_PLAN', line: 1, column: 1 })] };
  }
  if (list.length > 1) {
    const second = list[1]!;
    return { ok: false, issues: [worded({ code: 'MULTIPLE_DOCUMENTS', ...pos(second.range[0]), params: { count: list.length } })] };
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
    if (e.code === 'DUPLICATE_KEY') {
      issues.push(worded({ code: 'DUPLICATE_KEY', ...pos(e.pos[0]), params: { key: keyAt(text, e.pos[0]) } }));
      continue;
    }
    const { kind, offset } = syntaxKind(e.code, e.message, text, e.pos[0]);
    issues.push(worded({ code: 'YAML_SYNTAX', ...pos(offset), params: { kind, detail: yamlMessage(e.message) } }));
  }
  for (const w of doc.warnings) {
    issues.push(worded({ severity: 'warning', code: 'YAML_WARNING', ...pos(w.pos[0]), params: { kind: w.code === 'TAG_RESOLVE_FAILED' ? 'tag' : 'other', detail: yamlMessage(w.message) } }));
  }
  for (const d of duplicateKeys(doc.contents)) {
    issues.push(worded({ code: 'DUPLICATE_KEY', ...pos(d.again), params: { key: d.key } }));
  }
  if (doc.errors.length > 0 || issues.some((i) => i.severity === 'error')) return { ok: false, issues: sortByPosition(issues) };

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    if (/alias/i.test(message)) {
      issues.push(worded({ code: 'ALIAS_BOMB', ...firstAlias(doc, pos) }));
    } else if (err instanceof RangeError) {
      issues.push(tooDeep({ line: 1, column: 1 }));
    } else {
      issues.push(worded({ code: 'YAML_SYNTAX', line: 1, column: 1, params: { kind: 'other', detail: message } }));
    }
    return { ok: false, issues };
  }
  if (data === null || data === undefined) {
    return { ok: false, issues: [worded({ code: 'EMPTY_PLAN', line: 1, column: 1 })] };
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
  return worded({ code: 'YAML_SYNTAX', line, column, params: { kind: 'other', detail: 'U+FEFF, an invisible byte-order mark left over from joining files; delete it' } });
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
  return worded({ code: 'NESTING_TOO_DEEP', ...where });
}

/** An issue of the whole file, worded in English (validatePlan and the CLI word it again in the reader's language). */
function worded(i: { code: string; line: number; column: number; severity?: Issue['severity']; params?: IssueParams }): Issue {
  return localizeIssue({ severity: i.severity ?? 'error', code: i.code, path: '', line: i.line, column: i.column, params: i.params ?? {}, message: '' });
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

/**
 * What kind of syntax mistake the parser met, and where to point. The parser notices an unclosed
 * bracket or quotation mark only where the text goes on without it (often the next line); the
 * reader needs the place where it was opened.
 */
function syntaxKind(code: string, message: string, text: string, offset: number): { kind: string; offset: number } {
  const flow = /^Flow (sequence|map)\b.*end with an? ([\]}])/.exec(message);
  if (flow) {
    const open = unclosedOpener(text, offset, flow[2] === ']' ? '[' : '{');
    return { kind: flow[2] === ']' ? 'unclosedBracket' : 'unclosedBrace', offset: open ?? offset };
  }
  const quote = /^Missing closing (["'])quote/.exec(message);
  if (quote) {
    const open = text.lastIndexOf(quote[1]!, offset - 1);
    return { kind: 'unclosedQuote', offset: open >= 0 ? open : offset };
  }
  if (code === 'TAB_AS_INDENT' || /\t/.test(lineAround(text, offset))) return { kind: 'tab', offset };
  if (code === 'BAD_INDENT' || code === 'MISSING_CHAR') return { kind: 'indent', offset };
  if (code === 'MULTILINE_IMPLICIT_KEY' || code === 'UNEXPECTED_TOKEN') return { kind: 'token', offset };
  return { kind: 'other', offset };
}

/** The offset of the last `[` or `{` before `end` that is not closed, skipping quoted text and comments. */
function unclosedOpener(text: string, end: number, opener: '[' | '{'): number | undefined {
  const stack: { char: string; at: number }[] = [];
  let quote: string | undefined;
  for (let i = 0; i < end && i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === quote) quote = undefined;
      else if (c === '\n' && stack.length === 0) quote = undefined;
      continue;
    }
    if (c === '#' && (i === 0 || /\s/.test(text[i - 1]!))) {
      const nl = text.indexOf('\n', i);
      i = nl === -1 ? text.length : nl;
      continue;
    }
    if ((c === '"' || c === "'") && (i === 0 || /[\s[{,:]/.test(text[i - 1]!))) quote = c;
    else if (c === '[' || c === '{') stack.push({ char: c, at: i });
    else if (c === ']' || c === '}') stack.pop();
  }
  for (let k = stack.length - 1; k >= 0; k--) if (stack[k]!.char === opener) return stack[k]!.at;
  return undefined;
}

/** The key written at `offset` (the parser's message for a repeated key does not name it). */
function keyAt(text: string, offset: number): string {
  return /^["']?([^:"'\n]*)/.exec(text.slice(offset))?.[1]?.trim() ?? '';
}

function lineAround(text: string, offset: number): string {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const end = text.indexOf('\n', offset);
  return text.slice(start, end === -1 ? undefined : end);
}
