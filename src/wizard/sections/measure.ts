import { CROSS_CUTTING_IDS, GOAL_IDS, goalById, practiceById, practicesForArea, type AreaId, type Practice } from '../../catalogue/index.js';
import { fill } from '../../i18n/index.js';
import { formatPath, type PathSegments } from '../../plan/issue.js';
import { nextId, areaPrefix } from '../ids.js';
import type { Mode, Session } from '../session.js';
import { parseLocalPeriod } from '../local-input.js';
import { askCost } from './measure-cost.js';
import { askIndicators } from './measure-indicators.js';
import { numberAt, textAt } from './section.js';

/**
 * One measure. A new one starts from a good practice of the area (or the person's own idea): the
 * practice proposes title, description and goals, which are validated like typed answers.
 */
export async function askMeasure(s: Session, area: AreaId, path: PathSegments, mode: Mode, objectiveNumber: string): Promise<void> {
  const m = s.m.measure;
  const number = `${objectiveNumber}.${Number(path.at(-1)) + 1}`;
  const before = s.get([...path, 'practice']);
  // Continuing a measure whose title is already in means the practice question was answered.
  const practiceMode: Mode = mode === 'continue' ? (s.get([...path, 'title']) === undefined ? 'new' : 'fill') : mode;
  await s.choice([...path, 'practice'], practiceMode, {
    message: fill(m.practice, { number }),
    choices: practicesForArea(area).map((p) => practiceChoice(s, p)),
    optional: { label: m.own, first: true },
    search: true,
  });
  const chosen = s.get([...path, 'practice']);
  const practice = chosen !== before && typeof chosen === 'string' ? practiceById(chosen) : undefined;

  if (mode === 'new') {
    const objectiveId = textAt(s, [...path.slice(0, -2), 'id']);
    s.set([...path, 'id'], nextId(s.draft, objectiveId ?? `${areaPrefix(area)}-${objectiveNumber.split('.')[1]}`, Number(path.at(-1)) + 1));
  } else {
    await s.text([...path, 'id'], 'fill', { message: s.m.id });
  }
  const texts = practice ? practiceText(s, practice) : undefined;
  await s.text([...path, 'title'], mode, { message: fill(m.title, { number }), ...(texts ? { prefill: texts.title } : {}) });
  // Description, partners, risks and how indicators are split: behind one question in a new measure.
  const details = await s.optional(`${formatPath(path)}:details`, m.detailsAdd, mode);
  if (details === 'fill' && texts && s.get([...path, 'description']) === undefined) s.set([...path, 'description'], texts.description);
  await s.text([...path, 'description'], details, { message: m.description, long: true, ...(texts ? { prefill: texts.description } : {}) });
  await s.text([...path, 'lead'], mode, { message: m.lead });
  await s.strings([...path, 'partners'], details, { message: m.partners });
  const from = numberAt(s, ['plan', 'period', 'from']);
  const to = numberAt(s, ['plan', 'period', 'to']);
  // A new measure's start and end are one answer ("2026-2028"); what it does not give, or gives
  // wrong, is asked on its own, and so are both when the measure is edited.
  const one = mode === 'new' ? await askWhen(s, path, from, to) : mode;
  await s.yearOrQuarter([...path, 'start'], one, { message: fill(m.start, { from: from ?? '', to: to ?? '' }), default: from });
  await s.yearOrQuarter([...path, 'end'], one, { message: m.end, default: to });
  // A good practice names the goals it serves; they are taken and can be changed on the review screen.
  await s.checklist([...path, 'goals'], s.computed([...path, 'goals'], mode, practice?.goals), {
    message: m.goals,
    choices: GOAL_IDS.map((id) => ({ value: id, name: `${goalById(id).number}. ${s.texts.goals[id].title}`, description: s.help.goals[id] })),
    ...(practice ? { prefill: practice.goals } : {}),
  });
  await askCost(s, [...path, 'cost'], mode, number);
  await askIndicators(s, [...path, 'indicators'], mode, details, mode === 'new' ? () => whatNext(s, path) : undefined);
  // Risks written out in full (likelihood, impact, ...) cannot be edited as one line; they are only checked.
  const risks = s.get([...path, 'risks']);
  const structured = Array.isArray(risks) && risks.some((r) => typeof r !== 'string');
  await s.strings([...path, 'risks'], structured ? 'fill' : details, { message: m.risks });
  // The commitments served and the sustainability are asked with the reviewer's details; here only checked.
  const d = s.m.details;
  await s.checklist([...path, 'crossCutting'], 'fill', { message: fill(d.tags, { number, title: textAt(s, [...path, 'title']) ?? '' }), choices: CROSS_CUTTING_IDS.map((id) => ({ value: id, name: d.commitments[id] })), optional: true });
  await s.text([...path, 'sustainability'], 'fill', { message: fill(d.measureSustainability, { number }) });
}

/** Asks start and end together; returns the mode to ask each of them in afterwards. */
async function askWhen(s: Session, path: PathSegments, from: number | undefined, to: number | undefined): Promise<Mode> {
  const proposal = from !== undefined && to !== undefined ? { default: `${from}-${to}` } : {};
  const answer = await s.ask.input({ name: `${formatPath(path)}:when`, message: fill(s.m.measure.when, { from: from ?? '', to: to ?? '' }), ...proposal });
  const period = parseLocalPeriod(answer);
  if (period === undefined) return 'new';
  s.set([...path, 'start'], period.start);
  s.set([...path, 'end'], period.end);
  return 'fill';
}

/**
 * After a new measure's indicators, one question instead of "another indicator?", "another
 * measure?" and "another objective?": the answer is kept on the session for the lists around.
 */
async function whatNext(s: Session, path: PathSegments): Promise<boolean> {
  const m = s.m.measure;
  const next = await s.ask.select<NonNullable<Session['next']>>({
    name: `${formatPath(path)}:next`,
    message: s.m.review.menu,
    choices: [
      { value: 'indicator', name: s.help.nextMenu.indicator },
      { value: 'measure', name: s.help.nextMenu.measure },
      { value: 'objective', name: s.help.nextMenu.objective },
      { value: 'area', name: m.nextDone },
    ],
    default: 'area',
  });
  s.next = next === 'indicator' ? undefined : next;
  return next === 'indicator';
}

function practiceChoice(s: Session, p: Practice): { value: string; name: string; description: string } {
  const t = practiceText(s, p);
  const source = p.source.publisher ? `${p.source.title} (${p.source.publisher})` : p.source.title;
  return { value: p.id, name: t.title, description: `${t.description}\n${fill(s.m.measure.source, { source })}` };
}

/** A practice's title and description in the wizard's language where translated, else English. */
function practiceText(s: Session, p: Practice): { title: string; description: string } {
  return s.texts.practices?.[p.id] ?? { title: p.title, description: p.description };
}
