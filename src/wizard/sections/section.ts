import { fill } from '../../i18n/index.js';
import type { PathSegments } from '../../plan/issue.js';
import type { Mode, Session } from '../session.js';

/** One step of the interview: a part of the plan asked together and saved to the draft afterwards. */
export interface Section {
  /** Stable id, recorded in drafts: `language`, `municipality`, ..., `area:health`, `monitoring`. */
  id: string;
  title(s: Session): string;
  /** The parts of the plan the section writes; it counts as started when one of them is there. */
  paths: readonly PathSegments[];
  run(s: Session, mode: Mode): Promise<void>;
}

/** "2. Györgytelep": how lists name their items in menus. */
export function itemLabel(s: Session, index: number, ...parts: unknown[]): string {
  const text = parts.filter((p) => typeof p === 'string' || typeof p === 'number').join(', ');
  return fill(s.m.list.item, { number: index + 1, text });
}

/** The string at `path`, or undefined. */
export function textAt(s: Session, path: PathSegments): string | undefined {
  const v = s.get(path);
  return typeof v === 'string' ? v : undefined;
}

/** The number at `path`, or undefined. */
export function numberAt(s: Session, path: PathSegments): number | undefined {
  const v = s.get(path);
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

/** The values a schema enum allows, with their labels from the messages, in the schema's order. */
export function labelled<K extends string>(labels: Readonly<Record<K, string>>): { value: K; name: string }[] {
  return (Object.keys(labels) as K[]).map((value) => ({ value, name: labels[value] }));
}
