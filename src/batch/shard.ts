import { UsageError } from '../errors.js';
import type { Shard } from './types.js';

/** Parses `--shard 2/4` (1-based: the second of four parts). */
export function parseShard(text: string): Shard {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  const index = Number(m?.[1]);
  const count = Number(m?.[2]);
  if (!m || count < 1 || index < 1 || index > count || !Number.isSafeInteger(count)) {
    throw new UsageError(`--shard ${text}: expected i/n with 1 <= i <= n`, 'For example --shard 1/4 on the first of four machines, --shard 2/4 on the second, and so on.');
  }
  return { index, count };
}

/**
 * The items of one shard: item k (0-based, in the batch's sorted order) belongs to shard
 * (k mod n) + 1. Round-robin keeps the parts within one plan of each other in size, and because
 * the order is the byte order of paths relative to the inputs' common folder, every machine that
 * sees the same plans computes the same parts (the report records a fingerprint of the whole list
 * so that merging refuses shards of different batches).
 */
export function selectShard<T>(items: readonly T[], shard: Shard | undefined): T[] {
  if (!shard) return [...items];
  return items.filter((_, k) => k % shard.count === shard.index - 1);
}
