import { Document, isMap, isScalar, type Pair } from 'yaml';
import { areaById, isAreaId } from '../catalogue/index.js';
import { fill } from '../i18n/index.js';
import { planSchema, schemaForPath } from '../plan/schema.js';
import { wizardLanguage } from './messages.js';
import { isRecord } from './paths.js';

export interface FormatOptions {
  /** Extra comment lines at the top (a draft says it is one and how to continue it). */
  header?: readonly string[];
  /** Write the comments for a draft rather than a finished plan. */
  draft?: boolean;
  /** Where editors find the schema (see schemaReferenceFrom); the schema's `$id` when not given. */
  schema?: string;
}

/**
 * Writes plan data as the YAML a person would write by hand: the schema line for editors, a short
 * comment before each section, keys in the order of the plan format, and values quoted wherever a
 * YAML 1.1 reader (many editors and other tools) would read them differently ("NO", "yes", dates).
 * The same data always gives the same text.
 */
export function formatPlanYaml(data: unknown, options: FormatOptions = {}): string {
  const language = isRecord(data) && typeof data['language'] === 'string' ? data['language'] : 'en';
  const { messages, texts } = wizardLanguage(language);
  const c = messages.file;
  const doc = new Document(ordered(data, []), { compat: 'yaml-1.1' });
  doc.commentBefore = [
    ` yaml-language-server: $schema=${options.schema ?? schemaUrl()}`,
    ...[options.draft ? c.draft : c.header, ...(options.header ?? []), ...(options.draft ? [] : [c.check])].map((line) => ` ${line}`),
  ].join('\n');

  const sectionComments: Readonly<Record<string, string>> = {
    schemaVersion: c.basics,
    plan: c.plan,
    municipality: c.municipality,
    governance: c.governance,
    participation: c.participation,
    goals: c.goals,
    crossCutting: messages.details.fileCrossCutting,
    areas: c.areas,
    risks: messages.details.fileRisks,
    monitoring: c.monitoring,
  };
  if (isMap(doc.contents)) {
    for (const [index, pair] of (doc.contents.items as Pair[]).entries()) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      const comment = sectionComments[key];
      if (comment !== undefined && isScalar(pair.key)) {
        pair.key.commentBefore = ` ${comment}`;
        // A blank line between sections, but none at the top of a mapping (it would hold only indentation).
        pair.key.spaceBefore = index > 0;
      }
      if (key === 'areas' && isMap(pair.value)) {
        for (const [areaIndex, area] of (pair.value.items as Pair[]).entries()) {
          const id = isScalar(area.key) ? String(area.key.value) : '';
          if (!isAreaId(id) || !isScalar(area.key)) continue;
          area.key.commentBefore = ` ${fill(c.area, { number: areaById(id).number, title: texts.areas[id].title })}`;
          area.key.spaceBefore = areaIndex > 0;
        }
      }
    }
  }
  return doc.toString({ lineWidth: 100 });
}

/**
 * The schema's `$id`. A relative path (`../schemas/plan.schema.json`) only works inside this
 * repository and an absolute one only on the machine that wrote the file; the `$id` URL is the
 * same for every copy of the plan, wherever it is opened. (`roma-plan schema > plan.schema.json`
 * gives a local copy for editors that cannot fetch it.)
 */
export function schemaUrl(): string {
  const id = planSchema()['$id'];
  return typeof id === 'string' ? id : 'plan.schema.json';
}

/** A copy with every mapping's keys in the schema's order (the order of plan-format.md); unknown keys last. */
function ordered(value: unknown, path: (string | number)[]): unknown {
  if (Array.isArray(value)) return value.map((item, i) => ordered(item, [...path, i]));
  if (!isRecord(value)) return value;
  const properties = schemaForPath(path)?.['properties'];
  const known = isRecord(properties) ? Object.keys(properties) : [];
  const keys = [...known.filter((k) => k in value), ...Object.keys(value).filter((k) => !known.includes(k))];
  return Object.fromEntries(keys.filter((k) => value[k] !== undefined).map((k) => [k, ordered(value[k], [...path, k])]));
}
