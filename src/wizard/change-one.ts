import { formatPath, type PathSegments } from '../plan/issue.js';
import type { Ask } from './ask.js';
import { isRecord } from './paths.js';
import type { Section } from './sections/index.js';
import { Session } from './session.js';

interface Field {
  path: PathSegments;
  message: string;
}

interface Part {
  section: Section;
  /** The section's title, or an objective's or measure's title indented under it. */
  label: string;
  fields: Field[];
}

/**
 * "Change one answer" on the review screen: the person picks a part of the plan (a section, or an
 * objective or a measure inside an area), then one of its answers, and only that answer is asked
 * again. Three answers from the review menu to the changed value.
 *
 * Which answers a part has is not listed anywhere by hand: the section is run on a copy of the plan
 * with nothing asked (Session.survey), and every field it would ask is recorded. Changing one is the
 * same run with that field in focus (Session.focus): the section asks it, and anything the change
 * makes wrong, and nothing else.
 */
export async function changeOne(s: Session, sections: readonly Section[], saved: (section: string) => Promise<void>): Promise<void> {
  const parts = (await Promise.all(sections.map((section) => partsOf(s, section)))).flat();
  const r = s.help.review;
  const part = await s.ask.select<number>({
    name: 'review:part',
    message: r.pickPart,
    choices: parts.map((p, i) => ({ value: i, name: p.label })),
  });
  const chosen = parts[part]!;
  if (chosen.fields.length === 0) {
    s.ask.show(r.nothingToPick, 'problem');
    return;
  }
  const index = await s.ask.select<number>({
    name: 'review:field',
    message: r.pickField,
    choices: chosen.fields.map((f, i) => ({ value: i, name: `${itemOf(s, f.path)}${f.message} · ${shown(s, s.get(f.path))}` })),
  });
  const field = chosen.fields[index]!;
  s.focus = formatPath(field.path);
  try {
    await chosen.section.run(s, 'fill');
  } finally {
    s.focus = undefined;
  }
  await saved(chosen.section.id);
}

/** A section's answers, grouped by the objective or measure they belong to. */
async function partsOf(s: Session, section: Section): Promise<Part[]> {
  const probe = new Session(quiet, { locale: s.locale, messages: s.m, texts: s.texts, help: s.help }, structuredClone(s.draft), s.year, s.validate);
  probe.survey = [];
  await section.run(probe, 'fill');
  const parts = new Map<string, Part>([['', { section, label: section.title(s), fields: [] }]]);
  for (const field of probe.survey) {
    const owner = ownerOf(field.path);
    const key = owner === undefined ? '' : formatPath(owner);
    let part = parts.get(key);
    if (part === undefined) {
      const depth = owner?.includes('measures') ? 2 : 1;
      part = { section, label: `${'  '.repeat(depth)}› ${itemTitle(s, owner!)}`, fields: [] };
      parts.set(key, part);
    }
    if (!part.fields.some((f) => formatPath(f.path) === formatPath(field.path))) part.fields.push(field);
  }
  return [...parts.values()];
}

/** The objective or measure a field belongs to (the deepest one), if any. */
function ownerOf(path: PathSegments): PathSegments | undefined {
  for (const list of ['measures', 'objectives']) {
    const at = path.lastIndexOf(list);
    if (at >= 0 && typeof path[at + 1] === 'number') return path.slice(0, at + 2);
  }
  return undefined;
}

/**
 * "Přednádraží: " before the fields of one settlement, consultation, figure, funding source or
 * indicator, so that the fields of two items of a list can be told apart.
 */
function itemOf(s: Session, path: PathSegments): string {
  const owner = ownerOf(path)?.length ?? 0;
  const at = path.findLastIndex((p, i) => i >= owner && typeof p === 'number');
  if (at < 0) return '';
  const item = s.get(path.slice(0, at + 1));
  const name = ['name', 'title', 'indicator', 'date', 'risk'].map((k) => (isRecord(item) ? item[k] : undefined)).find((v) => typeof v === 'string' && v !== '');
  return `${typeof name === 'string' ? shortened(name, 30) : `${Number(path[at]) + 1}.`}: `;
}

function itemTitle(s: Session, path: PathSegments): string {
  const item = s.get(path);
  const title = isRecord(item) && typeof item['title'] === 'string' ? item['title'] : formatPath(path);
  const id = isRecord(item) && typeof item['id'] === 'string' ? `${item['id']} ` : '';
  return `${id}${title}`;
}

/** The current answer, short, as the field list shows it. */
function shown(s: Session, value: unknown): string {
  if (value === undefined || value === null) return '—';
  // Years and other small whole numbers without a thousands separator (2026, not 2,026).
  if (typeof value === 'number') return Number.isInteger(value) && Math.abs(value) < 10000 ? String(value) : s.formatNumber(value);
  if (typeof value === 'boolean') return value ? s.m.yes : s.m.no;
  const text = Array.isArray(value) ? value.map(String).join('; ') : typeof value === 'string' ? value : '…';
  return shortened(text, 40);
}

function shortened(text: string, max: number): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

/** Answers every question with its proposal, silently: the survey asks nothing of the person. */
const quiet: Ask = {
  input: async (q) => q.default ?? '',
  number: async (q) => q.default,
  select: async (q) => q.default ?? q.choices[0]!.value,
  search: async (q) => q.default ?? q.choices[0]!.value,
  checkbox: async (q) => q.choices.filter((c) => c.checked).map((c) => c.value),
  confirm: async (q) => q.default ?? false,
  show: () => undefined,
};
