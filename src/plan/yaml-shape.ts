import { isMap, isPair, isScalar, isSeq, type Pair, type YAMLMap } from 'yaml';
import type { CST } from 'yaml';
type Token = CST.Token;

/** A plan needs about ten levels; two hundred means runaway brackets or indentation, not a plan. */
export const MAX_NESTING = 200;

/**
 * The offset of the first collection nested deeper than `max` in the concrete syntax tree, or
 * undefined. The YAML composer and `toJS` recurse once per level, and on Node 20 a stack overflow
 * there can abort the whole process (not just throw), so depth is checked first on the tokens,
 * which the library's parser builds without recursion. The walk is iterative and linear.
 */
export function tooDeepAt(tokens: readonly Token[], max = MAX_NESTING): number | undefined {
  const stack: Array<[unknown, number]> = tokens.map((t) => [t, 0]);
  while (stack.length > 0) {
    const [token, depth] = stack.pop()!;
    if (token === null || typeof token !== 'object') continue;
    const t = token as { type?: string; value?: unknown; items?: Array<{ key?: unknown; value?: unknown }>; offset?: number };
    if (t.type === 'document') stack.push([t.value, depth]);
    else if (t.type === 'block-map' || t.type === 'block-seq' || t.type === 'flow-collection') {
      if (depth + 1 > max) return t.offset ?? 0;
      for (const item of t.items ?? []) {
        stack.push([item.key, depth + 1]);
        stack.push([item.value, depth + 1]);
      }
    }
  }
  return undefined;
}

export interface DuplicateKey {
  key: string;
  /** Offsets of the first and the repeated key. */
  first: number;
  again: number;
}

/**
 * Every key repeated within one mapping, found with one set per mapping. The library's own
 * `uniqueKeys` check compares each new key with all earlier ones, which made a mapping of 80,000
 * keys take minutes.
 */
export function duplicateKeys(root: unknown): DuplicateKey[] {
  const found: DuplicateKey[] = [];
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isMap(node)) {
      const seen = new Map<string, number>();
      for (const pair of node.items) {
        if (isScalar(pair.key)) {
          const key = String(pair.key.value);
          const at = pair.key.range?.[0] ?? 0;
          const first = seen.get(key);
          if (first === undefined) seen.set(key, at);
          else found.push({ key, first, again: at });
        }
        stack.push(pair.value);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) stack.push(item);
    } else if (isPair(node)) {
      stack.push(node.value);
    }
  }
  return found.sort((a, b) => a.again - b.again);
}

const pairIndex = new WeakMap<YAMLMap, Map<string, Pair>>();

/**
 * The pair for `key` in a mapping, through an index built once per mapping: messages for thousands
 * of unknown keys each look up their position, and a linear search per lookup made that quadratic.
 */
export function pairFor(map: YAMLMap, key: string): Pair | undefined {
  let index = pairIndex.get(map);
  if (!index) {
    index = new Map();
    for (const pair of map.items) {
      if (isPair(pair) && isScalar(pair.key)) {
        const k = String(pair.key.value);
        if (!index.has(k)) index.set(k, pair as Pair);
      }
    }
    pairIndex.set(map, index);
  }
  return index.get(key);
}

