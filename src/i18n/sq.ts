import { followUpSq } from './follow-up-sq.js';
import type { LanguageFile } from './index.js';
import { wizardSq } from './wizard-sq.js';

/**
 * Albanian. Same keys, in the same order, as en.ts. The words follow the glossary in
 * glossary/sq.md (bashkia, këshilli bashkiak, vendim, masë, institucioni përgjegjës, tregues).
 * Ethnonyms are written in lower case, as Albanian spells them: romët, rom, rome.
 */
export const sq: LanguageFile = {
  meta: { name: 'Albanian', nativeName: 'shqip' },
  /** The names of the areas, goals and EU objectives (the good practices are shown in English). */
  catalogue: {
    areas: {
      participation: { title: 'Pjesëmarrja efektive e romëve në nivel vendor', short: 'Pjesëmarrja' },
      employment: { title: 'Fuqizimi ekonomik dhe punësimi', short: 'Punësimi' },
      health: { title: 'Shëndeti publik', short: 'Shëndeti' },
      culture: { title: 'Integrimi kulturor', short: 'Kultura' },
      education: { title: 'Arsimi', short: 'Arsimi' },
      'birth-registration': { title: 'Regjistrimi i lindjeve dhe dokumentet e gjendjes civile', short: 'Regjistrimi civil' },
      'living-conditions': { title: 'Kushtet e jetesës në vendbanime', short: 'Kushtet e jetesës' },
    },
    goals: {
      'conflict-prevention': { title: 'Parandalimi i konflikteve ndëretnike në nivel vendor', short: 'Parandalimi i konflikteve' },
      'consensual-democracy': { title: 'Zbatimi i demokracisë konsensuale në nivel vendor', short: 'Demokracia konsensuale' },
      'balancing-interests': {
        title: 'Balancimi i interesave sociokulturore dhe politike të komuniteteve etnike të shumicës dhe të pakicave',
        short: 'Balancimi i interesave',
      },
      'checks-and-balances': {
        title: 'Bashkëpunimi dhe kontrolli e balancimi i ndërsjellë ndërmjet forcave politike konkurruese',
        short: 'Kontrolli dhe balancimi',
      },
      'cultural-autonomy': {
        title: 'Realizimi i të drejtave për autonomi kulturore (institucione kulturore, mjete informimi, arsim në gjuhën amtare)',
        short: 'Autonomia kulturore',
      },
      'service-provision': {
        title: 'Kultivimi i besnikërisë së komuniteteve të pakicave përmes ofrimit pragmatik të shërbimeve',
        short: 'Ofrimi i shërbimeve',
      },
      'public-participation': { title: 'Pjesëmarrja aktive e komuniteteve të pakicave në jetën publike vendore', short: 'Pjesëmarrja në jetën publike' },
      'needs-based-budgeting': {
        title: 'Planifikim buxhetor i njëtrajtshëm, i bazuar në nevojat e komuniteteve të pakicave',
        short: 'Buxhetimi sipas nevojave',
      },
      'economic-activity': { title: 'Nxitja e veprimtarisë ekonomike të dobishme për shoqërinë', short: 'Veprimtaria ekonomike' },
      security: {
        title:
          'Siguria: parandalimi i ekstremizmit, i diskriminimit dhe i përjashtimit, zbutja e qëndrimeve kundër pakicave, garantimi i rendit publik',
        short: 'Siguria',
      },
    },
    eu: {
      antigypsyism: 'Luftimi dhe parandalimi i racizmit ndaj romëve dhe i diskriminimit',
      poverty: 'Ulja e varfërisë dhe e përjashtimit social',
      participation: 'Nxitja e pjesëmarrjes përmes fuqizimit, bashkëpunimit dhe besimit',
      education: 'Akses i barabartë në arsim të rregullt, cilësor dhe gjithëpërfshirës',
      employment: 'Akses i barabartë në punësim cilësor dhe të qëndrueshëm',
      health: 'Përmirësimi i shëndetit dhe akses i barabartë në kujdesin shëndetësor dhe në shërbimet sociale',
      housing: 'Akses i barabartë në strehim të përshtatshëm e të desegreguar dhe në shërbimet bazë',
    },
  },
  /** Labels of the rendered action plan (Markdown and PDF). */
  document: {
    // ---- What the document is (PDF metadata, cover) ----
    /** The kind of document; PDF subject and keywords. */
    documentSubject: 'Plan lokal veprimi për përfshirjen e romëve',
    coverMunicipality: 'Bashkia',
    coverPeriod: 'Periudha',
    coverStatus: 'Statusi',
    coverVersion: 'Versioni',
    coverAdoptedBy: 'Miratuar nga',
    coverDecision: 'Vendimi',
    coverAdoptionDate: 'Data e miratimit',
    coverDate: 'Data e këtij dokumenti',

    // ---- Where the plan stands (plan.status) ----
    statusDraft: 'Projekt',
    statusConsultation: 'Projekt për konsultim publik',
    statusAdopted: 'Miratuar',

    // ---- Chapter and section titles, in document order ----
    chapterContents: 'Përmbajtja',
    chapterIntroduction: 'Hyrje dhe baza strategjike',
    chapterMethod: 'Metodologjia dhe pjesëmarrja',
    chapterMunicipality: 'Bashkia dhe lagjet ku jetojnë romët',
    chapterGoals: 'Qëllimet e politikave',
    chapterBudget: 'Përmbledhje e buxhetit',
    sectionBudgetByArea: 'Buxheti sipas fushave prioritare',
    sectionBudgetByYear: 'Buxheti sipas viteve',
    sectionBudgetBySource: 'Buxheti sipas burimeve të financimit',
    chapterCoverage: 'Mbulimi i qëllimeve të politikave',
    chapterTimeline: 'Kalendari i zbatimit',
    chapterImplementation: 'Organizimi i zbatimit',
    chapterMonitoring: 'Monitorimi dhe vlerësimi',
    chapterAnnexes: 'Shtojcat',
    annexIndicators: 'Shtojca 1. Treguesit',
    annexParticipation: 'Shtojca 2. Regjistri i pjesëmarrjes',
    annexDecision: 'Shtojca 3. Vendimi për miratimin e planit',
    /** Only present when the checks found something to review. */
    annexReview: 'Shtojca 4. Shënime për shqyrtuesit',

    // ---- Introduction ----
    /** Opening paragraph. {municipality}: its name; {period}: e.g. 2026–2030. */
    introSummary:
      'Ky plan përcakton si do të nxisë Bashkia {municipality} barazinë, përfshirjen dhe pjesëmarrjen e banorëve të saj romë gjatë periudhës {period}. Ai mbulon shtatë fushat prioritare vendore të përfshirjes së romëve dhe tregon se cilit prej dhjetë qëllimeve të politikave për pakicat i shërben secila masë.',
    introVision: 'Vizioni',
    introPolicyBasis: 'Baza strategjike',
    introEuFramework: 'Kontributi në Kornizën Strategjike të BE-së për Romët 2020–2030',
    introEuFrameworkText:
      'Masat e këtij plani u shërbejnë objektivave të mëposhtme të Kornizës Strategjike të BE-së për Romët për barazinë, përfshirjen dhe pjesëmarrjen 2020–2030:',

    // ---- Method and participation ----
    methodIntro:
      'Plani u hartua së bashku me komunitetin rom. Konsultimet e mbajtura gjatë hartimit përshkruhen më poshtë; Shtojca 2 jep shifrat e tyre në një tabelë.',
    methodConsultations: 'Konsultimet e mbajtura',
    methodParticipants: 'Pjesëmarrës gjithsej',
    methodRomaParticipants: 'Pjesëmarrës romë',
    methodWomenParticipants: 'Gra pjesëmarrëse',
    /** Kinds of consultation (participation[].format). */
    formatRoundTable: 'Tryezë e rrumbullakët',
    formatCommunityMeeting: 'Takim me komunitetin',
    formatWorkingGroup: 'Grup pune',
    formatSurvey: 'Anketë',
    formatPublicHearing: 'Dëgjesë publike',
    formatOther: 'Formë tjetër konsultimi',

    // ---- The municipality ----
    municipalityCountry: 'Shteti',
    municipalityRegion: 'Qarku',
    populationTotal: 'Popullsia',
    populationRoma: 'Popullsia rome (vlerësim)',
    populationRomaShare: 'Pesha e romëve në popullsi',
    populationRomaSource: 'Burimi i vlerësimit',
    settlements: 'Lagjet dhe vendbanimet ku jetojnë romët',
    noSettlements: 'Plani nuk rendit lagje apo vendbanime.',
    /** Legal status of a settlement's land and buildings. */
    legalFormal: 'Formal',
    legalInformal: 'Informal',
    legalPartlyFormal: 'Pjesërisht formal',
    /** Basic services of a settlement, and how far residents have them. */
    serviceWater: 'Uji',
    serviceElectricity: 'Energjia elektrike',
    serviceSewage: 'Kanalizimet',
    serviceRoad: 'Rruga hyrëse',
    levelFull: 'plotësisht',
    levelPartial: 'pjesërisht',
    levelNone: 'nuk ka',

    // ---- Policy goals ----
    goalsIntro:
      'Fushat prioritare tregojnë ku vepron bashkia; dhjetë qëllimet e politikave për pakicat tregojnë për çfarë. Tabela tregon përparësinë që bashkia i jep secilit qëllim dhe masat që i shërbejnë atij.',
    goalsStatements: 'Si i ndjek bashkia qëllimet',
    goalNotAddressed: 'nuk trajtohet',
    priorityHigh: 'E lartë',
    priorityMedium: 'Mesatare',
    priorityLow: 'E ulët',

    // ---- A priority area chapter ----
    areaNotApplicable: 'Kjo fushë prioritare nuk zbatohet në këtë bashki.',
    areaReason: 'Arsyeja',
    areaSituation: 'Situata',
    areaData: 'Të dhënat',
    areaNeeds: 'Nevojat sipas renditjes së komunitetit, nga më urgjentja',
    areaEuObjectives: 'Objektivat e kornizës së BE-së që u shërben fusha',
    areaTotal: 'Kostoja e masave në këtë fushë',
    /** Heading of the measure descriptions under an action matrix. */
    measureDetails: 'Masat',
    measureGoals: 'Qëllimet e politikave',
    measureEuObjectives: 'Objektivat e kornizës së BE-së',
    measurePractice: 'Praktika e mirë mbi të cilën mbështetet',
    measureBeneficiaries: 'Përfituesit',
    beneficiariesTotal: 'Të gjithë përfituesit',
    beneficiariesRomaWomen: 'Gra dhe vajza rome',
    beneficiariesRomaMen: 'Burra dhe djem romë',
    measureRisks: 'Rreziqet dhe si menaxhohen',
    /** Between an indicator's value and the means of verification, in the action matrix. */
    indicatorVerifiedBy: 'burimi i verifikimit:',

    // ---- Table column headings ----
    colNumber: 'Nr.',
    colMeasure: 'Masa',
    colLead: 'Institucioni përgjegjës',
    colPartners: 'Partnerët',
    colPeriod: 'Periudha',
    colCost: 'Kostoja dhe financimi',
    colIndicators: 'Treguesit: vlera bazë → vlera e synuar',
    colIndicator: 'Treguesi',
    colValue: 'Vlera',
    colYear: 'Viti',
    colSource: 'Burimi',
    colGoal: 'Qëllimi i politikës',
    colPriority: 'Përparësia',
    colMeasures: 'Masat',
    colArea: 'Fusha prioritare',
    colTotal: 'Gjithsej',
    colShare: 'Pesha',
    colFundingSource: 'Burimi i financimit',
    colStart: 'Fillimi',
    colEnd: 'Përfundimi',
    colSettlement: 'Lagjja ose vendbanimi',
    colHouseholds: 'Familje',
    colResidents: 'Banorë',
    colLegalStatus: 'Statusi ligjor',
    colServices: 'Shërbimet bazë',
    colMediatorField: 'Fusha',
    colMediatorCount: 'Ndërmjetës',
    colUnit: 'Njësia',
    colBaseline: 'Vlera bazë',
    colTarget: 'Vlera e synuar',
    colVerification: 'Burimi i verifikimit',
    colDisaggregation: 'Ndarja sipas',
    colDate: 'Data',
    colFormat: 'Forma',
    colParticipants: 'Pjesëmarrës',
    colRoma: 'Romë',
    colWomen: 'Gra',
    colPath: 'Vendi në plan',
    colNote: 'Shënim',
    /** The sum row at the bottom of a table. */
    rowTotal: 'Gjithsej',
    /** An empty value in a table. */
    none: '–',

    // ---- Budget ----
    budgetTotal: 'Kostoja totale e planit',
    budgetMunicipal: 'Nga buxheti i bashkisë',
    budgetMunicipalShare: 'Pesha e bashkisë',
    budgetSpreadNote: 'Kostoja e një mase që zgjat disa vite shpërndahet në mënyrë të barabartë në tremujorët e kohëzgjatjes së saj.',
    /** Funding source types (cost.sources[].type). */
    sourceMunicipal: 'Buxheti i bashkisë',
    sourceNational: 'Buxheti i shtetit',
    sourceEu: 'Fondet e BE-së',
    sourceDonor: 'Donatorët',
    sourcePrivate: 'Sektori privat',
    sourceOther: 'Burime të tjera',

    // ---- Coverage matrix ----
    coverageIntro:
      'Matrica numëron, për secilën fushë prioritare, masat që i shërbejnë secilit qëllim të politikave. Kolonat janë numrat e qëllimeve të renditura poshtë saj.',
    /** A cell of a priority area marked not applicable. */
    coverageNotApplicable: 'n/z',
    coverageLegend: 'Qëllimet e politikave',
    coverageGaps: 'Qëllimet e politikave të cilave nuk u shërben asnjë masë',
    coverageNoGaps: 'Çdo qëllimi të politikave i shërben të paktën një masë.',

    // ---- Timeline ----
    timelineIntro: 'Kur zbatohet secila masë. T1–T4 janë tremujorët kalendarikë.',
    /** A quarter of a year, e.g. "Q3 2027". */
    quarter: 'T{quarter} {year}',
    /** From one year or quarter to another, e.g. "2026 – 2028". */
    range: '{from} – {to}',

    // ---- Implementation ----
    implementationIntro:
      'Kush e koordinon dhe e zbaton planin. Çdo masë ka edhe institucionin e vet përgjegjës, të përmendur në tabelat e masave.',
    coordinator: 'Koordinatori për çështjet e romëve',
    coordinatorUnit: 'Struktura e bashkisë',
    coordinationBody: 'Organi koordinues',
    coordinationMembers: 'Anëtarët',
    communityActionGroup: 'Grupi i veprimit në komunitet',
    cagMembers: 'Anëtarët',
    cagWomen: 'Prej tyre gra',
    cagEstablished: 'Krijuar më',
    mediators: 'Ndërmjetësit',
    noMediators: 'Plani nuk përmend ndërmjetës.',
    /** Fields mediators work in (governance.mediators[].field). */
    mediatorEducation: 'Arsimi',
    mediatorHealth: 'Shëndeti',
    mediatorCommunity: 'Komuniteti',
    mediatorEmployment: 'Punësimi',

    // ---- Monitoring and evaluation ----
    monitoringBody: 'Organi i monitorimit',
    monitoringFrequency: 'Raportet e progresit',
    monitoringReportTo: 'Raportet i dërgohen',
    monitoringMidTerm: 'Vlerësimi afatmesëm',
    monitoringFinal: 'Vlerësimi përfundimtar',
    monitoringCommunityRole: 'Roli i komunitetit në monitorim',
    monitoringIndicators: 'Shtojca 1 rendit treguesit e të gjitha masave, me vlerat bazë, vlerat e synuara dhe burimet e verifikimit.',
    frequencyQuarterly: 'çdo tremujor',
    frequencySemiAnnual: 'çdo gjashtë muaj',
    frequencyAnnual: 'një herë në vit',

    // ---- Annexes ----
    /** Ways an indicator is broken down (indicators[].disaggregation). */
    disaggregationSex: 'gjinia',
    disaggregationAge: 'mosha',
    disaggregationSettlement: 'vendbanimi',
    reviewIntro:
      'Kontrollet automatike të planit gjetën pikat e mëposhtme. Ato nuk e pengojnë miratimin, por shqyrtuesit u kushtojnë vëmendje.',

    // ---- The decision adopting the plan (Annex 3) ----
    // {body}: the council; {title}: the plan title; {municipality}; {period}: e.g. 2026–2030;
    // {decision}: the decision number; {coordinator}: the coordinator's role; {monitoringBody};
    // {reportTo}; {frequency}: e.g. "every year"; {total} and {municipal}: amounts; {date}.
    // Every value stands in the nominative (the form the plan gives), so each sits where
    // Albanian keeps the nominative: as the subject, or after "nga".
    decisionTitleDraft: 'Projektvendim për miratimin e dokumentit “{title}” ({body})',
    decisionTitleAdopted: 'Vendim për miratimin e dokumentit “{title}” ({body}, {decision})',
    decisionPreamble:
      'Pasi shqyrtoi projektin e hartuar me pjesëmarrjen e komunitetit rom në {municipality}, {body} miraton vendimin e mëposhtëm.',
    decisionAdopt: '1. {body} miraton dokumentin “{title}” për vitet {period}, bashkëlidhur këtij vendimi.',
    decisionCoordination:
      '2. Zbatimin e planit e koordinon {coordinator}. Zbatimin e planit e monitoron {monitoringBody}; raporti i monitorimit hartohet {frequency} dhe shqyrtohet nga {reportTo}.',
    decisionBudget:
      '3. Masat financohen nga buxhetet vjetore të bashkisë dhe nga burimet e tjera të përmendura në plan. Kostoja totale e planit është {total}, nga e cila {municipal} financohen nga buxheti i bashkisë.',
    decisionEntry: '4. Ky vendim hyn në fuqi ditën pas botimit.',
    decisionPlaceDate: '{municipality}, {date}',
    /** Stands for the date of a decision not yet taken. */
    decisionDateBlank: '……………………',
    decisionSignature: 'Kryetari – {body}',
  },
  /** Labels only the PDF needs (running header and footer, chart legends). */
  pdf: {
    /** Footer of every page but the cover. */
    pageOf: 'Faqja {page} nga {pages}',
    /** Title of the contents when the view has no contents entry of its own. */
    contents: 'Përmbajtja',
    ganttTitle: 'Masat gjatë periudhës së planit, sipas fushave',
    /** Quarter label on the time axis of the Gantt chart. */
    quarter: 'T{quarter}',
    budgetChartTitle: 'Buxheti sipas fushave dhe burimeve të financimit',
    legend: 'Burimet e financimit:',
    /** Caption under each chart. */
    figure: 'Figura {number}: {title}',
  },
  /** Labels of the annual report (kept in follow-up-sq.ts). */
  followUp: followUpSq,
  /** Questions, choices and messages of `roma-plan init` (kept in wizard-sq.ts). */
  wizard: wizardSq,
};
