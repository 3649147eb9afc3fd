/**
 * The view model: everything a rendered document shows, computed once by buildView(plan, locale).
 * Markdown and PDF both render from it and never compute on their own, so they cannot disagree.
 * Every `...Text` field is already formatted for the document's language (numbers, dates, money).
 */
import type { ReviewView } from '../review/types.js';
import type { AreaId, CrossCuttingId, EuObjectiveId, GoalId, TargetId } from '../catalogue/types.js';
import type { Issue } from '../plan/issue.js';

/** An amount with its formatted form, e.g. { value: 4800000, text: '4 800 000 Ft' }. */
export interface Money {
  value: number;
  text: string;
}

export interface ChapterRef {
  /** Stable anchor, e.g. 'area-education'; used for Markdown links and PDF destinations. */
  id: string;
  /** '5' or '5.2'; empty for unnumbered parts such as the contents. */
  number: string;
  title: string;
  /** Nesting level: 1 for chapters, 2 for sections (the PDF outline and the contents use it). */
  level: 1 | 2;
}

export interface View {
  /** The plan's language tag as written, e.g. 'sr-Cyrl'. */
  language: string;
  /** The locale whose labels and formats are used (the plan's, or 'en' when unsupported). */
  locale: string;
  /** Document labels in that locale (headings, column names, fixed phrases). */
  labels: Readonly<Record<string, string>>;
  meta: {
    title: string;
    municipality: string;
    /** For PDF metadata: the municipality. */
    author: string;
    subject: string;
    keywords: string[];
    /** Document date, YYYY-MM-DD (from the plan, SOURCE_DATE_EPOCH or --date). */
    date: string;
    dateText: string;
    period: { from: number; to: number; text: string };
    status: 'draft' | 'consultation' | 'adopted';
    statusText: string;
    /** The status in capitals for a plan not yet adopted, shown on the cover and on every page. */
    draftMark?: string;
    /** The running header of the PDF's pages: the title, after the municipality unless the title names it. */
    runningHeader: string;
    version?: string;
    adoption?: { body: string; decision: string; date: string; dateText: string };
  };
  /** Every chapter and section in document order, for the contents and the PDF outline. */
  chapters: ChapterRef[];
  /** The areas the plan leaves out (not applicable), in area order: one chapter gathers them. */
  notCovered: AreaView[];
  introduction: {
    vision?: string;
    policyBasis: string[];
    euFramework: string[];
    /** The opening paragraph, already worded in the document's language. */
    summary?: string;
  };
  municipality: {
    name: string;
    /** What it is called (municipality.type): "Municipality", "City" or "Town" in the document's language. */
    kindText: string;
    country: string;
    countryText: string;
    region?: string;
    population?: { totalText: string; romaText?: string; romaShareText?: string; romaSource?: string };
    settlements: {
      name: string;
      householdsText?: string;
      populationText?: string;
      legalStatusText?: string;
      /** water, electricity, sewage, road: label and level text, in that order. */
      services: { label: string; levelText: string; level: 'full' | 'partial' | 'none' }[];
    }[];
  };
  governance: {
    coordinator: { role: string; unit?: string };
    coordinationBody?: { name: string; members: string[] };
    communityActionGroup?: { membersText: string; womenText?: string; establishedText?: string };
    mediators: { fieldText: string; countText: string }[];
  };
  participation: {
    /** `date` (YYYY-MM-DD) and the counts as numbers are for spreadsheets; the texts for documents. */
    entries: { date: string; dateText: string; formatText: string; total: number; totalText: string; roma?: number; romaText?: string; women?: number; womenText?: string; summary?: string }[];
    totals: { consultations: number; participants: number; participantsText: string; roma: number; romaText: string; women: number; womenText: string };
    /** The chapter's opening: it says the plan was prepared with the Roma community only when the consultations record Roma participants. */
    introText: string;
  };
  goals: {
    id: GoalId;
    number: number;
    title: string;
    pursued: boolean;
    priority?: 'high' | 'medium' | 'low';
    /** The priority as the document prints it; "no priority set" for a goal measures serve that the plan does not list. */
    priorityText?: string;
    statement?: string;
    /** Hierarchical numbers of the measures that serve the goal, e.g. ['1.1.1', '5.2.1']. */
    measureNumbers: string[];
  }[];
  areas: AreaView[];
  budget: {
    total: Money;
    municipal: Money;
    /** Municipal share of the total, e.g. '24 %'. */
    municipalShareText: string;
    byArea: { id: AreaId; number: number; title: string; total: Money; bySource: Money[]; shareText: string }[];
    /** Years of the period in order, with the spread of each measure's cost over its years. */
    /** By year of the period; `bySource` in the order of `bySource` below. */
    byYear: { year: number; total: Money; bySource: Money[] }[];
    /** Source types in a fixed order (municipal, national, eu, donor, private, other), only those used. */
    bySource: { type: string; label: string; total: Money; shareText: string }[];
    /**
     * The money marked secured, in total, by year (spread as the budget by year is) and by source
     * type, each with its share of that year's or type's budget; absent when no source states a status.
     */
    secured?: {
      total: Money;
      shareText: string;
      byYear: { year: number; secured: Money; shareText: string }[];
      bySource: { type: string; label: string; secured: Money; shareText: string }[];
    };
  };
  coverage: {
    goals: { id: GoalId; number: number; short: string }[];
    /** One row per area; cells in the goals' order: how many measures of the area serve the goal. */
    rows: { id: AreaId; number: number; short: string; applicable: boolean; cells: number[] }[];
    /** Goals no measure serves. */
    gaps: { id: GoalId; number: number; title: string }[];
  };
  /**
   * The alternative text of the charts (the budget by area and source, and the timeline), in the
   * document's language: a screen reader reads it for the chart in a tagged PDF.
   */
  figures: { budget: string; timeline: string };
  timeline: {
    from: number;
    to: number;
    /** Quarter index 0 .. (years*4 - 1) relative to the period start, inclusive. */
    bars: { number: string; title: string; areaId: AreaId; areaNumber: number; startIndex: number; endIndex: number; startText: string; endText: string }[];
    /**
     * Adoption, mid-term review and final evaluation, where the plan gives them and they fall in the
     * period: `at` in quarters from the period start (a year's review sits in its middle).
     */
    milestones: { label: string; dateText: string; at: number }[];
    /** A Mermaid gantt block (without the fences), same data as `bars`. */
    mermaid: string;
  };
  /** Every indicator of every measure, for the annex. */
  indicators: IndicatorView[];
  /**
   * The indicator annex: outcome indicators (those of the objectives, and any measure indicator
   * marked outcome) apart from outputs. `outcomes` is empty for a plan that names none.
   */
  indicatorAnnex: { outcomes: IndicatorView[]; outputs: IndicatorView[] };
  monitoring: {
    body: string;
    frequencyText: string;
    reportTo: string;
    midTermReview?: number;
    finalEvaluation?: number;
    communityRole?: string;
    publication?: string;
    budget?: Money;
    evaluationMethod?: string;
    revision?: string;
    nationalReporting?: string;
  };
  /** The plan-level risks (empty when the plan lists none): a chapter of their own. */
  risks: RiskView[];
  /**
   * The four cross-cutting commitments, in catalogue order, with the measures that serve each;
   * empty when the plan neither states a commitment nor tags a measure with one.
   */
  crossCutting: { id: CrossCuttingId; title: string; statement?: string; measureNumbers: string[]; measuresText: string }[];
  /** How the work goes on when outside funding ends (plan level). */
  sustainability?: string;
  /** The plan's contribution to the EU 2030 and Poznan targets: one row per indicator and target; empty when no indicator names one. */
  targets: {
    rows: { number: string; indicator: string; unit: string; baselineText: string; targetText: string; targetId: TargetId; targetTitle: string; frameworkText: string }[];
    /** The sources of the targets in the rows, each once: "EU 2030: <title> (<publisher>)". */
    sources: string[];
  };
  /** The council decision adopting the plan (annex), in the country's form and the document's language. */
  decision: DecisionView;
  /**
   * The notes for reviewers the document itself shows (its review annex): the warnings, in the
   * document's language, while the plan is a draft or in consultation (or when asked for).
   */
  warnings: ReviewNote[];
  /** Every note for reviewers, whatever the plan's stage: for `<name>.review.md` and the CLI. */
  reviewNotes?: ReviewNote[];
  /** The reviewer's checklist, whatever the plan's stage (the notes for reviewers, `<name>.review.md`, the batch index). */
  review: ReviewView;
  /**
   * Whether the document carries the notes for reviewers (the checklist, then the warnings): while
   * the plan is a draft or in consultation, or when asked for.
   */
  showsReviewNotes: boolean;
}

/**
 * The council decision, every sentence already worded. Renderers draw, in order: the title, the
 * preamble paragraphs, the points (each label before its text, or on a line of its own when
 * `articles`), the responsibility lines, the place and date, and the signature block.
 */
export interface DecisionView {
  /** The country's form (catalogue/countries), e.g. 'hu-hatarozat'; 'neutral' for other countries. */
  form: string;
  title: string;
  /** The legal basis (only when the plan gives one) and the preamble. */
  preamble: string[];
  /** The operative points, entry into force included where the form has it: label '1.', 'I.' or 'Article 1'. */
  points: { label: string; text: string }[];
  /** Whether the labels are article headings on a line of their own (Serbian and Croatian odluka). */
  articles: boolean;
  /** 'Responsible: …' and 'Deadline: …' (Hungarian Felelős, Határidő), where the form has them. */
  responsibility: string[];
  placeDate: string;
  /** Who signs: the title, and an empty name line and signature line to fill in by hand. */
  signature: { title: string; nameLine: string; signatureLine: string };
}

/** A warning of the checks as the document shows it: its words, and the place it concerns in plain words. */
export type ReviewNote = Issue & { where?: string };

export interface AreaView {
  id: AreaId;
  number: number;
  title: string;
  applicable: boolean;
  reason?: string;
  situation?: string;
  /** `breakdownText`: the sex and age group a figure is about, e.g. 'women, aged 15-24'. */
  data: { indicator: string; valueText: string; year?: number; source?: string; breakdownText?: string }[];
  needs: string[];
  euObjectives: { id: EuObjectiveId; title: string }[];
  objectives: {
    /** '5.1' */
    number: string;
    id?: string;
    title: string;
    /** Outcome indicators of the objective (its measureNumber is the objective's number). */
    indicators: IndicatorView[];
    measures: MeasureView[];
  }[];
  total: Money;
}

export interface MeasureView {
  /** '5.1.2' */
  number: string;
  id?: string;
  title: string;
  description?: string;
  practice?: { id: string; title: string; source: string };
  lead: string;
  partners: string[];
  start: string;
  end: string;
  /** e.g. '2026-Q1 – 2026-Q2' or '2026 – 2028', formatted. */
  periodText: string;
  goals: { id: GoalId; number: number; short: string }[];
  euObjectives: { id: EuObjectiveId; title: string }[];
  cost: Money;
  /** `statusText`: secured, pledged or to be sought, when the plan says. */
  sources: { type: string; label: string; name?: string; amount: Money; status?: 'secured' | 'pledged' | 'to-be-sought'; statusText?: string }[];
  /** Whether any source states its status (the measure details then list the funding). */
  fundingStated: boolean;
  /** The cost by source type: the measure's sources of each type added up, in the order of `budget.bySource`. */
  costBySource: { type: string; amount: Money }[];
  indicators: IndicatorView[];
  beneficiaries?: { totalText?: string; romaWomenText?: string; romaMenText?: string };
  risks: RiskView[];
  crossCutting: { id: CrossCuttingId; title: string }[];
  sustainability?: string;
}

/** A risk to the plan or to a measure, labelled; `text` says it all on one line. */
export interface RiskView {
  risk: string;
  likelihoodText?: string;
  impactText?: string;
  mitigation?: string;
  owner?: string;
  text: string;
}

export interface IndicatorView {
  /** Number of the measure it belongs to. */
  measureNumber: string;
  name: string;
  unit: string;
  baseline: number;
  baselineText: string;
  baselineYear?: number;
  target: number;
  targetText: string;
  targetYear?: number;
  verification: string;
  disaggregationText?: string;
  level: 'output' | 'outcome';
  levelText: string;
  collectedBy?: string;
  frequencyText?: string;
  /** Who collects it and how often, on one line, e.g. 'Collected by: school; annually'. */
  collectionText?: string;
  /** The targets it contributes to. */
  contributesTo: { id: TargetId; title: string; frameworkText: string }[];
}
