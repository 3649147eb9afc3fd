import { AREA_IDS, areaById, type AreaId } from '../../catalogue/index.js';
import { fill } from '../../i18n/index.js';
import type { PathSegments } from '../../plan/issue.js';
import { areaPrefix, nextId } from '../ids.js';
import { askList } from '../list.js';
import { isRecord } from '../paths.js';
import type { Mode, Session } from '../session.js';
import { askMeasure } from './measure.js';
import { itemLabel, type Section } from './section.js';
import { parseLocalNumber } from '../local-input.js';

/** One section per priority area, in the catalogue's order. */
export function areaSection(id: AreaId): Section {
  return {
    id: `area:${id}`,
    title: (s) => fill(s.m.sections.area, { number: areaById(id).number, title: s.texts.areas[id].title }),
    paths: [['areas', id]],
    run: (s, mode) => runArea(s, id, mode),
  };
}

async function runArea(s: Session, id: AreaId, mode: Mode): Promise<void> {
  const m = s.m.area;
  const A = ['areas', id];
  s.next = undefined;
  // The catalogue describes the areas in English only; other languages show the title alone.
  if (mode === 'new' && !AREA_IDS.some((a) => s.get(['areas', a, 'applicable']) !== undefined)) await askScope(s);
  // Picked in the list of areas: applicable without asking again; left out: its reason is in.
  if (mode === 'new' && s.scope !== undefined) {
    if (!s.scope.includes(id)) return;
    s.set([...A, 'applicable'], true);
  }
  if (mode === 'new' && s.locale === 'en') s.ask.show(areaById(id).description);
  if (mode !== 'new' || s.scope === undefined) await s.flag([...A, 'applicable'], mode, { message: m.applicable, default: true });
  const objectives = s.get([...A, 'objectives']);
  if (s.get([...A, 'applicable']) === false && Array.isArray(objectives) && objectives.length > 0) {
    const drop = await s.ask.confirm({ name: `areas.${id}:drop`, message: fill(m.confirmDrop, { count: objectives.length }), default: false });
    if (drop) s.set([...A, 'objectives'], undefined);
    else s.set([...A, 'applicable'], true);
  }
  if (s.get([...A, 'applicable']) === false) {
    // The rule that wants a reason reports on the area, so the answer is judged there.
    await s.text([...A, 'reason'], mode, { message: m.reason, checkAt: A });
    return;
  }
  await s.text([...A, 'situation'], mode, { message: m.situation, long: true });
  // Figures and the ranked needs are optional: behind one question in a new area.
  const more = await s.optional(`areas.${id}:more`, m.moreAdd, mode);
  await askList(
    s,
    {
      path: [...A, 'data'],
      title: s.m.lists.data,
      min: 0,
      addFirst: m.dataAdd,
      addAnother: m.dataAddAnother,
      label: (item, i) => itemLabel(s, i, isRecord(item) ? item['indicator'] : undefined, isRecord(item) ? item['value'] : undefined),
      item: (path, itemMode) => fact(s, path, itemMode),
    },
    more,
  );
  await s.strings([...A, 'needs'], more, { message: m.needs });
  await askList(
    s,
    {
      path: [...A, 'objectives'],
      title: s.m.lists.objectives,
      min: 1,
      addAnother: m.objectiveAddAnother,
      more: () => takeNext(s, 'objective'),
      label: (item, i) => itemLabel(s, i, isRecord(item) ? item['title'] : undefined),
      item: (path, itemMode) => objective(s, id, path, itemMode),
    },
    mode,
  );
}

/**
 * The areas the plan covers, ticked in one list before the first area, and one reason for those left
 * out, stored on each of them (each can be changed on the review screen).
 */
async function askScope(s: Session): Promise<void> {
  const m = s.m.area;
  const picked = await s.ask.checkbox<AreaId>({
    name: 'areas:scope',
    message: m.scope,
    choices: AREA_IDS.map((a) => ({ value: a, name: `${areaById(a).number}. ${s.texts.areas[a].title}`, checked: true })),
  });
  s.scope = picked;
  const out = AREA_IDS.filter((a) => !picked.includes(a));
  for (const a of out) s.set(['areas', a, 'applicable'], false);
  const first = out[0];
  if (first === undefined) return;
  await s.text(['areas', first, 'reason'], 'new', { message: m.scopeReason, checkAt: ['areas', first] });
  const reason = s.get(['areas', first, 'reason']);
  for (const a of out.slice(1)) s.set(['areas', a, 'reason'], reason);
}

/**
 * Whether the list of measures (or objectives) gets another item, as answered to "what next?"
 * after the last measure; undefined (ask) when that question was not asked.
 */
function takeNext(s: Session, list: 'measure' | 'objective'): boolean | undefined {
  const next = s.next;
  if (next === undefined) return undefined;
  // The objectives' list is the last to read the answer: it ends there.
  if (next === list || list === 'objective') s.next = undefined;
  return next === list;
}

async function fact(s: Session, path: PathSegments, mode: Mode): Promise<void> {
  const m = s.m.area;
  await s.text([...path, 'indicator'], mode, { message: m.dataIndicator });
  // A figure is a number when it reads as one, else text such as "n/a": the format allows both.
  await s.text([...path, 'value'], mode, { message: m.dataValue });
  const value = s.get([...path, 'value']);
  const figure = typeof value === 'string' ? parseLocalNumber(value, s.inputLocale()) : undefined;
  if (typeof figure === 'number') s.set([...path, 'value'], figure);
  await s.number([...path, 'year'], mode, { message: m.dataYear });
  await s.text([...path, 'source'], mode, { message: m.dataSource });
}

async function objective(s: Session, area: AreaId, path: PathSegments, mode: Mode): Promise<void> {
  const index = Number(path.at(-1));
  const number = `${areaById(area).number}.${index + 1}`;
  if (mode === 'new') s.set([...path, 'id'], nextId(s.draft, areaPrefix(area), index + 1));
  else await s.text([...path, 'id'], 'fill', { message: s.m.area.objectiveTitle });
  await s.text([...path, 'title'], mode, { message: fill(s.m.area.objectiveTitle, { number }) });
  await askList(
    s,
    {
      path: [...path, 'measures'],
      title: s.m.lists.measures,
      min: 1,
      addAnother: s.m.measure.addAnother,
      more: () => takeNext(s, 'measure'),
      label: (item, i) => itemLabel(s, i, isRecord(item) ? item['title'] : undefined),
      item: (measurePath, itemMode) => askMeasure(s, area, measurePath, itemMode, number),
    },
    mode,
  );
}
