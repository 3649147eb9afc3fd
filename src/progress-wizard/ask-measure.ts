import { fill } from '../i18n/index.js';
import { formatPath, type PathSegments } from '../plan/issue.js';
import type { PlanMeasure } from '../progress/plan-measures.js';
import type { MeasureProgress } from '../progress/types.js';
import type { Mode } from '../wizard/session.js';
import { isRecord } from '../wizard/paths.js';
import type { ProgressSession } from './progress-session.js';

/** Where one measure's entry sits in the session's draft, and what was reported for it before. */
export interface MeasureSlot {
  planned: PlanMeasure;
  /** ['years', yi, 'measures', mi] */
  path: PathSegments;
  /** The entry of the latest earlier year that reported the measure: its answers are the defaults. */
  previous?: { year: number; entry: MeasureProgress };
}

const DEVIATION_NEEDED = new Set(['delayed', 'cancelled']);

/**
 * Asks what happened to one measure in the year: status, what was done, spending by the sources
 * the plan funds it from, people reached, each indicator's value with its date and source, the
 * reason and corrective action of a delay or cancellation, and the community's own assessment.
 */
export async function askMeasure(s: ProgressSession, slot: MeasureSlot, mode: Mode): Promise<void> {
  const { planned, path: at, previous } = slot;
  const p = s.p;
  const year = s.year;
  const before = previous?.entry;
  s.set([...at, 'measure'], s.get([...at, 'measure']) ?? planned.id ?? planned.number);

  await s.choice([...at, 'status'], mode, { message: fill(p.status, { year }), choices: s.statusChoices(), default: before?.status });
  await s.text([...at, 'implemented'], mode, { message: fill(p.implemented, { year }), default: before?.implemented });
  await askSpending(s, slot, mode);
  await askReached(s, slot, mode);
  await askIndicators(s, slot, mode);

  const status = s.get([...at, 'status']);
  if (typeof status === 'string' && (DEVIATION_NEEDED.has(status) || status === 'not-started')) {
    const required = DEVIATION_NEEDED.has(status);
    await s.text([...at, 'deviation'], mode, { message: p.deviation, default: before?.deviation, required });
    await s.text([...at, 'correctiveAction'], mode, { message: p.correctiveAction, default: before?.correctiveAction, required });
  } else if (mode === 'new' || mode === 'edit') {
    // An explanation belongs to a departure from the plan; a measure on track has none to keep.
    s.set([...at, 'deviation'], undefined);
    s.set([...at, 'correctiveAction'], undefined);
  }
  await askCommunity(s, slot, mode);
}

async function askSpending(s: ProgressSession, slot: MeasureSlot, mode: Mode): Promise<void> {
  const { planned, path: at, previous } = slot;
  const types = [...new Set((planned.measure.cost.sources ?? []).map((x) => x.type))];
  if (types.length === 0) return;
  const current = s.get([...at, 'spent']);
  const list = Array.isArray(current) ? current.filter(isRecord) : [];
  // From a file, the spending given is kept as it is (a source left out was nothing spent); only a wrong amount is asked.
  if (mode === 'fill') {
    for (const i of list.keys()) await s.number([...at, 'spent', i, 'amount'], mode, { message: fill(s.p.spent, { year: s.year, source: s.m.sourceTypes[list[i]!['type'] as 'other'] ?? String(list[i]!['type']), currency: s.currency }) });
    return;
  }
  // One line per planned source, in the plan's order; amounts from other sources (written in a file) are kept after them.
  const spent = [...types.map((type) => list.find((x) => x['type'] === type) ?? { type }), ...list.filter((x) => !types.includes(x['type'] as never))];
  s.set([...at, 'spent'], spent);
  for (const [i, type] of types.entries()) {
    const last = previous?.entry.spent?.find((x) => x.type === type)?.amount;
    await s.number([...at, 'spent', i, 'amount'], mode, {
      message: fill(s.p.spent, { year: s.year, source: s.m.sourceTypes[type], currency: s.currency }),
      // Nothing spent from a source is 0, proposed so that Enter says it; last year's amount when there is one.
      default: last ?? 0,
    });
  }
}

async function askReached(s: ProgressSession, slot: MeasureSlot, mode: Mode): Promise<void> {
  const { path: at, previous } = slot;
  const p = s.p;
  const path = [...at, 'reached'];
  const has = s.get(path) !== undefined;
  const last = previous?.entry.reached;
  const ask = async (mode: Mode) => {
    await s.number([...path, 'total'], mode, { message: fill(p.reachedTotal, { year: s.year }), default: last?.total, required: true });
    await s.number([...path, 'roma'], mode, { message: p.reachedRoma, default: last?.roma });
    await s.number([...path, 'women'], mode, { message: p.reachedWomen, default: last?.women });
    await s.number([...path, 'children'], mode, { message: p.reachedChildren, default: last?.children });
  };
  // From a file: only what is wrong is asked (a part above the total, say).
  if (mode === 'fill') {
    if (has) await ask(mode);
    return;
  }
  const counts = await s.ask.confirm({ name: `${formatPath(path)}:counts`, message: p.countsPeople, default: has || previous?.entry.reached !== undefined });
  if (!counts) {
    s.set(path, undefined);
    return;
  }
  if (!has) s.set(path, {});
  await ask(has ? mode : 'new');
}

async function askIndicators(s: ProgressSession, slot: MeasureSlot, mode: Mode): Promise<void> {
  const { planned, path: at, previous } = slot;
  const p = s.p;
  const indicators = planned.measure.indicators;
  const listPath = [...at, 'indicators'];
  const given = s.get(listPath);
  const list = Array.isArray(given) ? given.filter(isRecord) : [];
  const position = (entry: Record<string, unknown>): number => {
    const ref = entry['indicator'];
    if (typeof ref === 'number') return ref;
    const wanted = String(ref).trim().toLowerCase();
    return indicators.findIndex((i) => i.name.trim().toLowerCase() === wanted) + 1;
  };
  // In the plan's order, by position; values given by name in a file are kept under their name.
  const ordered = indicators.flatMap((_, k) => list.filter((e) => position(e) === k + 1));
  const others = list.filter((e) => position(e) < 1);
  s.set(listPath, [...ordered, ...others]);
  for (const [k, ind] of indicators.entries()) {
    const entries = s.get(listPath) as Record<string, unknown>[];
    let i = entries.findIndex((e) => position(e) === k + 1);
    const exists = i >= 0;
    if (!exists && mode === 'fill') continue;
    const last = previous?.entry.indicators?.find((v) => (typeof v.indicator === 'number' ? v.indicator === k + 1 : v.indicator.trim().toLowerCase() === ind.name.trim().toLowerCase()));
    if (mode !== 'fill' || !exists || s.errors([...listPath, i]).length > 0) s.ask.show(fill(p.indicator, { position: k + 1, name: ind.name, baseline: `${s.formatNumber(ind.baseline)} ${ind.unit}`, target: `${s.formatNumber(ind.target)} ${ind.unit}` }));
    if (!exists) {
      i = entries.filter((e) => position(e) >= 1 && position(e) < k + 1).length;
      entries.splice(i, 0, { indicator: k + 1 });
    }
    const item = [...listPath, i];
    await s.number([...item, 'value'], exists ? mode : 'new', { message: fill(p.indicatorValue, { year: s.year, unit: ind.unit }), default: last?.value, emptySkips: true });
    if (s.get([...item, 'value']) === undefined) {
      entries.splice(i, 1);
      continue;
    }
    await s.date([...item, 'date'], exists ? mode : 'new', { message: p.indicatorDate, default: `${s.year}-12-31` });
    await s.text([...item, 'source'], exists ? mode : 'new', { message: p.indicatorSource, default: last?.source ?? ind.verification });
  }
  if ((s.get(listPath) as unknown[]).length === 0) s.set(listPath, undefined);
}

async function askCommunity(s: ProgressSession, slot: MeasureSlot, mode: Mode): Promise<void> {
  const { path: at, previous } = slot;
  const p = s.p;
  const path = [...at, 'community'];
  const has = s.get(path) !== undefined;
  const last = previous?.entry.community;
  if (mode === 'fill' && !(has && s.errors(path).length > 0)) return;
  if (mode !== 'fill') {
    const assessed = await s.ask.confirm({ name: `${formatPath(path)}:given`, message: p.communityAsk, default: has || last !== undefined });
    if (!assessed) {
      s.set(path, undefined);
      return;
    }
  }
  if (!has) s.set(path, {});
  await s.text([...path, 'by'], mode, { message: p.communityBy, default: last?.by });
  await s.choice([...path, 'rating'], mode, { message: p.communityRating, choices: s.statusChoices(), default: last?.rating ?? s.get([...at, 'status']) });
  await s.text([...path, 'comment'], mode, { message: p.communityComment });
}
