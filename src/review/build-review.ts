import { areaById } from '../catalogue/index.js';
import type { AreaId, CrossCuttingId } from '../catalogue/types.js';
import { fill, messagesFor, resolveLocale } from '../i18n/index.js';
import type { ReviewTexts } from '../i18n/review-en.js';
import type { Plan } from '../plan/types.js';
import { createFormat, type Format } from '../view/format.js';
import { CRITERIA, runChecks, scoreOf, type MonitoringField } from './checks.js';
import type { CheckFinding, ReviewCheckView, ReviewView } from './types.js';

export interface BuildReviewOptions {
  /** Language of the checklist; defaults to the plan's `language`. */
  locale?: string;
}

/** How many things a reason names before it says how many more there are. */
const MAX_LISTED = 12;

/**
 * The reviewer's checklist of a valid plan: every check with its verdict, the reason with the
 * concrete facts (which measures, which areas), what to do, and the score, worded in the
 * document's language. Built once; the CLI, the notes for reviewers and the batch index show it.
 */
export function buildReview(plan: Plan, options: BuildReviewOptions = {}): ReviewView {
  const { locale } = resolveLocale(options.locale ?? plan.language);
  const messages = messagesFor(locale);
  const r = messages.review;
  const fmt = createFormat(locale, plan.currency, messages.document, true);
  const findings = runChecks(plan);
  const score = scoreOf(findings);
  const values = { met: score.met, applicable: score.applicable, percent: fmt.share(score.percent, 100) };
  return {
    locale,
    title: r.title,
    intro: r.intro,
    criteria: CRITERIA.map((id) => ({ id, title: r.criterion[id] })),
    checks: findings.map((f) => checkView(f, r, fmt, messages.catalogue.areas)),
    score: { ...score, text: fill(r.score, values), short: fill(r.scoreShort, values) },
    scoreRule: r.scoreRule,
    labels: { colCheck: r.colCheck, colState: r.colState, colReason: r.colReason, todo: r.todo, criteria: r.criteria },
  };
}

function checkView(f: CheckFinding, r: ReviewTexts, fmt: Format, areas: Record<AreaId, { short: string }>): ReviewCheckView {
  const texts = r.check[f.id];
  const state = !f.applicable ? r.state.notApplicable : f.met === true ? r.state.met : f.met === 'partial' ? r.state.partial : r.state.unmet;
  const list = (items: readonly string[]): string => (items.length <= MAX_LISTED ? items.join(', ') : fill(r.listMore, { list: items.slice(0, MAX_LISTED).join(', '), more: items.length - MAX_LISTED }));
  const items = f.facts.items ?? [];
  const values = { count: f.facts.count ?? 0, total: f.facts.total ?? 0 };
  const say = (template: string, shown: readonly string[] = items): string => fill(template, { ...values, list: list(shown) });
  const reason = ((): string => {
    switch (f.id) {
      case 'roma-participation':
        return say(f.met === true ? texts.met : r.check[f.id].unmet, items.map((d) => fmt.date(d)));
      case 'women-participation': {
        const t = r.check[f.id];
        const dates = items.filter((i) => i !== 'communityActionGroup');
        const parts = [...(dates.length > 0 ? [say(t.unmet, dates.map((d) => fmt.date(d)))] : []), ...(items.includes('communityActionGroup') ? [t.group] : [])];
        return parts.length === 0 ? say(t.met) : parts.join(' ');
      }
      case 'areas-justified': {
        const t = r.check[f.id];
        const name = (id: string): string => `${areaById(id as AreaId).number}. ${areas[id as AreaId].short}`;
        if (f.met === true) return values.total === 0 ? t.met : fill(t.metLeftOut, { list: list(leftOutAreas(f)) });
        return say(t.unmet, items.map(name));
      }
      case 'sex-disaggregated': {
        const t = r.check[f.id];
        return f.met === true ? t.met : items.map((i) => (i === 'data' ? t.data : t.indicators)).join(' ');
      }
      case 'legal-basis':
        return f.met === true ? say(r.check[f.id].met, items) : r.check[f.id].unmet;
      case 'risks': {
        const t = r.check[f.id];
        if (f.met === true) return t.met;
        const measures = items.filter((i) => i !== 'plan');
        return [...(items.includes('plan') ? [t.plan] : []), ...(measures.length > 0 ? [say(t.unmet, measures)] : [])].join(' ');
      }
      case 'sustainability': {
        const t = r.check[f.id];
        if (!f.applicable) return t.notApplicable;
        if (f.met === true) return f.facts.planStatement === true ? t.met : say(t.metMeasures);
        return say(t.unmet);
      }
      case 'secured-funding': {
        const t = r.check[f.id];
        if (!f.applicable) return t.notApplicable;
        return say(f.met === true ? t.met : t.unmet);
      }
      case 'monitoring-complete': {
        const t = r.check[f.id];
        return f.met === true ? t.met : say(t.unmet, items.map((i) => r.monitoringField[i as MonitoringField]));
      }
      case 'cross-cutting': {
        const t = r.check[f.id];
        return f.met === true ? t.met : say(t.unmet, items.map((i) => r.crossCutting[i as CrossCuttingId]));
      }
      default: {
        const t = r.check[f.id];
        return say(f.met === true ? t.met : t.unmet);
      }
    }
  })();
  return {
    id: f.id,
    criterion: f.criterion,
    criterionText: r.criterion[f.criterion],
    met: f.met,
    applicable: f.applicable,
    stateText: state,
    title: texts.title,
    reason,
    ...(f.applicable && f.met !== true ? { todo: texts.todo } : {}),
    facts: f.facts,
  };

  function leftOutAreas(finding: CheckFinding): string[] {
    return (finding.facts.leftOut ?? []).map((id) => `${areaById(id as AreaId).number}. ${areas[id as AreaId].short}`);
  }
}
