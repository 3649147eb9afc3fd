/**
 * Help for the wizard (`roma-plan init`, `roma-plan edit`): what the keys do, a few plain sentences
 * per question (what the field means, an example, where the figure usually comes from), and a
 * plain explanation of each of the ten policy goals, shown next to its official name. Other
 * languages provide the same keys (wizard-help-<tag>.ts).
 *
 * `fields` is keyed by the question's name with list positions and the area left out:
 * `areas.*.objectives[].measures[].cost.total` answers for every measure of every area. A question
 * without its own entry gets the help of its last part (`total`), else `general`.
 */
export const wizardHelpEn = {
  /** The line under every question. */
  keysLine: 'Esc: back one question · F1 or ?: help',
  /** The same, where a long text can be written in an editor. */
  keysLineLong: 'Esc: back one question · F1 or ?: help · Ctrl+E: write it in your editor',
  /** Shown when Esc is pressed at the first question of this run. */
  atFirst: 'This is the first question of this run: there is nothing to go back to.',
  /** Shown after Esc, before the earlier question is asked again. */
  wentBack: 'Back one question. The earlier answer is proposed; press Enter to keep it.',
  /** Title of the help text. */
  title: 'Help',
  /** Shown when the editor cannot be opened. */
  editorFailed: 'Your editor could not be opened ({reason}). Type the answer on one line instead.',
  general:
    'Type your answer and press Enter. If you do not know the answer yet, leave an optional question empty: you can fill it in later with `roma-plan edit`. Esc goes back one question; Ctrl+C stops and saves what you have answered.',
  fields: {
    language:
      'The language the plan is written in. The action plan the council adopts is printed in this language; the wizard then asks its questions in it too.',
    'municipality.name': 'The official name of the municipality or town, as it appears on council decisions. Example: Pécs.',
    'municipality.country': 'The country of the municipality. It decides the form of the council decision and the currency. Type a few letters to search.',
    'municipality.region': 'The county, district or region the municipality belongs to, as it is officially named. Optional.',
    'municipality:more':
      'Answer yes to add the population and the Roma settlements or neighbourhoods. Reviewers expect these figures; you can add them later.',
    'municipality.population.total': 'How many people live in the municipality. Use the last census or the population register, and the same year as the other figures.',
    'municipality.population.roma':
      'How many Roma live in the municipality. The census counts only those who declare themselves Roma, so many plans also give an estimate by the Roma coordinator, mediators or NGOs; say which one you use in the next question.',
    'municipality.population.romaSource': 'Where the number of Roma comes from, with its year. Example: census 2021; estimate of the Roma coordinator, 2025.',
    'municipality.settlements:add': 'A settlement or neighbourhood where many Roma families live. Its needs (water, road, legal status) shape the plan’s measures on living conditions.',
    'settlements.name': 'The name people use for the settlement or neighbourhood. Example: Györgytelep.',
    'settlements.population': 'How many people live there. An estimate from the mediators or the social services is fine; say so in the plan.',
    'settlements.households': 'How many households (families sharing one home) live there.',
    'settlements.legalStatus':
      'Whether the land and the houses are registered and the buildings permitted: formal, informal, or partly. The land registry office or the municipality’s urban planning department knows.',
    'services.water': 'Whether homes have running water: all, some or none. Ask the water utility or the mediators.',
    'services.sewage': 'Whether homes are connected to the sewage system.',
    'services.electricity': 'Whether homes have a legal electricity connection.',
    'services.road': 'Whether the settlement can be reached on a paved road all year round.',
    'plan.status': 'Where the plan stands: a draft, or adopted by the council. Choose draft until the council has voted.',
    'plan.period.from': 'The first year the plan covers. Most plans cover four or five years. Example: 2026.',
    'plan.period.to': 'The last year the plan covers. Example: 2030 for a plan from 2026.',
    'plan:more': 'Answer yes to add the version number, a vision and the strategies the plan implements. All are optional.',
    'plan.version': 'A version number or label for this text, so that everyone knows which draft they read. Example: 1.0, or “draft for consultation”.',
    'plan.vision': 'One or two sentences on where the municipality wants to be at the end of the plan. Example: “By 2030 every Roma child in the town attends preschool.”',
    'plan.policyBasis': 'The national or county strategies this plan helps to implement, separated by semicolons. Example: the national Roma inclusion strategy.',
    'plan.legalBasis:accept':
      'The laws that allow the council to adopt the plan. The wizard proposes what is known for your country, with its source; check it with the municipality’s legal office before the plan goes to the council.',
    'governance.coordinator.unit': 'The office or department where the Roma coordinator works. Example: Department of Social Affairs.',
    'governance.coordinationBody:add': 'A working group or committee that steers the plan: municipal departments, schools, health centre, Roma representatives. Most plans have one.',
    'coordinationBody.name': 'The name of the working group as the council decision calls it. Example: Local Roma Inclusion Working Group.',
    'coordinationBody.members': 'The institutions and groups that sit in it, separated by semicolons. Example: social welfare centre; primary school; Roma NGO.',
    'governance.communityActionGroup:add':
      'A group of Roma residents who take part in planning and monitoring. If one was set up for this plan, answer yes and give its size.',
    'communityActionGroup.established': 'The date the group was set up. Type it as you usually write a date.',
    'communityActionGroup.members': 'How many people belong to the group.',
    'communityActionGroup.women': 'How many of them are women. Reviewers check that women take part.',
    'governance.mediators':
      'The fields where mediators (health, school or employment mediators) work with the community. Tick none if there are none; Space ticks, Enter confirms.',
    'mediators.count': 'How many mediators work in this field.',
    'participation:add': 'The consultations held with Roma residents while the plan was drafted: meetings, workshops, surveys. Reviewers ask for at least one.',
    'participation.date': 'The day of the consultation. Type it as you usually write a date.',
    'participation.format': 'What kind of consultation it was: a public meeting, a workshop, a survey, and so on.',
    'participants.total': 'How many people took part. The attendance sheet gives the number.',
    'participants.roma': 'How many of them were Roma.',
    'participants.women': 'How many of them were women.',
    'participation.summary': 'What people said and what changed in the plan because of it, in one or two sentences.',
    'participation:more': 'Answer yes to add the numbers of participants and a summary of what was said.',
    goals:
      'The ten minority-related policy goals say what the plan’s measures are for. Tick the ones the municipality gives priority to; each measure later says which goals it serves. The line under the list explains the highlighted goal in plain words.',
    'goals.priority': 'How important this goal is for the municipality in this plan: high, medium or low.',
    'goals.statement': 'One sentence on what this goal means in your municipality. Example: “Roma residents help decide how the social budget is spent.”',
    'goals:statements': 'Answer yes to write one sentence for each chosen goal on what it means locally. Optional, but reviewers read them.',
    'areas:scope':
      'The seven local priority areas where the municipality will act. Tick those the plan covers; for the others you give one reason (for example, the county runs that service).',
    'areas.reason': 'Why the plan does not act in this area. Example: “The county’s plan 2026–2030 covers health for all municipalities.”',
    'areas.situation':
      'The situation today in this area, in a few sentences: the baseline that the plan wants to change. Use figures from the school, the health centre or the employment office where you have them.',
    'areas:more': 'Answer yes to add figures behind the situation and the needs the community ranked. Reviewers expect them; you can add them later.',
    'areas.data:add': 'A figure that shows the situation, with its source and year. Example: preschool enrolment of Roma children, 45 %, school records, 2025.',
    'data.indicator': 'What the figure measures. Example: Roma children enrolled in preschool.',
    'data.value': 'The figure itself, with its unit if it has one. Example: 45 %.',
    'data.year': 'The year the figure is from.',
    'data.source': 'Where the figure comes from. Example: kindergarten enrolment records.',
    'areas.needs': 'The needs the community named in the consultations, most important first, separated by semicolons.',
    'objectives.title': 'What the municipality wants to achieve in this area by the end of the plan, in one sentence. Example: “More Roma children attend preschool.”',
    'measures.practice':
      'A measure is a concrete activity. You can start from a good practice that other municipalities have used (its text is proposed and you can change it), or write your own.',
    'measures.title': 'A short name for the activity. Example: Free preschool places and transport.',
    'measures.description': 'What will be done, by whom, for whom, in a few sentences. Ctrl+E opens your editor for a longer text.',
    'measures.lead': 'The institution responsible for carrying out the measure. Example: municipal social welfare centre.',
    'measures.partners': 'Other institutions and groups that help, separated by semicolons. Example: primary school; Roma NGO.',
    'measures:when': 'When the measure starts and ends: two years or quarters, e.g. 2026–2028 or 2026-Q3–2027-Q2. A single year means it starts and ends that year.',
    'measures:details': 'Answer yes to add partners, risks, the goals the measure serves and how progress is measured. You can add them later.',
    'measures.goals': 'The policy goals this measure serves. Space ticks, Enter confirms. They fill the coverage table of the plan.',
    'measures.risks': 'What could stop the measure, and what the municipality will do about it. Example: “Families cannot pay transport; the municipality pays the bus.”',
    'cost.total': 'The measure’s cost for the whole period, in the plan’s currency. Type digits; spaces or points between thousands are fine. 0 if it costs nothing extra.',
    'cost.sources:add': 'Where the money comes from. The amounts of all sources together should make the total.',
    'sources.type': 'The kind of source: the municipal budget, the national budget, EU funds, donors, and so on.',
    'sources.name': 'The name of the source or programme. Example: ESF+ programme 2021–2027.',
    'sources.amount': 'How much this source pays, in the plan’s currency.',
    'indicators.name': 'What will be counted to show progress. Example: Roma children enrolled in preschool.',
    'indicators.unit': 'What the number counts. Example: children, %, households.',
    'indicators.baseline': 'The value today, before the measure starts. Take it from the same source as the target will be read from.',
    'indicators.target': 'The value the measure should reach by its end.',
    'indicators.direction': 'Answer yes if a lower value is better (dropouts), no if a higher one is (enrolment).',
    'indicators.verification': 'Where the value will be read. Example: kindergarten enrolment records; minutes of the working group.',
    'indicators.disaggregation': 'Count the value separately by sex, age or settlement, so that the plan shows whether women, children or one settlement are left behind.',
    'measures:next': 'What to do next: add another indicator, another measure, another objective, or go on to the next area.',
    'monitoring.body': 'Who follows the plan’s progress and writes the yearly report. Example: the Roma inclusion working group.',
    'monitoring.frequency': 'How often progress is reported: once a year is usual.',
    'monitoring.reportTo': 'Who receives the reports. Example: the municipal council.',
    'monitoring.communityRole': 'How Roma residents take part in monitoring. Example: the community action group reviews the yearly report.',
    'monitoring.midTermReview': 'The year of the mid-term review, when the plan is checked and may be changed. The middle of the period is proposed.',
    'monitoring.finalEvaluation': 'The year of the final evaluation of the plan. The last year of the period is proposed.',
    'monitoring.publication': 'Where the yearly reports are published, so that residents can read them. Example: the municipality’s website and notice board.',
    'monitoring.budget': 'The money set aside for monitoring and evaluation, in the plan’s currency. Optional.',
    'monitoring.evaluationMethod': 'How the plan will be evaluated at the end. Example: an external evaluation with interviews in the settlements.',
    'monitoring.revision': 'How the plan is changed when needed. Example: the council amends it after the mid-term review.',
    'monitoring.nationalReporting': 'How the municipality reports to the national contact point for Roma, if the country asks for it.',
    'plan.legalBasis': 'The laws and articles that allow the council to adopt the plan, separated by semicolons. The municipality’s legal office knows them.',
    'decision.responsible': 'Who is responsible for carrying out the council decision. Example: the mayor.',
    'decision.deadline': 'By when the decision must be carried out. Example: immediately, or a date.',
    'decision.gazette': 'Where the decision is published officially. Example: the municipality’s official gazette.',
    'decision.signatory': 'Who signs the decision, by title. Example: President of the Municipal Assembly.',
    'plan.sustainability': 'How the results will last after the plan ends: who pays for the services afterwards, which staff stay.',
    crossCutting:
      'Commitments that apply to every measure: equality between women and men, children and youth, fighting discrimination, ending segregation. Tick those the plan makes.',
    'crossCutting.statement': 'One sentence on how the plan keeps this commitment. Example: “Every measure reports its figures for women and men.”',
    'risks.risk': 'Something that could stop the plan as a whole. Example: funds from the national programme arrive late.',
    'risks.likelihood': 'How likely the risk is: low, medium or high.',
    'risks.impact': 'How much harm it would do to the plan: low, medium or high.',
    'risks.mitigation': 'What the municipality will do to prevent it or to limit the harm.',
    'risks.owner': 'Who watches this risk and acts on it. Example: the Roma coordinator.',
    'measures.crossCutting': 'The commitments this measure serves. Space ticks, Enter confirms.',
    'measures.sustainability': 'How this measure’s results will last when its funding ends.',
    'sources.status': 'Whether the money is secured (decided), pledged (promised) or still to be sought.',
    'indicators.baselineYear': 'The year the baseline value is from.',
    'indicators.targetYear': 'The year by which the target should be reached. The end of the measure is proposed.',
    details: 'Answer yes to add this part of the plan. Reviewers ask for it, but it is optional; you can add it later with `roma-plan edit`.',
    review:
      'The last screen: the plan at a glance, with every problem the checks found. Choose “Change one answer” to fix a single answer, a section to go through it again, or finish to save the plan.',
    add: 'Answer yes to add one more, no to go on.',
    menu: 'Choose an item to change it, add a new one, or go on.',
  },
  /** The ten policy goals in plain words, shown under the official name. */
  goals: {
    'conflict-prevention': 'Keeping tensions between Roma and other residents from turning into conflict, e.g. by mediation and by acting early on complaints.',
    'consensual-democracy': 'Making local decisions by agreement between communities, so that Roma residents are heard before the council decides.',
    'balancing-interests': 'Weighing the cultural, social and political interests of the majority and of the Roma community fairly in local decisions.',
    'checks-and-balances': 'Political parties and groups in the council working together and watching each other, so that no decision on Roma inclusion depends on one side.',
    'cultural-autonomy': 'The right to one’s own culture: cultural institutions, media and education in the mother tongue.',
    'service-provision': 'Winning the trust of the Roma community by providing services that work in practice: documents, water, school places.',
    'public-participation': 'Roma residents taking an active part in local public life: consultations, councils, committees, elections.',
    'needs-based-budgeting': 'Planning the municipal budget on the same rules for everyone, based on the needs of the Roma community.',
    'economic-activity': 'Supporting work and enterprise that benefit the community: jobs, training, social enterprises.',
    security: 'Preventing extremism, discrimination and exclusion, breaking down prejudice against Roma, and keeping public order.',
  },
  /** The items of the "What next?" menu after a new measure's indicators: menu items, not questions. */
  nextMenu: {
    indicator: 'Add another indicator to this measure',
    measure: 'Add another measure for this objective',
    objective: 'Add another objective in this area',
  },
  review: {
    /** The review menu's entry for changing a single answer. */
    changeOne: 'Change one answer',
    /** Asked first: which part of the plan. */
    pickPart: 'Which part of the plan?',
    /** Asked next: which answer in it. */
    pickField: 'Which answer do you want to change?',
    /** Shown when a part has no answers to change one by one. */
    nothingToPick: 'This part has no single answers to change; choose it from the menu to go through it.',
  },
};

export type WizardHelp = typeof wizardHelpEn;
