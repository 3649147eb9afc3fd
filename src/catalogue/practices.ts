import type { Practice } from './types.js';
import {
  euFramework,
  goodPracticeProtocol,
  includEuSlovenia,
  partnersHungary,
  poznanDeclaration,
  rccBudgeting,
  romaNetOstrava,
  serbianCoordinators,
  serbianPractice,
  settlementPractice,
} from './sources.js';

/**
 * Good-practice measures the wizard suggests, each a starting point a coordinator adapts. Ids are
 * part of the plan format (`measure.practice`), so never rename one. The first area and goal of a
 * practice are its main ones; a measure built on it sits in one of its areas.
 */
export const practices: readonly Practice[] = [
  {
    id: 'intercultural-mediators',
    areas: ['participation', 'education', 'health'],
    goals: ['service-provision', 'public-participation', 'conflict-prevention'],
    title: 'Intercultural mediators',
    description:
      'Recruit respected members of the local Roma community, ideally known to both residents and institutions, and train them in the Council of Europe ROMED method: a code of ethics, communication and negotiation, conflict management and joint planning. Once employed, the mediators stay neutral and keep a standing channel open between families and schools, health services and the town hall, carrying needs and information both ways. The point is to prevent conflict and make dialogue part of how the municipality normally works, not to settle one-off disputes.',
    source: partnersHungary,
  },
  {
    id: 'community-action-group',
    areas: ['participation'],
    goals: ['public-participation', 'consensual-democracy'],
    title: 'Community action group',
    description:
      'The mediator brings together Roma residents in a group that sets its own rules and takes decisions democratically, so that the community states its needs in its own voice. The group maps and ranks local problems and sends representatives to meetings with the municipality and public institutions. Name the group in the plan and give it a role in monitoring.',
    source: partnersHungary,
  },
  {
    id: 'round-tables',
    areas: ['participation'],
    goals: ['consensual-democracy', 'balancing-interests', 'public-participation'],
    title: 'Community planning round tables',
    description:
      'Hold regular facilitated meetings where the community action group plans together with the municipality, schools, the health centre and other local institutions. The mediator prepares each meeting from the needs both sides have mapped, working with a contact person inside the institutions. Keep a record of dates, participants and agreements; it becomes the participation log of the plan.',
    source: partnersHungary,
  },
  {
    id: 'local-mini-project',
    areas: ['participation'],
    goals: ['public-participation', 'economic-activity'],
    title: 'Joint local mini-project',
    description:
      'Turn the first agreement reached at the round tables into a small project with a visible result that residents and institutions carry out together. Both sides contribute people or resources and share responsibility for the outcome. An early shared success builds the trust that larger measures in the plan will need.',
    source: partnersHungary,
  },
  {
    id: 'leader-training',
    areas: ['participation'],
    goals: ['public-participation'],
    title: 'Local Roma leader training',
    description:
      'Identify one or two people who already lead in the community, whether informal figures, professionals, NGO heads or elected officials, and support them in organising and running the local group. Offer training in facilitation, planning and working with institutions, followed by mentoring. Strong local leadership is what keeps the group active after outside support ends.',
    source: partnersHungary,
  },
  {
    id: 'community-centre',
    areas: ['living-conditions', 'education'],
    goals: ['service-provision'],
    title: 'Neighbourhood community centre',
    description:
      'Open a centre in or next to the excluded neighbourhood where social counselling, activities for children and young people, job advice and community meetings are available in one place. In Ostrava an NGO opened such a centre in a new housing estate in 2003, later added two more in other excluded areas, and served residents of the surrounding districts as well. Staff it with qualified social workers and involve residents in running it.',
    source: romaNetOstrava,
  },
  {
    id: 'outreach-social-work',
    areas: ['living-conditions', 'health'],
    goals: ['service-provision', 'security'],
    title: 'Outreach social work and legal counselling',
    description:
      'Social workers visit families at home to help them claim the benefits they are entitled to, deal with authorities and reach mainstream services. Advice covers housing and housing-cost debts, work, schooling, health, family matters and discrimination, and aims to leave people able to handle a similar problem on their own. A programme that explains housing costs and good relations with neighbours helps keep families out of debt and eviction.',
    source: romaNetOstrava,
  },
  {
    id: 'mixed-social-housing',
    areas: ['living-conditions'],
    goals: ['conflict-prevention', 'balancing-interests'],
    title: 'Mixed social rental housing',
    description:
      "Build standard social rental homes and let them in equal shares to Roma, non-Roma and mixed families; Ostrava's Coexistence Village built 30 units in 2000-2002 for 10 Roma, 10 non-Roma and 10 mixed families. Future tenants help prepare and build the homes, and a managing board of tenants, municipal and civil society representatives then runs the estate, including the choice of new tenants. Years of accompanying social and community work kept the homes in good condition and answered the objections raised before construction.",
    source: romaNetOstrava,
  },
  {
    id: 'transition-housing',
    areas: ['living-conditions'],
    goals: ['service-provision'],
    title: 'Transitional social housing',
    description:
      'Secure a small pool of flats, for example from a private rental agency, and let them for a limited time to families who have lost their home, especially families with children, together with intensive social support until they are stable. In Ostrava an NGO acted as landlord for 8 such flats that the biggest private letting agency handed over for this purpose. Add help in finding shelters, hostels or sublets for families facing eviction.',
    source: romaNetOstrava,
  },
  {
    id: 'family-support',
    areas: ['education', 'health'],
    goals: ['service-provision'],
    title: 'Family support team',
    description:
      'A team of social workers works with parents so that children are not taken into foster care, or can come home if they already have been. Support covers legal advice, parenting skills, meeting the needs of the children, family and money problems, and regular school attendance. In Ostrava this service was funded through a public service contract with the regional authority.',
    source: romaNetOstrava,
  },
  {
    id: 'job-service',
    areas: ['employment'],
    goals: ['economic-activity'],
    title: 'Job counselling service',
    description:
      'Offer counselling to Roma and other job seekers from excluded neighbourhoods on how to look for work, handle interviews and communicate at the workplace. Staff build contacts with local employers and refer people to suitable training and education. Run the service together with the labour office so that clients can also use its programmes.',
    source: romaNetOstrava,
  },
  {
    id: 'crime-prevention',
    areas: ['participation', 'living-conditions'],
    goals: ['security', 'conflict-prevention'],
    title: 'Victim support and crime prevention',
    description:
      'Set up a service, working closely with the city police and local police departments, that supports victims of usury and other crime in excluded neighbourhoods and works against drug use and dealing. It combines individual work with victims and people at risk, joint patrols with police officers to ease communication with residents, and regular meetings where all local actors share information and tackle problems together. Over time it builds trust between Roma families and the police.',
    source: romaNetOstrava,
  },
  {
    id: 'neighbourhood-improvement',
    areas: ['living-conditions', 'culture'],
    goals: ['conflict-prevention', 'public-participation'],
    title: 'Joint neighbourhood improvement',
    description:
      'Organise residents to clean public spaces, renew the shared parts of buildings and create or repair parks and playgrounds together. The municipality provides materials, tools and waste collection; private partners can donate materials, as a developer did for a building-repair pilot in Ostrava. Working side by side on visible improvements strengthens relations between Roma and non-Roma neighbours and gives children and young people a role.',
    source: romaNetOstrava,
  },
  {
    id: 'anti-discrimination-campaign',
    areas: ['education', 'culture'],
    goals: ['security'],
    title: 'Action against discrimination and school segregation',
    description:
      'Join civil society organisations in awareness campaigns and concrete projects against discrimination, above all the placement of Roma children in separate schools or classes. Where persuasion is not enough, support complaints and legal action. Include a check of local schools for segregation and a timed plan to end it.',
    source: romaNetOstrava,
  },
  {
    id: 'ngo-service-contract',
    areas: ['participation'],
    goals: ['service-provision', 'needs-based-budgeting'],
    title: 'Local NGO as contracted service provider',
    description:
      'Instead of funding one-off projects, contract an experienced local NGO as a strategic partner that delivers registered social services in excluded neighbourhoods and takes part in municipal service planning. Combine funding from the city and districts, regional and central funds for registered social services, EU funds such as the European Social Fund, and private contributions for specific projects. Multi-year contracts give the stability that lasting results need.',
    source: romaNetOstrava,
  },
  {
    id: 'roma-officials-network',
    areas: ['participation'],
    goals: ['public-participation', 'checks-and-balances'],
    title: 'Network of Roma local officials',
    description:
      'Support a formal group of Roma mayors, councillors, mediators and municipal Roma coordinators for joint training, exchange of experience and common positions, as proposed by the Western Balkans "initiative from Konjic". The network can speak with one voice in associations of local governments, including at the Council of Europe. The municipality nominates its Roma officials and covers the cost of their taking part.',
    source: goodPracticeProtocol,
  },
  {
    id: 'official-training',
    areas: ['participation'],
    goals: ['consensual-democracy', 'needs-based-budgeting'],
    title: 'Training for municipal officials',
    description:
      'Train the officials who plan, budget and deliver services to manage Roma-related policies: the national and EU frameworks, needs assessment, participatory planning, budgeting and monitoring. Include heads of department and finance staff, not only the Roma coordinator, so that measures reach the regular budget. Repeat the training after elections and staff changes.',
    source: goodPracticeProtocol,
  },
  {
    id: 'coordination-body',
    areas: ['participation'],
    goals: ['consensual-democracy', 'checks-and-balances'],
    title: 'Municipal coordination body',
    description:
      'Set up a body under the municipality where departments, public institutions and civil society discuss inclusion measures and involve the community concerned in policy-making. Before founding it, the partners in Koper (Slovenia) mapped every service and programme available locally, assessed needs and drafted a strategic document, and the body was established in 2021. The Koper body deals with migrant inclusion; the same set-up serves as a Roma coordination body.',
    source: includEuSlovenia,
  },
  {
    id: 'inclusion-council',
    areas: ['participation', 'education'],
    goals: ['public-participation', 'service-provision'],
    title: 'Council for inclusion',
    description:
      'An advisory council brings local institutions together around a barrier they have identified, such as the language difficulties reported by schools. In Škofja Loka (Slovenia) the council had staff of public institutions trained in intercultural mediation, and since 2021 two mediators have worked there, mostly in education. It starts from urgent needs and can grow into a systematic inclusion policy; the example comes from migrant inclusion and applies equally to Roma communities.',
    source: includEuSlovenia,
  },
  {
    id: 'mediator-evaluation',
    areas: ['participation'],
    goals: ['service-provision'],
    title: 'Standards and evaluation for mediators',
    description:
      "Make intercultural mediation a profession: write down the mediator's role, required competences and ethics, and evaluate each mediator's work at fixed intervals. Competences to assess include intercultural communication, mediation and conflict management, knowledge of the community's history and culture, planning and self-evaluation, and case management. Evaluation gives institutions confidence in mediators and mediators a path to recognition.",
    source: includEuSlovenia,
  },
  {
    id: 'roma-coordinator',
    areas: ['participation'],
    goals: ['public-participation', 'needs-based-budgeting'],
    title: 'Coordinator for Roma issues',
    description:
      'Create a permanent post of coordinator for Roma issues in the municipal administration, preferably filled by a Roma professional, with a written job description and a place in the organisation chart. The coordinator is the contact point for the community, prepares and monitors the action plan and makes sure its measures appear in the annual budget. Serbian municipalities use this post widely.',
    source: serbianCoordinators,
  },
  {
    id: 'mobile-team',
    areas: ['participation'],
    goals: ['service-provision'],
    title: 'Mobile inclusion team',
    description:
      'Form a team that meets regularly and visits settlements together: the coordinator for Roma issues, a pedagogical assistant, a health mediator, and staff of the social work centre and the employment service. The team solves problems that cross service boundaries, for example a family without documents whose children are out of school. Establish it by a municipal decision that names the members and how often they meet.',
    source: serbianPractice,
  },
  {
    id: 'health-mediators',
    areas: ['health'],
    goals: ['service-provision'],
    title: 'Roma health mediators',
    description:
      'Employ health mediators from the Roma community, attached to the local health centre. They visit families to support vaccination, care before and after birth and registration with a family doctor, help people obtain health insurance and accompany them to services when needed. Give them a contract with the health centre and regular supervision.',
    source: serbianPractice,
  },
  {
    id: 'pedagogical-assistants',
    areas: ['education'],
    goals: ['cultural-autonomy', 'service-provision'],
    title: 'Pedagogical assistants',
    description:
      'Place pedagogical assistants, preferably Romani speakers, in the preschools and schools that Roma children attend, to support pupils in class, work with teachers and stay in touch with parents. They also help with enrolment and with arranging transport, free textbooks and school materials. In Serbia the role is part of the regular education system.',
    source: serbianPractice,
  },
  {
    id: 'preschool-enrolment',
    areas: ['education'],
    goals: ['service-provision'],
    title: 'Preschool enrolment for every Roma child',
    description:
      'Aim for every Roma child to attend preschool, at least the compulsory year and ideally longer, by waiving fees, arranging transport and visiting families to explain how to enrol. Place children in mixed groups in regular kindergartens, never in Roma-only groups. Track enrolment and attendance against the number of preschool-age children in each settlement.',
    source: euFramework,
  },
  {
    id: 'civil-registration-drive',
    areas: ['birth-registration'],
    goals: ['service-provision', 'security'],
    title: 'Civil registration drive',
    description:
      'Map people without documents, such as a birth certificate, identity card or registered address, then offer free legal aid and waive administrative fees. Hold mobile sessions of the civil registry in the settlement and help with subsequent (late) registration of birth, so that people can enrol in school, get health insurance and receive benefits. Agree with the maternity ward that every newborn is registered before leaving hospital.',
    source: poznanDeclaration,
  },
  {
    id: 'settlement-legalisation',
    areas: ['living-conditions'],
    goals: ['service-provision', 'needs-based-budgeting'],
    title: 'Settlement legalisation and infrastructure',
    description:
      'Adopt or amend an urban plan that covers the informal settlement, clarify land ownership and help households file legalisation claims. Once the legal status is settled, budget for water supply, sewage, electricity and paved access roads in stages. Where legalisation is not possible, plan decent desegregated housing elsewhere, agreed with the residents.',
    source: settlementPractice,
  },
  {
    id: 'roma-responsive-budgeting',
    areas: ['participation'],
    goals: ['needs-based-budgeting'],
    title: 'Roma-responsive budgeting',
    description:
      'Mark every line of the municipal budget as directly linked, indirectly linked or not linked to Roma inclusion, then follow how much of each line is actually spent during the year. This shows whether the action plan has money behind it and what share comes from the municipality itself. Report the figures to the council together with the monitoring report of the plan.',
    source: rccBudgeting,
  },
  {
    id: 'romani-language-culture',
    areas: ['culture'],
    goals: ['cultural-autonomy'],
    title: 'Romani language and culture',
    description:
      'Offer Romani language classes and bring Roma history, including the genocide of Roma in the Second World War, into local schools. Support Roma cultural centres, associations and Romani-language media, and mark International Roma Day on 8 April with public events. This gives Roma culture a visible place in local public life and counters prejudice among the majority.',
    source: euFramework,
  },
  {
    id: 'public-works-employment',
    areas: ['employment'],
    goals: ['economic-activity'],
    title: 'Public works and municipal hiring',
    description:
      'Give Roma job seekers fair access to public works programmes and to jobs in the municipality and its companies, with transparent recruitment and active outreach in the settlements. Add small grants and advice for people starting their own business, and support social enterprises that employ residents. Link public works to training so that participants move on to regular jobs.',
    source: euFramework,
  },
];
