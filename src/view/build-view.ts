import { EU_OBJECTIVE_IDS } from '../catalogue/index.js';
import { fill } from '../i18n/index.js';
import type { Issue } from '../plan/issue.js';
import type { Plan } from '../plan/types.js';
import { buildAreas } from './areas.js';
import { buildBudget } from './budget.js';
import { buildChapters } from './chapters.js';
import { cleanStrings } from './clean-text.js';
import type { ViewContext } from './context.js';
import { buildCoverage, buildGoals } from './coverage.js';
import { buildRisk } from './content-labels.js';
import { buildCrossCutting } from './cross-cutting.js';
import { buildDecision, legalBasisNote } from './decision.js';
import { documentDate } from './document-date.js';
import { createFormat } from './format.js';
import { documentLanguage, STATUS_LABEL } from './labels.js';
import { buildGovernance, buildMonitoring, buildMunicipality, buildParticipation } from './sections.js';
import { buildTargets } from './targets.js';
import { buildTimeline } from './timeline.js';
import { buildFigures } from './figures.js';
import { buildReview } from '../review/build-review.js';
import { buildReviewNotes, documentShowsNotes } from './review-notes.js';
import type { View } from './types.js';

export interface BuildViewOptions {
  /** Language of the labels and formats; defaults to the plan's `language`. */
  locale?: string;
  /**
   * The document date, YYYY-MM-DD. Without it: the adoption date, else the latest consultation,
   * else 1 January of the first year. Never today's date, so that output is reproducible.
   */
  date?: string;
  /** The plan's validation issues; its warnings become the notes for reviewers. */
  issues?: readonly Issue[];
  /**
   * Whether the document carries the notes for reviewers. By default only a draft or a plan in
   * consultation does: an adopted plan's council copy has none.
   */
  reviewNotes?: boolean;
}

/**
 * Computes everything a rendered document shows, once: numbering, totals, coverage, timeline and
 * every label and formatted value in the document's language. The plan must be valid (validatePlan
 * returned ok); control characters and bidi overrides in its text are dropped (see cleanText).
 * Throws a UsageError for a malformed `options.date`.
 */
export function buildView(input: Plan, options: BuildViewOptions = {}): View {
  // The one place where user text is cleaned for every renderer (see cleanText for what goes):
  // a pass over the plan here, rather than a call at each of the many places that copy its text,
  // so that a field added later cannot be forgotten.
  const plan = cleanStrings(input);
  const language = documentLanguage(options.locale ?? plan.language);
  const labels = language.messages.document;
  const fmt = createFormat(language.locale, plan.currency, labels, hasOnlyWholeAmounts(plan));
  const content = language.messages.content;
  const ctx: ViewContext = { plan, fmt, labels, texts: language.messages.catalogue, content };
  const date = documentDate(plan, options.date);

  const areas = buildAreas(ctx);
  const budget = buildBudget(ctx, areas);
  const timeline = buildTimeline(ctx, areas);
  const monitoring = buildMonitoring(ctx);
  const decisionNote = legalBasisNote(ctx, language.messages.decision);
  const reviewNotes = buildReviewNotes(ctx, [
    ...(language.warning ? [language.warning] : []),
    ...cleanStrings((options.issues ?? []).filter((i) => i.severity === 'warning')),
    ...(decisionNote ? [decisionNote] : []),
  ]);
  const showsReviewNotes = documentShowsNotes(plan.plan.status, options.reviewNotes);
  const warnings = showsReviewNotes ? reviewNotes : [];
  const { from, to } = plan.plan.period;
  const periodText = fmt.period(from, to);
  const measures = areas.flatMap((a) => a.objectives.flatMap((o) => o.measures));
  const euServed = new Set(measures.flatMap((m) => m.euObjectives.map((e) => e.id)));
  const adoption = plan.plan.adoption;
  const risks = (plan.risks ?? []).map((r) => buildRisk(ctx, r));
  const crossCutting = buildCrossCutting(ctx, areas);
  const targets = buildTargets(ctx, areas);
  const outcomes = areas.flatMap((a) => a.objectives.flatMap((o) => o.indicators));
  const measureIndicators = measures.flatMap((m) => m.indicators);

  return {
    language: plan.language,
    locale: language.locale,
    labels: { ...labels, ...content.labels },
    meta: {
      title: plan.plan.title,
      municipality: plan.municipality.name,
      author: plan.municipality.name,
      subject: labels.documentSubject,
      keywords: [plan.municipality.name, labels.documentSubject, periodText],
      date,
      dateText: fmt.date(date),
      period: { from, to, text: periodText },
      status: plan.plan.status,
      statusText: labels[STATUS_LABEL[plan.plan.status]],
      ...(plan.plan.status !== 'adopted' ? { draftMark: labels[STATUS_LABEL[plan.plan.status]].toLocaleUpperCase(plan.language) } : {}),
      // The title usually names the municipality already ("… of the City of Ostrava").
      runningHeader: plan.plan.title.includes(plan.municipality.name) ? plan.plan.title : `${plan.municipality.name} · ${plan.plan.title}`,
      ...(plan.plan.version !== undefined ? { version: plan.plan.version } : {}),
      ...(adoption ? { adoption: { body: adoption.body, decision: adoption.decision, date: adoption.date, dateText: fmt.date(adoption.date) } } : {}),
    },
    chapters: buildChapters({ ...labels, ...content.labels }, areas, {
      withReview: showsReviewNotes,
      crossCutting: crossCutting.length > 0,
      targets: targets.rows.length > 0,
      risks: risks.length > 0,
      sustainability: plan.plan.sustainability !== undefined,
      secured: budget.secured !== undefined,
    }),
    notCovered: areas.filter((a) => !a.applicable),
    introduction: {
      ...(plan.plan.vision !== undefined ? { vision: plan.plan.vision } : {}),
      policyBasis: plan.plan.policyBasis ?? [],
      euFramework: EU_OBJECTIVE_IDS.filter((id) => euServed.has(id)).map((id) => ctx.texts.eu[id]),
      summary: fill(labels.introSummary, { municipality: plan.municipality.name, period: periodText }),
    },
    municipality: buildMunicipality(ctx),
    governance: buildGovernance(ctx),
    participation: buildParticipation(ctx),
    goals: buildGoals(ctx, areas),
    areas,
    budget,
    coverage: buildCoverage(ctx, areas),
    timeline,
    figures: buildFigures(language.messages.pdf, budget, timeline),
    indicators: measureIndicators,
    indicatorAnnex: {
      outcomes: [...outcomes, ...measureIndicators].filter((i) => i.level === 'outcome'),
      outputs: [...outcomes, ...measureIndicators].filter((i) => i.level === 'output'),
    },
    monitoring,
    risks,
    crossCutting,
    ...(plan.plan.sustainability !== undefined ? { sustainability: plan.plan.sustainability } : {}),
    targets,
    decision: buildDecision(ctx, budget, monitoring.frequencyText, language.messages.decision),
    warnings,
    reviewNotes,
    review: buildReview(plan, { locale: language.locale }),
    showsReviewNotes,
  };
}

/** Whole amounts are shown without decimals ("HUF 4,800,000", not "HUF 4,800,000.00"). */
function hasOnlyWholeAmounts(plan: Plan): boolean {
  for (const area of Object.values(plan.areas)) {
    for (const o of area.objectives ?? []) {
      for (const m of o.measures) {
        if (!Number.isInteger(m.cost.total) || (m.cost.sources ?? []).some((s) => !Number.isInteger(s.amount))) return false;
      }
    }
  }
  return plan.monitoring.budget === undefined || Number.isInteger(plan.monitoring.budget);
}
