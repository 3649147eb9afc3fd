import type { ViewContext } from './context.js';
import { FORMAT_LABEL, FREQUENCY_LABEL, LEGAL_STATUS_LABEL, LEVEL_LABEL, MEDIATOR_LABEL, SERVICE_LABEL } from './labels.js';
import type { View } from './types.js';

/* The descriptive chapters: the municipality, who implements and monitors the plan, and the
 * consultations. Plain copies of the plan with numbers, dates and closed lists worded. */

export function buildMunicipality(ctx: ViewContext): View['municipality'] {
  const { plan, fmt, labels } = ctx;
  const m = plan.municipality;
  const pop = m.population;
  return {
    name: m.name,
    kindText: labels[m.type === 'city' ? 'coverCity' : m.type === 'town' ? 'coverTown' : 'coverMunicipality'],
    country: m.country,
    countryText: fmt.country(m.country),
    ...(m.region !== undefined ? { region: m.region } : {}),
    ...(pop
      ? {
          population: {
            totalText: fmt.number(pop.total),
            ...(pop.roma !== undefined ? { romaText: fmt.number(pop.roma), romaShareText: fmt.share(pop.roma, pop.total) } : {}),
            ...(pop.romaSource !== undefined ? { romaSource: pop.romaSource } : {}),
          },
        }
      : {}),
    settlements: (m.settlements ?? []).map((s) => ({
      name: s.name,
      ...(s.households !== undefined ? { householdsText: fmt.number(s.households) } : {}),
      ...(s.population !== undefined ? { populationText: fmt.number(s.population) } : {}),
      ...(s.legalStatus !== undefined ? { legalStatusText: labels[LEGAL_STATUS_LABEL[s.legalStatus]] } : {}),
      services: SERVICE_LABEL.flatMap(([key, label]) => {
        const level = s.services?.[key];
        return level === undefined ? [] : [{ label: labels[label], levelText: labels[LEVEL_LABEL[level]], level }];
      }),
    })),
  };
}

export function buildGovernance(ctx: ViewContext): View['governance'] {
  const { plan, fmt, labels } = ctx;
  const g = plan.governance;
  const cag = g.communityActionGroup;
  return {
    coordinator: { role: g.coordinator.role, ...(g.coordinator.unit !== undefined ? { unit: g.coordinator.unit } : {}) },
    ...(g.coordinationBody ? { coordinationBody: { name: g.coordinationBody.name, members: g.coordinationBody.members ?? [] } } : {}),
    ...(cag
      ? {
          communityActionGroup: {
            membersText: fmt.number(cag.members),
            ...(cag.women !== undefined ? { womenText: fmt.number(cag.women) } : {}),
            ...(cag.established !== undefined ? { establishedText: fmt.date(cag.established) } : {}),
          },
        }
      : {}),
    mediators: (g.mediators ?? []).map((m) => ({ fieldText: labels[MEDIATOR_LABEL[m.field]], countText: fmt.number(m.count) })),
  };
}

export function buildParticipation(ctx: ViewContext): View['participation'] {
  const { plan, fmt, labels } = ctx;
  const entries = plan.participation;
  const total = (pick: (p: (typeof entries)[number]) => number | undefined) => entries.reduce((s, p) => s + (pick(p) ?? 0), 0);
  return {
    entries: entries.map((p) => ({
      date: p.date,
      dateText: fmt.date(p.date),
      formatText: labels[FORMAT_LABEL[p.format]],
      total: p.participants.total,
      totalText: fmt.number(p.participants.total),
      ...(p.participants.roma !== undefined ? { roma: p.participants.roma, romaText: fmt.number(p.participants.roma) } : {}),
      ...(p.participants.women !== undefined ? { women: p.participants.women, womenText: fmt.number(p.participants.women) } : {}),
      ...(p.summary !== undefined ? { summary: p.summary } : {}),
    })),
    // Counts left out of a consultation are unknown, not zero; the totals add up the known ones,
    // and say "none" (as the log does) when no consultation records them.
    totals: {
      consultations: entries.length,
      participants: total((p) => p.participants.total),
      participantsText: fmt.number(total((p) => p.participants.total)),
      roma: total((p) => p.participants.roma),
      women: total((p) => p.participants.women),
      romaText: entries.some((p) => p.participants.roma !== undefined) ? fmt.number(total((p) => p.participants.roma)) : labels.none,
      womenText: entries.some((p) => p.participants.women !== undefined) ? fmt.number(total((p) => p.participants.women)) : labels.none,
    },
    // The plan says it was prepared with the Roma community only when the consultations show it.
    introText: romaTookPart(plan) ? labels.methodIntro : labels.methodIntroUnrecorded,
  };
}

export function buildMonitoring(ctx: ViewContext): View['monitoring'] {
  const { plan, labels } = ctx;
  const m = plan.monitoring;
  return {
    body: m.body,
    frequencyText: labels[FREQUENCY_LABEL[m.frequency]],
    reportTo: m.reportTo,
    ...(m.midTermReview !== undefined ? { midTermReview: m.midTermReview } : {}),
    ...(m.finalEvaluation !== undefined ? { finalEvaluation: m.finalEvaluation } : {}),
    ...(m.communityRole !== undefined ? { communityRole: m.communityRole } : {}),
    ...(m.publication !== undefined ? { publication: m.publication } : {}),
    ...(m.budget !== undefined ? { budget: ctx.fmt.money(m.budget) } : {}),
    ...(m.evaluationMethod !== undefined ? { evaluationMethod: m.evaluationMethod } : {}),
    ...(m.revision !== undefined ? { revision: m.revision } : {}),
    ...(m.nationalReporting !== undefined ? { nationalReporting: m.nationalReporting } : {}),
  };
}

/** Whether the consultations record Roma among their participants. */
export function romaTookPart(plan: ViewContext['plan']): boolean {
  return plan.participation.some((p) => (p.participants.roma ?? 0) > 0);
}
