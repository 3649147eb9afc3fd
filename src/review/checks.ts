import { AREA_IDS, CROSS_CUTTING_IDS, areaById } from '../catalogue/index.js';
import type { Indicator, Measure, Objective, Plan } from '../plan/types.js';
import type { CheckFacts, CheckFinding, CheckState } from './types.js';

/**
 * The criteria the checks are grouped under: those of the Roma Civil Monitor (participation,
 * relevance, expected effectiveness, alignment with the EU framework) with monitoring apart, as
 * the Regional Cooperation Council's reporting asks for it. See the README for the sources.
 */
export const CRITERIA = ['participation', 'relevance', 'effectiveness', 'monitoring', 'alignment'] as const;
export type Criterion = (typeof CRITERIA)[number];

export const CHECK_IDS = [
  'roma-participation',
  'women-participation',
  'areas-justified',
  'sex-disaggregated',
  'legal-basis',
  'measures-complete',
  'secured-funding',
  'risks',
  'sustainability',
  'outcome-indicators',
  'monitoring-complete',
  'cross-cutting',
  'targets-linked',
] as const;
export type CheckId = (typeof CHECK_IDS)[number];

/** The monitoring arrangements a reviewer looks for, in the order the checklist names the missing ones. */
export const MONITORING_FIELDS = ['body', 'frequency', 'reportTo', 'publication', 'budget', 'evaluationMethod', 'revision', 'nationalReporting', 'midTermReview', 'finalEvaluation'] as const;
export type MonitoringField = (typeof MONITORING_FIELDS)[number];

/** A measure with its number as the documents show it (5.1.2). */
interface Numbered<T> {
  number: string;
  item: T;
}

/** The plan read once for the checks: numbered measures and objectives of the areas that apply. */
export interface PlanFacts {
  plan: Plan;
  measures: Numbered<Measure>[];
  objectives: Numbered<Objective>[];
  indicators: Indicator[];
}

export function planFacts(plan: Plan): PlanFacts {
  const measures: Numbered<Measure>[] = [];
  const objectives: Numbered<Objective>[] = [];
  for (const id of AREA_IDS) {
    const area = plan.areas[id];
    if (!area.applicable) continue;
    for (const [oi, o] of (area.objectives ?? []).entries()) {
      const n = `${areaById(id).number}.${oi + 1}`;
      objectives.push({ number: n, item: o });
      for (const [mi, m] of o.measures.entries()) measures.push({ number: `${n}.${mi + 1}`, item: m });
    }
  }
  const indicators = [...objectives.flatMap((o) => o.item.indicators ?? []), ...measures.flatMap((m) => m.item.indicators)];
  return { plan, measures, objectives, indicators };
}

type Check = (p: PlanFacts) => { met: CheckState; applicable?: boolean; facts: CheckFacts };

/** All, some or none of `total` things pass: met, partial or not met. */
const share = (failing: number, total: number): CheckState => (failing === 0 ? true : failing < total ? 'partial' : false);

/** The things that fail a test, by number, with the verdict. */
function every<T>(things: readonly Numbered<T>[], passes: (t: T) => boolean): { met: CheckState; facts: CheckFacts } {
  const failing = things.filter((t) => !passes(t.item)).map((t) => t.number);
  return { met: share(failing.length, things.length), facts: { count: failing.length, total: things.length, items: failing } };
}

const hasText = (s: string | undefined): boolean => s !== undefined && s.trim() !== '';

/** Roma took part in every consultation (their number is recorded and above zero). */
const romaParticipation: Check = ({ plan }) => {
  const without = plan.participation.filter((c) => !(c.participants.roma !== undefined && c.participants.roma > 0));
  return { met: share(without.length, plan.participation.length), facts: { count: without.length, total: plan.participation.length, items: without.map((c) => c.date) } };
};

/** Women took part in every consultation; the community action group, when there is one, has women. */
const womenParticipation: Check = ({ plan }) => {
  const without = plan.participation.filter((c) => !(c.participants.women !== undefined && c.participants.women > 0));
  const group = plan.governance.communityActionGroup;
  const groupWithout = group !== undefined && !(group.women !== undefined && group.women > 0);
  const failing = without.length + (groupWithout ? 1 : 0);
  const total = plan.participation.length + (group ? 1 : 0);
  return { met: share(failing, total), facts: { count: without.length, total: plan.participation.length, items: [...without.map((c) => c.date), ...(groupWithout ? ['communityActionGroup'] : [])] } };
};

/** Every area is covered, or left out with a reason the plan backs with data. */
const areasJustified: Check = ({ plan }) => {
  const out = AREA_IDS.filter((id) => !plan.areas[id].applicable);
  const unbacked = out.filter((id) => (plan.areas[id].data ?? []).length === 0);
  return { met: share(unbacked.length, out.length), facts: { count: unbacked.length, total: out.length, items: unbacked, leftOut: out } };
};

/** Situation figures broken down by sex, and indicators broken down by sex. */
const sexDisaggregated: Check = ({ plan, indicators }) => {
  const data = AREA_IDS.some((id) => (plan.areas[id].data ?? []).some((d) => d.sex !== undefined));
  const ind = indicators.some((i) => (i.disaggregation ?? []).includes('sex'));
  const missing = [...(data ? [] : ['data']), ...(ind ? [] : ['indicators'])];
  return { met: share(missing.length, 2), facts: { count: missing.length, total: 2, items: missing } };
};

const legalBasis: Check = ({ plan }) => {
  const acts = (plan.plan.legalBasis ?? []).filter(hasText);
  return { met: acts.length > 0, facts: { count: acts.length, items: acts } };
};

/** Every measure has a lead, a cost and indicators whose baseline says which year it is from. */
const measuresComplete: Check = ({ measures }) =>
  every(measures, (m) => hasText(m.lead) && Number.isFinite(m.cost.total) && m.indicators.length > 0 && m.indicators.every((i) => i.baselineYear !== undefined));

/** Every measure that costs money has all of it secured. */
const securedFunding: Check = ({ measures }) => {
  const paid = measures.filter((m) => m.item.cost.total > 0);
  const result = every(paid, (m) => (m.cost.sources ?? []).length > 0 && (m.cost.sources ?? []).every((s) => s.status === 'secured'));
  return { ...result, applicable: paid.length > 0 };
};

/** A plan-level risk analysis, and risks named for every measure. */
const risks: Check = ({ plan, measures }) => {
  const planLevel = (plan.risks ?? []).length > 0;
  const without = measures.filter((m) => (m.item.risks ?? []).length === 0).map((m) => m.number);
  const met: CheckState = planLevel && without.length === 0 ? true : !planLevel && without.length === measures.length ? false : 'partial';
  return { met, facts: { count: without.length, total: measures.length, items: [...(planLevel ? [] : ['plan']), ...without] } };
};

/** How the work goes on when outside money ends: for the plan, or for each measure that has outside money. */
const sustainability: Check = ({ plan, measures }) => {
  const outside = measures.filter((m) => (m.item.cost.sources ?? []).some((s) => s.type !== 'municipal' && s.amount > 0));
  const planStatement = hasText(plan.plan.sustainability);
  if (outside.length === 0) return { met: planStatement, applicable: false, facts: { count: 0, total: 0, items: [], planStatement } };
  if (planStatement) return { met: true, facts: { count: 0, total: outside.length, items: [], planStatement } };
  const r = every(outside, (m) => hasText(m.sustainability));
  return { met: r.met, facts: { ...r.facts, planStatement } };
};

/** Every objective has an outcome indicator: its own, or one of its measures' marked as an outcome. */
const outcomeIndicators: Check = ({ objectives }) =>
  every(objectives, (o) => (o.indicators ?? []).some((i) => i.level !== 'output') || o.measures.some((m) => m.indicators.some((i) => i.level === 'outcome')));

/** Every monitoring arrangement a reviewer asks for. */
const monitoringComplete: Check = ({ plan }) => {
  const m = plan.monitoring as Record<MonitoringField, unknown>;
  const missing = MONITORING_FIELDS.filter((f) => m[f] === undefined || (typeof m[f] === 'string' && !hasText(m[f])));
  return { met: share(missing.length, MONITORING_FIELDS.length), facts: { count: missing.length, total: MONITORING_FIELDS.length, items: missing } };
};

/** The four cross-cutting commitments each stated, and each served by at least one measure. */
const crossCutting: Check = ({ plan, measures }) => {
  const served = new Set(measures.flatMap((m) => m.item.crossCutting ?? []));
  const missing = CROSS_CUTTING_IDS.filter((id) => !hasText(plan.crossCutting?.[id]?.statement) || !served.has(id));
  return { met: share(missing.length, CROSS_CUTTING_IDS.length), facts: { count: missing.length, total: CROSS_CUTTING_IDS.length, items: missing } };
};

/** At least one indicator says which EU 2030 or Poznan Declaration target it contributes to. */
const targetsLinked: Check = ({ indicators }) => {
  const linked = indicators.filter((i) => (i.contributesTo ?? []).length > 0);
  return { met: linked.length > 0, facts: { count: linked.length, total: indicators.length, items: [...new Set(linked.flatMap((i) => i.contributesTo ?? []))] } };
};

/** The check table: each check, the criterion it serves and the function that makes it. */
export const CHECKS: readonly { id: CheckId; criterion: Criterion; run: Check }[] = [
  { id: 'roma-participation', criterion: 'participation', run: romaParticipation },
  { id: 'women-participation', criterion: 'participation', run: womenParticipation },
  { id: 'areas-justified', criterion: 'relevance', run: areasJustified },
  { id: 'sex-disaggregated', criterion: 'relevance', run: sexDisaggregated },
  { id: 'legal-basis', criterion: 'effectiveness', run: legalBasis },
  { id: 'measures-complete', criterion: 'effectiveness', run: measuresComplete },
  { id: 'secured-funding', criterion: 'effectiveness', run: securedFunding },
  { id: 'risks', criterion: 'effectiveness', run: risks },
  { id: 'sustainability', criterion: 'effectiveness', run: sustainability },
  { id: 'outcome-indicators', criterion: 'monitoring', run: outcomeIndicators },
  { id: 'monitoring-complete', criterion: 'monitoring', run: monitoringComplete },
  { id: 'cross-cutting', criterion: 'alignment', run: crossCutting },
  { id: 'targets-linked', criterion: 'alignment', run: targetsLinked },
];

/** Runs every check on a valid plan. */
export function runChecks(plan: Plan): CheckFinding[] {
  const facts = planFacts(plan);
  return CHECKS.map(({ id, criterion, run }) => {
    const r = run(facts);
    return { id, criterion, met: r.met, applicable: r.applicable ?? true, facts: r.facts };
  });
}

/**
 * The score: checks fully met over checks that apply. A check met only in part does not count
 * (it is shown as such), so that 100 % means nothing is left to do.
 */
export function scoreOf(findings: readonly CheckFinding[]): { met: number; partial: number; applicable: number; percent: number } {
  const applicable = findings.filter((f) => f.applicable);
  const met = applicable.filter((f) => f.met === true).length;
  const partial = applicable.filter((f) => f.met === 'partial').length;
  return { met, partial, applicable: applicable.length, percent: applicable.length === 0 ? 100 : Math.floor((met / applicable.length) * 100) };
}
