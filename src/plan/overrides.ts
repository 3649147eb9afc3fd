import { parse } from 'yaml';
import { UsageError } from '../errors.js';
import type { Issue } from './issue.js';

export interface Override {
  /** Keys and list indexes, e.g. ['areas', 'health', 'objectives', 0, 'title']. */
  segments: (string | number)[];
  value: unknown;
  /** As the user wrote it, for messages. */
  source: string;
}

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Parses `municipality.name=Kumanovo` or `areas.health.objectives[0].title=...`. The value is read
 * as a YAML scalar, so `2030` is a number and `"2030"` text, exactly as in a plan file.
 */
export function parseOverride(text: string): Override {
  const eq = text.indexOf('=');
  if (eq <= 0) throw new UsageError(`--set ${text}: expected path=value`, 'For example: --set municipality.name=Kumanovo or --set plan.period.to=2030', { key: 'fatal.setSyntax', params: { text } });
  const path = text.slice(0, eq).trim();
  const raw = text.slice(eq + 1);
  const segments: (string | number)[] = [];
  for (const part of path.split('.')) {
    const m = /^([^[\]]+)((?:\[\d+\])*)$/.exec(part);
    if (!m) throw new UsageError(`--set ${text}: "${path}" is not a valid path`, 'Use dotted keys with optional [n] list indexes, e.g. areas.health.objectives[0].title');
    segments.push(m[1]!);
    for (const idx of m[2]!.matchAll(/\[(\d+)\]/g)) segments.push(Number(idx[1]));
  }
  if (segments.some((s) => typeof s === 'string' && FORBIDDEN.has(s))) throw new UsageError(`--set ${text}: "${path}" is not a plan field`);
  let value: unknown;
  try {
    value = raw.trim() === '' ? '' : parse(raw);
  } catch {
    value = raw;
  }
  return { segments, value, source: text };
}

/** Applies overrides to a copy of the data; a path that cannot be followed becomes an issue. */
export function applyOverrides(data: unknown, overrides: readonly Override[]): { data: unknown; issues: Issue[] } {
  if (overrides.length === 0) return { data, issues: [] };
  const copy = structuredClone(data) as unknown;
  const issues: Issue[] = [];
  for (const o of overrides) {
    let node = copy as Record<string | number, unknown>;
    let failed = false;
    let gap: { length: number; index: number } | undefined;
    for (const [i, seg] of o.segments.entries()) {
      const last = i === o.segments.length - 1;
      if (node === null || typeof node !== 'object' || (Array.isArray(node) && typeof seg !== 'number') || (!Array.isArray(node) && typeof seg === 'number')) {
        failed = true;
        break;
      }
      // An index past the end would leave a sparse list whose holes are all validated (and
      // reported); only replacing an item or appending one right after the last is meaningful.
      if (Array.isArray(node) && typeof seg === 'number' && seg > node.length) {
        gap = { length: node.length, index: seg };
        break;
      }
      if (last) node[seg] = o.value;
      else {
        if (node[seg] === undefined) node[seg] = typeof o.segments[i + 1] === 'number' ? [] : {};
        node = node[seg] as Record<string | number, unknown>;
      }
    }
    if (gap) {
      const detail = `the list has ${gap.length === 1 ? '1 item' : `${gap.length} items`}, so [${gap.index}] is out of range; ${gap.length === 0 ? 'use [0] to add the first item' : `use ${gap.length === 1 ? '[0]' : `[0] to [${gap.length - 1}]`} to change an item, or [${gap.length}] to add one at the end`}`;
      issues.push({ severity: 'error', code: 'BAD_OVERRIDE', path: o.segments.join('.'), params: { setting: o.source, detail }, message: `--set ${o.source}: ${detail}` });
      continue;
    }
    if (failed) {
      const detail = 'the path crosses a value that is not a group of entries or a list';
      issues.push({ severity: 'error', code: 'BAD_OVERRIDE', path: o.segments.join('.'), params: { setting: o.source, detail }, message: `--set ${o.source}: ${detail}` });
    }
  }
  return { data: copy, issues };
}
