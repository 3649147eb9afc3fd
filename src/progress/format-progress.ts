import { Document, isMap, isNode, isSeq, parseDocument } from 'yaml';
import type { Progress } from './types.js';

/**
 * A progress file as text: the schema line for editors (`schema`, relative to the file), then the
 * data, with dates and other values a YAML 1.1 reader would take differently in quotes (as the
 * plan is written). `collect` and `progress` write it the same way, so the same year gives the
 * same file.
 */
export function formatProgressYaml(progress: Progress, schema: string): string {
  return `# yaml-language-server: $schema=${schema}\n${new Document(progress, { compat: 'yaml-1.1' }).toString({ lineWidth: 0 })}`;
}

/**
 * The text of an existing progress file changed into `progress`, keeping what a person wrote by
 * hand: comments, and the form of every year that did not change. Only the plan's reference and
 * the years whose data differ are written anew. Falls back to `formatProgressYaml` when the old
 * text is not a progress file this can edit in place.
 */
export function updateProgressYaml(before: string, progress: Progress, schema: string): string {
  const doc = parseDocument(before, { compat: 'yaml-1.1' });
  const years = doc.get('years', true);
  if (doc.errors.length > 0 || !isMap(doc.contents) || !isSeq(years)) return formatProgressYaml(progress, schema);
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  for (const [key, value] of Object.entries(progress.plan)) if (!same(doc.getIn(['plan', key]), value)) doc.setIn(['plan', key], value);
  const unchanged = years.items.filter(isNode);
  years.items = progress.years.map((y) => unchanged.find((node) => same(node.toJSON(), y)) ?? doc.createNode(y));
  return doc.toString({ lineWidth: 0 });
}
