import { byKind, countryProfile, type CountryProfile, type DecisionForm } from '../catalogue/index.js';
import { fill, type Messages } from '../i18n/index.js';
import { latinToCyrillic } from '../i18n/transliterate-sr.js';
import type { Issue } from '../plan/issue.js';
import type { ViewContext } from './context.js';
import { romaTookPart } from './sections.js';
import type { DecisionView, View } from './types.js';

type DecisionTexts = Messages['decision'];

/**
 * The council decision that adopts the plan (the annex), in the form of the plan's country and the
 * words of the document's language: an English plan for a Czech town gets a Czech usnesení in
 * English. It cites only the legal basis the plan gives (plan.legalBasis); the country profile's
 * usual citations reach the plan through the wizard, where the user confirms them. For a plan not
 * yet adopted it is the draft the council votes on: the date, and what the plan leaves open, are
 * lines to fill in, and the name of who signs is always left empty.
 */
export function buildDecision(ctx: ViewContext, budget: View['budget'], frequencyText: string, texts: DecisionTexts): DecisionView {
  const { plan, fmt, labels } = ctx;
  const profile = countryProfile(plan.municipality.country);
  const form: DecisionForm = profile?.form ?? 'neutral';
  const adoption = plan.plan.adoption;
  const adopted = plan.plan.status === 'adopted' && adoption !== undefined;
  const details = plan.plan.decision ?? {};
  const blank = labels.decisionDateBlank;
  // Before adoption the council that will adopt is the one the monitoring reports go to.
  const written = adoption?.body ?? plan.monitoring.reportTo;
  const { from, to } = texts.bodyInText;
  const body = from !== '' && written.startsWith(from) ? to + written.slice(from.length) : written;
  const values = {
    body,
    title: plan.plan.title,
    municipality: plan.municipality.name,
    period: fmt.period(plan.plan.period.from, plan.plan.period.to),
    decision: adoption?.decision ?? '',
    coordinator: plan.governance.coordinator.role,
    monitoringBody: plan.monitoring.body,
    reportTo: plan.monitoring.reportTo,
    frequency: frequencyText,
    total: budget.total.text,
    municipal: budget.municipal.text,
    date: adopted ? fmt.date(adoption.date) : blank,
    blank,
  };
  const say = (template: string, more: Record<string, string> = {}) => fill(template, { ...values, ...more });

  const legalBasis = plan.plan.legalBasis ?? [];
  const preamble = [
    ...(legalBasis.length > 0 ? [say(texts.legalBasis, { legalBasis: new Intl.ListFormat(fmt.locale, { type: 'conjunction' }).format(legalBasis) })] : []),
    say(romaTookPart(plan) ? texts.preamble : texts.preambleUnrecorded),
  ];

  const national = plan.monitoring.nationalReporting?.trim().replace(/\.$/, '');
  const monitoring = national ? `${say(texts.monitoring)} ${say(texts.nationalReporting, { nationalReporting: national })}` : say(texts.monitoring);
  const operative = [say(texts.adopt), say(texts.budget), say(texts.coordinator), monitoring];
  const gazette = details.gazette ?? localText(profileGazette(profile, plan), profile, fmt.locale);
  const closing = closingClause(form, texts, gazette, say, blank);
  const texts_ = closing === undefined ? operative : [...operative, closing];
  const points = texts_.map((text, i) => ({ label: pointLabel(form, i + 1, texts), text }));

  const responsibility =
    form === 'hu-hatarozat'
      ? // A határozat always closes with both lines; what the plan leaves open is filled in by hand.
        [say(texts.responsible, { responsible: details.responsible ?? blank }), say(texts.deadline, { deadline: details.deadline ?? blank })]
      : [
          ...(details.responsible !== undefined ? [say(texts.responsible, { responsible: details.responsible })] : []),
          ...(details.deadline !== undefined ? [say(texts.deadline, { deadline: details.deadline })] : []),
        ];

  const profileSignatory = profile?.signatory === undefined ? undefined : byKind(profile.signatory.value, plan.municipality.type, plan.municipality.name);
  const signatory = details.signatory ?? (sameLanguage(profile, fmt.locale) ? localText(profileSignatory, profile, fmt.locale) : undefined) ?? say(texts.signatory);
  return {
    form,
    title: say(adopted ? texts.titleAdopted : texts.titleDraft),
    preamble,
    points,
    articles: form === 'rs-odluka' || form === 'hr-odluka',
    responsibility,
    placeDate: say(labels.decisionPlaceDate),
    signature: { title: signatory, nameLine: say(texts.nameLine), signatureLine: say(texts.signatureLine) },
  };
}

/**
 * The note for reviewers when the plan gives no legal basis: the decision then cites no law, and a
 * council decision without one is usually sent back. Worded here, in the document's language.
 */
export function legalBasisNote(ctx: ViewContext, texts: DecisionTexts): Issue | undefined {
  if ((ctx.plan.plan.legalBasis ?? []).length > 0) return undefined;
  return { severity: 'warning', code: 'DECISION_NO_LEGAL_BASIS', path: 'plan.legalBasis', message: texts.noteLegalBasis, hint: texts.noteLegalBasisHint };
}

/** How the decision takes effect, as its country does it: a point of its own, or nothing. */
function closingClause(form: DecisionForm, texts: DecisionTexts, gazette: string | undefined, say: (t: string, more?: Record<string, string>) => string, blank: string): string | undefined {
  switch (form) {
    case 'rs-odluka':
    case 'hr-odluka':
      // General acts enter into force on the eighth day after publication in the official gazette.
      return say(texts.entryEighthDay, { gazette: gazette ?? blank });
    case 'hu-hatarozat':
    case 'cz-usneseni':
      // Effective on adoption; the decision itself says nothing about it.
      return undefined;
    default:
      return gazette === undefined ? undefined : say(texts.publication, { gazette });
  }
}

function pointLabel(form: DecisionForm, n: number, texts: DecisionTexts): string {
  if (form === 'rs-odluka' || form === 'hr-odluka') return fill(texts.article, { number: n });
  if (form === 'cz-usneseni') return `${roman(n)}.`;
  return `${n}.`;
}

const roman = (n: number): string => ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'][n - 1] ?? String(n);

function profileGazette(profile: CountryProfile | undefined, plan: ViewContext['plan']): string | undefined {
  return profile?.gazette === undefined ? undefined : byKind(profile.gazette.value, plan.municipality.type, plan.municipality.name);
}

/** Whether the profile's texts are in the document's language (Serbian in either script). */
function sameLanguage(profile: CountryProfile | undefined, locale: string): boolean {
  return profile !== undefined && profile.language.split('-')[0] === locale.split('-')[0];
}

/** A profile text as the document writes it: Serbian Latin texts in Cyrillic for a Cyrillic document. */
function localText(text: string | undefined, profile: CountryProfile | undefined, locale: string): string | undefined {
  if (text === undefined) return undefined;
  return profile?.language === 'sr-Latn' && locale === 'sr-Cyrl' ? latinToCyrillic(text) : text;
}
