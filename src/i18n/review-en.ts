/**
 * Labels of the reviewer's checklist (`roma-plan review`, the notes for reviewers, the batch
 * index). `{name}` marks a value filled in at run time: {count} of {total} things, {list} of
 * them. Every language has a file like this one, with the same keys. Plain words for a municipal
 * officer: no field names of the plan file.
 */
export const reviewEn = {
  title: "Reviewer's checklist",
  intro:
    'What a reviewer checks in a local action plan, grouped under the criteria by which civil-society monitors and regional reviewers assess Roma inclusion plans: participation, relevance, expected effectiveness, monitoring, and alignment with the EU Roma framework.',
  /** {met}, {applicable}: numbers of checks; {percent}: a formatted percentage. */
  score: '{met} of {applicable} checks met ({percent})',
  scoreShort: '{met}/{applicable} ({percent})',
  scoreRule: 'The score counts the checks met in full, out of the checks that apply to this plan. A check met only in part does not count.',
  /** A long list cut short: {list} shown, {more} left out. */
  listMore: '{list} (+{more})',
  colCheck: 'Check',
  colState: 'Result',
  colReason: 'Why',
  todo: 'To do:',
  criteria: 'Criteria',
  /** Column of the batch index. */
  batchColumn: 'Review score',
  state: { met: 'Met', partial: 'Partly met', unmet: 'Not met', notApplicable: 'Not applicable' },
  criterion: {
    participation: 'Participation of Roma',
    relevance: 'Relevance to the needs',
    effectiveness: 'Expected effectiveness and budgeting',
    monitoring: 'Monitoring and evaluation',
    alignment: 'Alignment with the EU Roma framework 2020-2030 and the Poznan Declaration',
  },
  monitoringField: {
    body: 'monitoring body',
    frequency: 'how often progress is reported',
    reportTo: 'who receives the reports',
    publication: 'where the reports are published',
    budget: 'monitoring budget',
    evaluationMethod: 'evaluation method',
    revision: 'how the plan is revised',
    nationalReporting: 'reporting to the national contact point',
    midTermReview: 'mid-term review',
    finalEvaluation: 'final evaluation',
  },
  crossCutting: {
    'gender-equality': 'gender equality',
    'children-youth': 'children and youth',
    'anti-discrimination': 'anti-discrimination and antigypsyism',
    desegregation: 'desegregation',
  },
  check: {
    'roma-participation': {
      title: 'Roma took part in the consultations',
      met: 'Roma participants are recorded in every consultation ({total}).',
      /** {list}: the dates of the consultations. */
      unmet: 'Consultations without recorded Roma participants ({count} of {total}): {list}.',
      todo: 'Involve Roma residents in every consultation and record how many took part.',
    },
    'women-participation': {
      title: 'Women took part in the consultations',
      met: 'Women participants are recorded in every consultation ({total}).',
      unmet: 'Consultations without recorded women participants ({count} of {total}): {list}.',
      group: 'The community action group has no women members recorded.',
      todo: 'Invite Roma women to every consultation, record how many took part, and include women in the community action group.',
    },
    'areas-justified': {
      title: 'Every priority area is covered, or left out with a reason backed by data',
      met: 'All seven priority areas are covered.',
      /** {list}: the areas left out, e.g. "4. Culture". */
      metLeftOut: 'Areas left out, each with a reason backed by data: {list}.',
      unmet: 'Areas left out without data to back the reason ({count} of {total}): {list}.',
      todo: 'For each area the plan leaves out, give the figures, with their source and year, that show why it does not apply.',
    },
    'sex-disaggregated': {
      title: 'Data and indicators broken down by sex',
      met: 'Situation figures and indicators are broken down by sex.',
      data: 'No figure of the situation analysis is given for women and men separately.',
      indicators: 'No indicator is broken down by sex.',
      todo: 'Give situation figures for women and men separately, and break the indicators down by sex.',
    },
    'legal-basis': {
      title: 'Legal basis of the council decision',
      /** {list}: the acts and articles, as the plan cites them. */
      met: 'Cited: {list}.',
      unmet: 'The plan names no law or article the council decision rests on.',
      todo: 'List the laws and articles the council decision cites, for example the law on local self-government.',
    },
    'measures-complete': {
      title: 'Every measure has a lead institution, a cost and indicators with a baseline',
      met: 'All measures ({total}) have a lead institution, a cost, and indicators with a baseline and its year.',
      unmet: 'Measures with an indicator whose baseline year is not given ({count} of {total}): {list}.',
      todo: 'Give the year of each baseline, so that progress can be measured against it.',
    },
    'secured-funding': {
      title: 'Funding secured',
      met: 'The money is secured for every measure that has a cost ({total}).',
      unmet: 'Measures without secured funding ({count} of {total}): {list}.',
      notApplicable: 'No measure has a cost of its own: all are carried out within existing budgets.',
      todo: 'For each funding source, say whether the money is secured, pledged or still to be sought, and secure the municipal share in the budget.',
    },
    risks: {
      title: 'Risks analysed',
      met: 'The plan analyses its risks, and every measure names its risks.',
      plan: 'The plan has no risk analysis of its own.',
      unmet: 'Measures without risks ({count} of {total}): {list}.',
      todo: 'Add a risk table for the plan (how likely, how harmful, what is done, who acts) and name the risks of each measure.',
    },
    sustainability: {
      title: 'What happens when outside funding ends',
      met: 'The plan says how the work continues when outside funding ends.',
      metMeasures: 'Every measure with outside funding says how it continues ({total}).',
      unmet: 'Measures with outside funding that do not say how they continue ({count} of {total}): {list}.',
      notApplicable: 'No measure depends on outside funding.',
      todo: 'Say how the work continues when outside funding ends: which measures the municipality takes over, and from which budget.',
    },
    'outcome-indicators': {
      title: 'Outcome indicators for every objective',
      met: 'Every objective has an outcome indicator ({total}).',
      /** {list}: objective numbers, e.g. 5.1. */
      unmet: 'Objectives without an outcome indicator ({count} of {total}): {list}.',
      todo: 'For each objective, add an indicator of the change it should bring (an outcome), besides what its measures deliver.',
    },
    'monitoring-complete': {
      title: 'Monitoring and evaluation arrangements complete',
      met: 'The plan names the monitoring body, how often and to whom it reports, where reports are published, the monitoring budget, the evaluation method, the revision procedure, reporting to the national contact point, the mid-term review and the final evaluation.',
      unmet: 'Not given ({count} of {total}): {list}.',
      todo: 'Complete the monitoring chapter with what is missing.',
    },
    'cross-cutting': {
      title: 'Cross-cutting commitments',
      met: 'Gender equality, children and youth, anti-discrimination and desegregation: each is stated and served by at least one measure.',
      unmet: 'Commitments not stated, or served by no measure ({count} of {total}): {list}.',
      todo: "State the plan's commitment on each of them and mark the measures that serve it.",
    },
    'targets-linked': {
      title: 'Link to the EU 2030 and Poznan Declaration targets',
      met: 'Indicators linked to a target: {count} of {total}.',
      unmet: 'No indicator says which EU 2030 or Poznan Declaration target it contributes to.',
      todo: 'Link each indicator that measures what an EU 2030 or Poznan Declaration target measures to that target.',
    },
  },
};

export type ReviewTexts = typeof reviewEn;
