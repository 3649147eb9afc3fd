import { followUpSl } from './follow-up-sl.js';
import type { LanguageFile } from './index.js';
import { wizardSl } from './wizard-sl.js';

/**
 * Slovenian. Same keys, in the same order, as en.ts. The words follow the glossary in
 * glossary/sl.md (občina, občinski svet, sklep, ukrep, nosilec, kazalnik, romska naselja).
 */
export const sl: LanguageFile = {
  meta: { name: 'Slovenian', nativeName: 'slovenščina' },
  /** The names of the areas, goals and EU objectives (the good practices are shown in English). */
  catalogue: {
    areas: {
      participation: { title: 'Učinkovita udeležba Romov na lokalni ravni', short: 'Udeležba' },
      employment: { title: 'Gospodarsko opolnomočenje in zaposlovanje', short: 'Zaposlovanje' },
      health: { title: 'Javno zdravje', short: 'Zdravje' },
      culture: { title: 'Kulturna integracija', short: 'Kultura' },
      education: { title: 'Izobraževanje', short: 'Izobraževanje' },
      'birth-registration': { title: 'Vpis v matični register in osebni dokumenti', short: 'Matični register' },
      'living-conditions': { title: 'Bivanjske razmere v naseljih', short: 'Bivanjske razmere' },
    },
    goals: {
      'conflict-prevention': { title: 'Preprečevanje lokalnih medetničnih konfliktov', short: 'Preprečevanje konfliktov' },
      'consensual-democracy': { title: 'Uresničevanje konsenzualne demokracije na lokalni ravni', short: 'Konsenzualna demokracija' },
      'balancing-interests': {
        title: 'Usklajevanje družbeno-kulturnih in političnih interesov večinske in manjšinskih etničnih skupnosti',
        short: 'Usklajevanje interesov',
      },
      'checks-and-balances': {
        title: 'Sodelovanje ter medsebojni nadzor in ravnovesje med tekmujočimi političnimi silami',
        short: 'Nadzor in ravnovesje',
      },
      'cultural-autonomy': {
        title: 'Uresničevanje pravic do kulturne avtonomije (kulturne ustanove, informativni mediji, izobraževanje v maternem jeziku)',
        short: 'Kulturna avtonomija',
      },
      'service-provision': {
        title: 'Krepitev lojalnosti manjšinskih skupnosti s pragmatičnim zagotavljanjem storitev',
        short: 'Zagotavljanje storitev',
      },
      'public-participation': { title: 'Dejavna udeležba manjšinskih skupnosti v lokalnem javnem življenju', short: 'Udeležba v javnem življenju' },
      'needs-based-budgeting': {
        title: 'Enotno proračunsko načrtovanje na podlagi potreb manjšinskih skupnosti',
        short: 'Proračun po potrebah',
      },
      'economic-activity': { title: 'Spodbujanje družbeno koristne gospodarske dejavnosti', short: 'Gospodarska dejavnost' },
      security: {
        title:
          'Varnost: preprečevanje ekstremizma, diskriminacije in izključenosti, odpravljanje nestrpnosti do manjšin, zagotavljanje javnega reda',
        short: 'Varnost',
      },
    },
    eu: {
      antigypsyism: 'Boj proti rasizmu do Romov in diskriminaciji ter njuno preprečevanje',
      poverty: 'Zmanjšanje revščine in socialne izključenosti',
      participation: 'Spodbujanje udeležbe s krepitvijo vloge, sodelovanjem in zaupanjem',
      education: 'Enak dostop do kakovostnega vključujočega rednega izobraževanja',
      employment: 'Enak dostop do kakovostne in trajnostne zaposlitve',
      health: 'Boljše zdravje ter enak dostop do zdravstvenega varstva in socialnih storitev',
      housing: 'Enak dostop do ustreznih desegregiranih stanovanj in osnovnih storitev',
    },
  },
  /** Labels of the rendered action plan (Markdown and PDF). */
  document: {
    // ---- What the document is (PDF metadata, cover) ----
    /** The kind of document; PDF subject and keywords. */
    documentSubject: 'Lokalni akcijski načrt za vključevanje Romov',
    coverMunicipality: 'Občina',
    coverPeriod: 'Obdobje',
    coverStatus: 'Status',
    coverVersion: 'Različica',
    coverAdoptedBy: 'Sprejel',
    coverDecision: 'Sklep',
    coverAdoptionDate: 'Datum sprejetja',
    coverDate: 'Datum tega dokumenta',

    // ---- Where the plan stands (plan.status) ----
    statusDraft: 'Osnutek',
    statusConsultation: 'Osnutek v javni obravnavi',
    statusAdopted: 'Sprejet',

    // ---- Chapter and section titles, in document order ----
    chapterContents: 'Kazalo',
    chapterIntroduction: 'Uvod in strateška izhodišča',
    chapterMethod: 'Način priprave in sodelovanje skupnosti',
    chapterMunicipality: 'Občina in naselja, v katerih živijo Romi',
    chapterGoals: 'Cilji politik',
    chapterBudget: 'Povzetek finančnega načrta',
    sectionBudgetByArea: 'Sredstva po prednostnih področjih',
    sectionBudgetByYear: 'Sredstva po letih',
    sectionBudgetBySource: 'Sredstva po virih financiranja',
    chapterCoverage: 'Pokritost ciljev politik',
    chapterTimeline: 'Časovni načrt',
    chapterImplementation: 'Organizacija izvajanja',
    chapterMonitoring: 'Spremljanje in vrednotenje',
    chapterAnnexes: 'Priloge',
    annexIndicators: 'Priloga 1. Kazalniki',
    annexParticipation: 'Priloga 2. Evidenca sodelovanja',
    annexDecision: 'Priloga 3. Sklep o sprejetju načrta',
    /** Only present when the checks found something to review. */
    annexReview: 'Priloga 4. Opombe za pregledovalce',

    // ---- Introduction ----
    /** Opening paragraph. {municipality}: its name; {period}: e.g. 2026–2030. */
    introSummary:
      'Ta načrt določa, kako bo občina {municipality} v obdobju {period} spodbujala enakost, vključenost in udeležbo pripadnic in pripadnikov romske skupnosti. Zajema sedem lokalnih prednostnih področij vključevanja Romov in za vsak ukrep prikazuje, katerim od desetih ciljev politik, povezanih z manjšinskimi skupnostmi, sledi.',
    introVision: 'Vizija',
    introPolicyBasis: 'Strateška izhodišča',
    introEuFramework: 'Prispevek k strateškemu okviru EU za Rome 2020–2030',
    introEuFrameworkText:
      'Ukrepi tega načrta prispevajo k naslednjim ciljem strateškega okvira EU za enakost, vključevanje in udeležbo Romov za obdobje 2020–2030:',

    // ---- Method and participation ----
    methodIntro:
      'Načrt je bil pripravljen skupaj z romsko skupnostjo. Posvetovanja, izvedena med njegovo pripravo, so opisana v nadaljevanju; Priloga 2 prikazuje njihove številčne podatke v eni preglednici.',
    methodConsultations: 'Izvedena posvetovanja',
    methodParticipants: 'Vseh udeležencev',
    methodRomaParticipants: 'Romov in Romkinj med udeleženci',
    methodWomenParticipants: 'Žensk med udeleženci',
    /** Kinds of consultation (participation[].format). */
    formatRoundTable: 'Okrogla miza',
    formatCommunityMeeting: 'Srečanje s skupnostjo',
    formatWorkingGroup: 'Delovna skupina',
    formatSurvey: 'Anketa',
    formatPublicHearing: 'Javna obravnava',
    formatOther: 'Drugo posvetovanje',

    // ---- The municipality ----
    municipalityCountry: 'Država',
    municipalityRegion: 'Regija',
    populationTotal: 'Število prebivalcev',
    populationRoma: 'Število Romov (ocena)',
    populationRomaShare: 'Delež Romov med prebivalci',
    populationRomaSource: 'Vir ocene',
    settlements: 'Naselja in deli naselij, v katerih živijo Romi',
    noSettlements: 'Načrt ne navaja naselij ali delov naselij.',
    /** Legal status of a settlement's land and buildings. */
    legalFormal: 'Pravno urejeno',
    legalInformal: 'Pravno neurejeno',
    legalPartlyFormal: 'Delno urejeno',
    /** Basic services of a settlement, and how far residents have them. */
    serviceWater: 'Voda',
    serviceElectricity: 'Električna energija',
    serviceSewage: 'Kanalizacija',
    serviceRoad: 'Dostopna cesta',
    levelFull: 'v celoti',
    levelPartial: 'delno',
    levelNone: 'ni',

    // ---- Policy goals ----
    goalsIntro:
      'Prednostna področja povedo, kje občina deluje, deset ciljev politik, povezanih z manjšinskimi skupnostmi, pa, čemu to delovanje služi. Preglednica prikazuje prednost, ki jo občina daje posameznemu cilju, in ukrepe, ki mu sledijo.',
    goalsStatements: 'Kako občina uresničuje cilje',
    goalNotAddressed: 'ni obravnavan',
    priorityHigh: 'Visoka',
    priorityMedium: 'Srednja',
    priorityLow: 'Nizka',

    // ---- A priority area chapter ----
    areaNotApplicable: 'To prednostno področje se na občino ne nanaša.',
    areaReason: 'Utemeljitev',
    areaSituation: 'Stanje',
    areaData: 'Podatki',
    areaNeeds: 'Potrebe, kot jih je razvrstila skupnost, od najnujnejše naprej',
    areaEuObjectives: 'Cilji okvira EU, h katerim prispeva področje',
    areaTotal: 'Stroški ukrepov na tem področju',
    /** Heading of the measure descriptions under an action matrix. */
    measureDetails: 'Ukrepi',
    measureGoals: 'Cilji politik',
    measureEuObjectives: 'Cilji okvira EU',
    measurePractice: 'Primer dobre prakse, po katerem je ukrep oblikovan',
    measureBeneficiaries: 'Upravičenci',
    beneficiariesTotal: 'Vseh upravičencev',
    beneficiariesRomaWomen: 'Romkinje in romske deklice',
    beneficiariesRomaMen: 'Romi in romski dečki',
    measureRisks: 'Tveganja in njihovo obvladovanje',
    /** Between an indicator's value and the means of verification, in the action matrix. */
    indicatorVerifiedBy: 'vir preverjanja:',

    // ---- Table column headings ----
    colNumber: 'Št.',
    colMeasure: 'Ukrep',
    colLead: 'Nosilec',
    colPartners: 'Partnerji',
    colPeriod: 'Obdobje',
    colCost: 'Stroški in viri financiranja',
    colIndicators: 'Kazalniki: izhodiščna → ciljna vrednost',
    colIndicator: 'Kazalnik',
    colValue: 'Vrednost',
    colYear: 'Leto',
    colSource: 'Vir',
    colGoal: 'Cilj politike',
    colPriority: 'Prednost',
    colMeasures: 'Ukrepi',
    colArea: 'Prednostno področje',
    colTotal: 'Skupaj',
    colShare: 'Delež',
    colFundingSource: 'Vir financiranja',
    colStart: 'Začetek',
    colEnd: 'Konec',
    colSettlement: 'Naselje ali del naselja',
    colHouseholds: 'Gospodinjstva',
    colResidents: 'Prebivalci',
    colLegalStatus: 'Pravni status',
    colServices: 'Komunalna infrastruktura',
    colMediatorField: 'Področje',
    colMediatorCount: 'Število mediatorjev',
    colUnit: 'Enota',
    colBaseline: 'Izhodiščna vrednost',
    colTarget: 'Ciljna vrednost',
    colVerification: 'Vir preverjanja',
    colDisaggregation: 'Razčlenitev po',
    colDate: 'Datum',
    colFormat: 'Oblika',
    colParticipants: 'Udeleženci',
    colRoma: 'Romi',
    colWomen: 'Ženske',
    colPath: 'Mesto v načrtu',
    colNote: 'Opomba',
    /** The sum row at the bottom of a table. */
    rowTotal: 'Skupaj',
    /** An empty value in a table. */
    none: '–',

    // ---- Budget ----
    budgetTotal: 'Skupni stroški načrta',
    budgetMunicipal: 'Iz občinskega proračuna',
    budgetMunicipalShare: 'Delež občine',
    budgetSpreadNote: 'Stroški ukrepa, ki traja več let, so enakomerno razporejeni po četrtletjih njegovega trajanja.',
    /** Funding source types (cost.sources[].type). */
    sourceMunicipal: 'Občinski proračun',
    sourceNational: 'Državni proračun',
    sourceEu: 'Sredstva EU',
    sourceDonor: 'Donatorji',
    sourcePrivate: 'Zasebni sektor',
    sourceOther: 'Drugi viri',

    // ---- Coverage matrix ----
    coverageIntro:
      'Matrika za vsako prednostno področje prikazuje število ukrepov, ki sledijo posameznemu cilju politik. Stolpci so številke ciljev, navedenih pod matriko.',
    /** A cell of a priority area marked not applicable. */
    coverageNotApplicable: 'n. r.',
    coverageLegend: 'Cilji politik',
    coverageGaps: 'Cilji politik, ki jim ne sledi noben ukrep',
    coverageNoGaps: 'Vsakemu cilju politik sledi vsaj en ukrep.',

    // ---- Timeline ----
    timelineIntro: 'Čas izvajanja posameznih ukrepov. Četrtletja so koledarska.',
    /** A quarter of a year, e.g. "Q3 2027". */
    quarter: '{quarter}. četrtletje {year}',
    /** From one year or quarter to another, e.g. "2026 – 2028". */
    range: '{from} – {to}',

    // ---- Implementation ----
    implementationIntro:
      'Kdo usklajuje in izvaja načrt. Vsak ukrep ima tudi svojega nosilca, ki je naveden v preglednicah ukrepov.',
    coordinator: 'Koordinator za romska vprašanja',
    coordinatorUnit: 'Organizacijska enota',
    coordinationBody: 'Koordinacijsko telo',
    coordinationMembers: 'Člani',
    communityActionGroup: 'Akcijska skupina skupnosti',
    cagMembers: 'Člani',
    cagWomen: 'Od tega žensk',
    cagEstablished: 'Ustanovljena',
    mediators: 'Mediatorji',
    noMediators: 'Načrt ne navaja mediatorjev.',
    /** Fields mediators work in (governance.mediators[].field). */
    mediatorEducation: 'Izobraževanje',
    mediatorHealth: 'Zdravje',
    mediatorCommunity: 'Skupnost',
    mediatorEmployment: 'Zaposlovanje',

    // ---- Monitoring and evaluation ----
    monitoringBody: 'Telo za spremljanje',
    monitoringFrequency: 'Poročila o napredku',
    monitoringReportTo: 'Prejemnik poročil',
    monitoringMidTerm: 'Vmesno vrednotenje',
    monitoringFinal: 'Končno vrednotenje',
    monitoringCommunityRole: 'Vloga skupnosti pri spremljanju',
    monitoringIndicators: 'Priloga 1 navaja kazalnike vseh ukrepov z izhodiščnimi in ciljnimi vrednostmi ter viri preverjanja.',
    frequencyQuarterly: 'vsako četrtletje',
    frequencySemiAnnual: 'vsakih šest mesecev',
    frequencyAnnual: 'enkrat letno',

    // ---- Annexes ----
    /** Ways an indicator is broken down (indicators[].disaggregation). */
    disaggregationSex: 'spol',
    disaggregationAge: 'starost',
    disaggregationSettlement: 'naselje',
    reviewIntro:
      'Samodejni pregled načrta je opozoril na naslednje točke. Sprejetja načrta ne preprečujejo, vendar jih pregledovalci upoštevajo.',

    // ---- The decision adopting the plan (Annex 3) ----
    // {body}: the council; {title}: the plan title; {municipality}; {period}: e.g. 2026–2030;
    // {decision}: the decision number; {coordinator}: the coordinator's role; {monitoringBody};
    // {reportTo}; {frequency}: e.g. "every year"; {total} and {municipal}: amounts; {date}.
    // Every value stands in the nominative (the form the plan gives), so the sentences are built
    // around it: "{body} sprejme", "obravnava ga {reportTo}".
    decisionTitleDraft: 'Predlog sklepa o sprejetju dokumenta „{title}“ ({body})',
    decisionTitleAdopted: 'Sklep o sprejetju dokumenta „{title}“ ({body}, {decision})',
    decisionPreamble:
      '{body} na podlagi osnutka, pripravljenega ob sodelovanju romske skupnosti v občini {municipality}, sprejme naslednji sklep.',
    decisionAdopt: '1. {body} sprejme dokument „{title}“ za obdobje {period}, ki je priloga tega sklepa.',
    decisionCoordination:
      '2. Izvajanje načrta usklajuje {coordinator}. Izvajanje načrta spremlja {monitoringBody}; poročilo o spremljanju se pripravi {frequency}, obravnava pa ga {reportTo}.',
    decisionBudget:
      '3. Ukrepi se financirajo iz letnih proračunov občine in iz drugih virov, navedenih v načrtu. Skupni stroški načrta znašajo {total}, od tega se {municipal} zagotovi iz občinskega proračuna.',
    decisionEntry: '4. Ta sklep začne veljati naslednji dan po objavi.',
    decisionPlaceDate: '{municipality}, {date}',
    /** Stands for the date of a decision not yet taken. */
    decisionDateBlank: '……………………',
    decisionSignature: '{body} – predsedujoči',
  },
  /** Labels only the PDF needs (running header and footer, chart legends). */
  pdf: {
    /** Footer of every page but the cover. */
    pageOf: 'Stran {page} od {pages}',
    /** Title of the contents when the view has no contents entry of its own. */
    contents: 'Kazalo',
    ganttTitle: 'Ukrepi v obdobju načrta po področjih',
    /** Quarter label on the time axis of the Gantt chart. */
    quarter: '{quarter}. č.',
    budgetChartTitle: 'Sredstva po področjih in virih financiranja',
    legend: 'Viri financiranja:',
    /** Caption under each chart. */
    figure: 'Slika {number}: {title}',
  },
  /** Labels of the annual report (kept in follow-up-sl.ts). */
  followUp: followUpSl,
  /** Questions, choices and messages of `roma-plan init` (kept in wizard-sl.ts). */
  wizard: wizardSl,
};
