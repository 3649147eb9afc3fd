import { fill } from '../i18n/index.js';
import type { Plan } from '../plan/types.js';
import { measureLookup, planMeasures } from '../progress/plan-measures.js';
import type { Progress, ProgressYear } from '../progress/types.js';
import { validateProgress } from '../progress/validate.js';
import type { PlanReference } from '../sheets/merge-progress-year.js';
import type { Ask } from '../wizard/ask.js';
import { copy, isRecord } from '../wizard/paths.js';
import type { Mode } from '../wizard/session.js';
import { Journal, isGoBack } from '../wizard/journal.js';
import { wizardLanguage } from '../wizard/messages.js';
import { WizardStopped } from '../wizard/stopped.js';
import { askMeasure, type MeasureSlot } from './ask-measure.js';
import { ProgressSession } from './progress-session.js';
import { reviewYear } from './review-year.js';
import { progressWizardLanguage } from './texts.js';
import { YEAR_STEP } from './year-draft.js';

export interface ProgressWizardOptions {
  /** The plan reported on (valid), and its data as parsed (for the digest the checks compare). */
  plan: Plan;
  planData: unknown;
  /** How the progress file names the plan. */
  reference: PlanReference;
  /** The progress file as it stands, when there is one: its earlier years give the defaults. */
  existing?: Progress | undefined;
  year: number;
  /** The wizard's language; the plan's language when not given. */
  locale?: string | undefined;
  /** Answers already given, shaped like one year of the progress file (`--answers`, a draft, or the year recorded). */
  draft?: unknown;
  /** The steps a previous run finished (from its draft): `:year` and measure ids or numbers. */
  done?: readonly string[] | undefined;
  /** End with the review screen even when nothing is missing. */
  review?: boolean;
  /** Called after every measure with a copy of the year so far, to save the draft. */
  onStep?: (entry: Record<string, unknown>, progress: { step: string; done: string[] }) => Promise<void>;
}

/**
 * Interviews a coordinator for one year of progress, measure by measure, and returns the year once
 * the progress file with it passes the progress checks. Every answer is checked as it is given by
 * the same validator as `roma-plan validate`; measures reported in an earlier year offer that
 * year's answers as defaults. When the person stops (Ctrl+C) or anything fails, rejects with a
 * WizardStopped carrying the year so far.
 */
export async function collectProgressYear(ask: Ask, options: ProgressWizardOptions): Promise<ProgressYear> {
  // Esc goes back one question, as in the plan's wizard (see journal.ts); the questions have no help texts of their own.
  const help = () => wizardLanguage(options.locale ?? options.plan.language).help;
  const journal = new Journal(ask, help, false);
  return journal.interview(() => oneRun(journal, options), help);
}

async function oneRun(journal: Journal, options: ProgressWizardOptions): Promise<ProgressYear> {
  const ask = journal.ask;
  const { plan, planData, year } = options;
  const language = progressWizardLanguage(options.locale ?? plan.language);
  const entry: Record<string, unknown> = { ...(isRecord(options.draft) ? copy(options.draft) : {}), year };
  const measures = planMeasures(plan);
  entry['measures'] = inPlanOrder(entry['measures'], measures);
  const others = (options.existing?.years ?? []).filter((y) => y.year !== year);
  const draft: Record<string, unknown> = { schemaVersion: 1, plan: { ...options.reference }, years: [...copy(others), entry] };
  const yearPath = ['years', others.length] as const;
  const validate = (data: unknown) => validateProgress(data, plan, planData).issues;
  const s = new ProgressSession(ask, language, draft, year, plan.currency, validate);

  const earlier = others.filter((y) => y.year < year).sort((a, b) => b.year - a.year);
  const slots = (): MeasureSlot[] => {
    const list = entry['measures'] as Record<string, unknown>[];
    return measures.map((planned) => {
      let mi = list.findIndex((e) => e['measure'] === planned.id || e['measure'] === planned.number);
      if (mi < 0) mi = list.length;
      const previous = earlier.flatMap((y) => y.measures.filter((e) => e.measure === planned.id || e.measure === planned.number).map((e) => ({ year: y.year, entry: e })))[0];
      return { planned, path: [...yearPath, 'measures', mi], ...(previous ? { previous } : {}) };
    });
  };
  const given = new Set((entry['measures'] as Record<string, unknown>[]).map((e) => String(e['measure'])));
  const done = new Set(options.done ?? []);
  const resuming = options.done !== undefined;
  const order = [YEAR_STEP, ...measures.map((m) => m.number)];
  const finished = () => order.filter((step) => done.has(step));
  const saved = async (step: string) => {
    done.add(step);
    if (!journal.replaying) await options.onStep?.(copy(entry), { step, done: finished() });
  };
  const stepOf = (slot: MeasureSlot) => slot.planned.number;
  const isDone = (slot: MeasureSlot) => done.has(slot.planned.number) || (slot.planned.id !== undefined && done.has(slot.planned.id));

  const runYear = async (mode: Mode) => {
    s.ask.show(fill(language.p.yearHeading, { year }), 'heading');
    await s.text([...yearPath, 'preparedBy'], mode, { message: language.p.preparedBy, default: earlier[0]?.preparedBy });
    await s.date([...yearPath, 'reportDate'], mode, { message: language.p.reportDate });
  };
  const runMeasure = async (slot: MeasureSlot, index: number, mode: Mode) => {
    const { number, measure } = slot.planned;
    s.ask.show(fill(language.p.measureHeading, { number, index: index + 1, count: measures.length, title: measure.title }), 'heading');
    s.ask.show(fill(language.p.measurePlanned, { lead: measure.lead, cost: `${s.formatNumber(measure.cost.total)} ${plan.currency}` }));
    if (slot.previous && mode !== 'fill') s.ask.show(fill(language.p.lastYear, { year: slot.previous.year }));
    await askMeasure(s, slot, mode);
  };

  try {
    const complete = !options.review && measures.every((m) => given.has(m.id ?? '') || given.has(m.number)) && validate(draft).every((i) => i.severity !== 'error');
    if (complete) return entry as unknown as ProgressYear;
    ask.show(fill(language.p.intro, { year, plan: plan.plan.title }));
    const yearMode: Mode = done.has(YEAR_STEP) ? 'fill' : entry['preparedBy'] !== undefined || entry['reportDate'] !== undefined ? (resuming ? 'continue' : 'fill') : 'new';
    await runYear(yearMode);
    await saved(YEAR_STEP);
    let continued = false;
    for (const index of measures.keys()) {
      // Recomputed for each measure: a measure not yet in the year is appended where it is first asked.
      const slot = slots()[index]!;
      const ref = slot.planned.id ?? slot.planned.number;
      const present = given.has(ref) || given.has(slot.planned.number);
      // Resuming, the first measure begun but not finished is the one Ctrl+C interrupted: it asks
      // what it had not asked yet. Measures further on came from an answers file: only what is wrong.
      const interrupted = resuming && present && !isDone(slot) && !continued;
      if (interrupted) continued = true;
      const mode: Mode = isDone(slot) ? 'fill' : present ? (interrupted ? 'continue' : 'fill') : 'new';
      await runMeasure(slot, index, mode);
      await saved(stepOf(slot));
    }
    entry['measures'] = inPlanOrder(entry['measures'], measures);
    await reviewYear(s, yearPath, slots(), async (step, mode) => {
      if (step === YEAR_STEP) await runYear(mode);
      else {
        const all = slots();
        const index = all.findIndex((slot) => slot.planned.number === step);
        await runMeasure(all[index]!, index, mode);
      }
      await saved(step);
    });
    return entry as unknown as ProgressYear;
  } catch (err) {
    if (isGoBack(err)) throw err;
    throw new WizardStopped(copy(entry), finished(), err);
  }
}

/** The year's measure entries in the plan's order (those a file names by number or id alike); unknown ones last. */
function inPlanOrder(given: unknown, measures: ReturnType<typeof planMeasures>): Record<string, unknown>[] {
  const list = Array.isArray(given) ? given.filter(isRecord) : [];
  const lookup = measureLookup(measures);
  const rank = (e: Record<string, unknown>) => {
    const found = lookup.get(String(e['measure']));
    return found ? measures.indexOf(found) : measures.length;
  };
  return [...list].sort((a, b) => rank(a) - rank(b));
}
