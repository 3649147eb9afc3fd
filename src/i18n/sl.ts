import { contentSl } from './content-sl.js';
import { wizardLegalSl } from './wizard-legal-sl.js';
import { decisionSl } from './decision-sl.js';
import { followUpSl } from './follow-up-sl.js';
import type { LanguageFile } from './index.js';
import { wizardSl } from './wizard-sl.js';
import { wizardHelpSl } from './wizard-help-sl.js';
import { reviewSl } from './review-sl.js';

/**
 * Slovenian. Same keys, in the same order, as en.ts. The words follow the glossary in
 * glossary/sl.md (občina, občinski svet, sklep, ukrep, nosilec, kazalnik, romska naselja).
 */
export const sl: LanguageFile = {
  meta: { name: 'Slovenian', nativeName: 'slovenščina' },
  /** The names of the areas, goals and EU objectives, and the good-practice catalogue. */
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
    practices: {
      'intercultural-mediators': {
        title: 'Medkulturni mediatorji',
        description:
          'Pridobite spoštovane pripadnike lokalne romske skupnosti, ki jih po možnosti poznajo tako prebivalci kot ustanove, in jih usposobite po metodi ROMED Sveta Evrope: etični kodeks, komunikacija in pogajanje, obvladovanje konfliktov in skupno načrtovanje. Zaposleni mediatorji ostanejo nepristranski in vzdržujejo stalno povezavo med družinami ter šolami, zdravstvenimi službami in občinsko upravo, po kateri potrebe in informacije potujejo v obe smeri. Namen je preprečevati konflikte in dialog vgraditi v vsakdanje delo občine, ne pa reševati posameznih sporov.',
      },
      'community-action-group': {
        title: 'Akcijska skupina skupnosti',
        description:
          'Mediator poveže romske prebivalce v skupino, ki si sama določi pravila delovanja in odloča demokratično, tako da skupnost svoje potrebe izrazi z lastnim glasom. Skupina popiše in razvrsti lokalne težave ter pošilja predstavnike na srečanja z občino in javnimi ustanovami. Skupino navedite v načrtu in ji dodelite vlogo pri spremljanju.',
      },
      'round-tables': {
        title: 'Okrogle mize za načrtovanje s skupnostjo',
        description:
          'Redno organizirajte moderirana srečanja, na katerih akcijska skupina skupnosti načrtuje skupaj z občino, šolami, zdravstvenim domom in drugimi lokalnimi ustanovami. Mediator vsako srečanje pripravi na podlagi potreb, ki sta jih popisali obe strani, v sodelovanju s kontaktno osebo v ustanovah. Vodite evidenco datumov, udeležencev in dogovorov; ta postane evidenca sodelovanja v načrtu.',
      },
      'local-mini-project': {
        title: 'Skupni lokalni mini projekt',
        description:
          'Prvi dogovor z okroglih miz pretvorite v majhen projekt z vidnim rezultatom, ki ga prebivalci in ustanove izvedejo skupaj. Obe strani prispevata ljudi ali sredstva in si delita odgovornost za izid. Zgodnji skupni uspeh gradi zaupanje, ki ga bodo potrebovali večji ukrepi načrta.',
      },
      'leader-training': {
        title: 'Usposabljanje lokalnih romskih voditeljev',
        description:
          'Poiščite eno ali dve osebi, ki v skupnosti že imata vodilno vlogo, bodisi kot neformalni avtoriteti, strokovnjaka, vodji nevladnih organizacij ali izvoljena predstavnika, in ju podprite pri organizaciji in vodenju lokalne skupine. Ponudite jima usposabljanje za moderiranje, načrtovanje in sodelovanje z ustanovami, nato pa mentorstvo. Močno lokalno vodstvo ohranja skupino dejavno tudi po koncu zunanje podpore.',
      },
      'community-centre': {
        title: 'Skupnostni center v soseski',
        description:
          'V izključeni soseski ali ob njej odprite center, v katerem so na enem mestu dostopni socialno svetovanje, dejavnosti za otroke in mlade, svetovanje pri iskanju zaposlitve in srečanja skupnosti. V Ostravi je nevladna organizacija leta 2003 odprla takšen center v novem stanovanjskem naselju, pozneje še dva v drugih izključenih delih mesta, in pri tem služila tudi prebivalcem okoliških četrti. V centru naj delajo usposobljeni socialni delavci, prebivalce pa vključite v njegovo vodenje.',
      },
      'outreach-social-work': {
        title: 'Terensko socialno delo in pravno svetovanje',
        description:
          'Socialni delavci obiskujejo družine na domu in jim pomagajo uveljaviti pravice do prejemkov, urejati zadeve z organi in dostopati do rednih storitev. Svetovanje zajema stanovanje in dolgove za stroške bivanja, delo, šolanje, zdravje, družinske zadeve in diskriminacijo, njegov cilj pa je, da ljudje podobno težavo pozneje rešijo sami. Program, ki pojasnjuje stroške bivanja in dobre sosedske odnose, družinam pomaga, da se izognejo dolgovom in izselitvi.',
      },
      'mixed-social-housing': {
        title: 'Mešana neprofitna najemna stanovanja',
        description:
          'Zgradite standardna neprofitna najemna stanovanja in jih v enakih deležih oddajte romskim, neromskim in mešanim družinam; v Ostravi so v „Vasi sožitja“ v letih 2000–2002 zgradili 30 stanovanjskih enot za 10 romskih, 10 neromskih in 10 mešanih družin. Bodoči najemniki sodelujejo pri pripravi in gradnji stanovanj, naselje pa nato upravlja upravni odbor najemnikov ter predstavnikov občine in civilne družbe, ki izbira tudi nove najemnike. Dolgoletno spremljevalno socialno delo in delo v skupnosti sta ohranila stanovanja v dobrem stanju in odgovorila na pomisleke, izražene pred gradnjo.',
      },
      'transition-housing': {
        title: 'Začasna socialna nastanitev',
        description:
          'Zagotovite manjše število stanovanj, na primer prek zasebne nepremičninske agencije, in jih za omejen čas oddajte družinam, ki so ostale brez doma, zlasti družinam z otroki, ob intenzivni socialni podpori, dokler se njihov položaj ne ustali. V Ostravi je bila nevladna organizacija najemodajalka 8 takšnih stanovanj, ki ji jih je v ta namen prepustila največja zasebna agencija za oddajo. Družinam, ki jim grozi izselitev, pomagajte tudi pri iskanju zavetišča, prenočišča ali podnajema.',
      },
      'family-support': {
        title: 'Tim za podporo družinam',
        description:
          'Tim socialnih delavcev dela s starši, da otroci ne bi bili odvzeti in nameščeni v rejništvo oziroma da bi se lahko vrnili domov, če so že bili. Podpora zajema pravne nasvete, starševske veščine, zadovoljevanje potreb otrok, družinske in denarne težave ter redno obiskovanje šole. V Ostravi je bila ta storitev financirana s pogodbo o izvajanju javne službe z regionalno oblastjo.',
      },
      'job-service': {
        title: 'Svetovalnica za zaposlovanje',
        description:
          'Romom in drugim iskalcem zaposlitve iz izključenih sosesk ponudite svetovanje o tem, kako iskati delo, se pripraviti na razgovor in sporazumevati na delovnem mestu. Zaposleni v svetovalnici vzpostavljajo stike z lokalnimi delodajalci in ljudi napotujejo na ustrezna usposabljanja in izobraževanja. Svetovalnico vodite skupaj z zavodom za zaposlovanje, da lahko uporabniki koristijo tudi njegove programe.',
      },
      'crime-prevention': {
        title: 'Podpora žrtvam in preprečevanje kriminalitete',
        description:
          'Vzpostavite službo, ki v tesnem sodelovanju z občinskim redarstvom in lokalnimi policijskimi postajami podpira žrtve oderuštva in drugih kaznivih dejanj v izključenih soseskah ter deluje proti uživanju drog in preprodaji. Združuje individualno delo z žrtvami in ogroženimi osebami, skupne obhode s policisti, ki olajšajo sporazumevanje s prebivalci, in redna srečanja, na katerih si vsi lokalni akterji izmenjujejo informacije in skupaj rešujejo težave. Sčasoma tako gradi zaupanje med romskimi družinami in policijo.',
      },
      'neighbourhood-improvement': {
        title: 'Skupno urejanje soseske',
        description:
          'Organizirajte prebivalce, da skupaj čistijo javne površine, obnavljajo skupne dele stavb ter urejajo ali popravljajo parke in igrišča. Občina zagotovi material, orodje in odvoz odpadkov; zasebni partnerji lahko podarijo material, kot je to storil investitor pri pilotni obnovi stavbe v Ostravi. Skupno delo pri vidnih izboljšavah krepi odnose med romskimi in neromskimi sosedi ter daje vlogo otrokom in mladim.',
      },
      'anti-discrimination-campaign': {
        title: 'Ukrepanje proti diskriminaciji in segregaciji v šolah',
        description:
          'Skupaj z organizacijami civilne družbe sodelujte v kampanjah ozaveščanja in konkretnih projektih proti diskriminaciji, predvsem proti vključevanju romskih otrok v ločene šole ali oddelke. Kadar prepričevanje ne zadošča, podprite pritožbe in pravna sredstva. Predvidite pregled lokalnih šol glede segregacije in časovno opredeljen načrt za njeno odpravo.',
      },
      'ngo-service-contract': {
        title: 'Lokalna nevladna organizacija kot pogodbeni izvajalec storitev',
        description:
          'Namesto financiranja enkratnih projektov s pogodbo angažirajte izkušeno lokalno nevladno organizacijo kot strateškega partnerja, ki v izključenih soseskah izvaja registrirane socialne storitve in sodeluje pri načrtovanju občinskih storitev. Združite sredstva mesta in mestnih četrti, regionalna in državna sredstva za registrirane socialne storitve, sredstva EU, kot je Evropski socialni sklad, in zasebne prispevke za posamezne projekte. Večletne pogodbe dajejo stabilnost, ki jo trajni rezultati potrebujejo.',
      },
      'roma-officials-network': {
        title: 'Mreža romskih lokalnih funkcionarjev',
        description:
          'Podprite formalno skupino romskih županov, svetnikov, mediatorjev in občinskih koordinatorjev za romska vprašanja za skupno usposabljanje, izmenjavo izkušenj in oblikovanje skupnih stališč, kot je predlagala „pobuda iz Konjica“ na Zahodnem Balkanu. Mreža lahko enotno nastopa v združenjih lokalnih skupnosti, tudi pri Svetu Evrope. Občina imenuje svoje romske funkcionarje in krije stroške njihove udeležbe.',
      },
      'official-training': {
        title: 'Usposabljanje občinskih uslužbencev',
        description:
          'Usposobite uslužbence, ki načrtujejo, pripravljajo proračun in izvajajo storitve, za vodenje politik, povezanih z Romi: nacionalni okvir in okvir EU, ocena potreb, participativno načrtovanje, priprava proračuna in spremljanje. Vključite tudi vodje oddelkov in finančne delavce, ne le koordinatorja za romska vprašanja, da ukrepi pridejo v redni proračun. Usposabljanje ponovite po volitvah in kadrovskih spremembah.',
      },
      'coordination-body': {
        title: 'Občinsko koordinacijsko telo',
        description:
          'Ustanovite telo pri občini, v katerem oddelki, javne ustanove in civilna družba obravnavajo ukrepe za vključevanje in skupnost, na katero se nanašajo, vključujejo v oblikovanje politik. Pred njegovo ustanovitvijo so partnerji v Kopru popisali vse storitve in programe, dostopne v občini, ocenili potrebe in pripravili strateški dokument, telo pa je bilo ustanovljeno leta 2021. Koprsko telo se ukvarja z vključevanjem migrantov; enaka ureditev služi kot koordinacijsko telo za romska vprašanja.',
      },
      'inclusion-council': {
        title: 'Svet za vključevanje',
        description:
          'Posvetovalni svet poveže lokalne ustanove okoli ovire, ki so jo same prepoznale, na primer jezikovnih težav, na katere opozarjajo šole. V Škofji Loki je svet poskrbel za usposabljanje zaposlenih v javnih ustanovah za medkulturno mediacijo, od leta 2021 pa tam delata dva mediatorja, večinoma v izobraževanju. Svet izhaja iz nujnih potreb in lahko preraste v sistematično politiko vključevanja; primer izhaja iz vključevanja migrantov in velja enako za romske skupnosti.',
      },
      'mediator-evaluation': {
        title: 'Standardi in vrednotenje dela mediatorjev',
        description:
          'Medkulturno mediacijo uredite kot poklic: pisno določite vlogo mediatorja, potrebne kompetence in etična načela ter v rednih presledkih vrednotite delo vsakega mediatorja. Kompetence, ki se ocenjujejo, zajemajo medkulturno sporazumevanje, mediacijo in obvladovanje konfliktov, poznavanje zgodovine in kulture skupnosti, načrtovanje in samovrednotenje ter vodenje primerov. Vrednotenje ustanovam daje zaupanje v mediatorje, mediatorjem pa pot do priznanja.',
      },
      'roma-coordinator': {
        title: 'Koordinator za romska vprašanja',
        description:
          'V občinski upravi sistemizirajte stalno delovno mesto koordinatorja za romska vprašanja, po možnosti zasedeno z romskim strokovnjakom, s pisnim opisom nalog in mestom v organizacijski shemi. Koordinator je kontaktna oseba za skupnost, pripravlja akcijski načrt in spremlja njegovo izvajanje ter skrbi, da so njegovi ukrepi vključeni v letni proračun. Občine v Srbiji to delovno mesto pogosto uporabljajo.',
      },
      'mobile-team': {
        title: 'Mobilni tim za vključevanje',
        description:
          'Oblikujte tim, ki se redno sestaja in skupaj obiskuje naselja: koordinator za romska vprašanja, pedagoški asistent, zdravstveni mediator ter zaposleni v centru za socialno delo in na zavodu za zaposlovanje. Tim rešuje težave, ki presegajo meje posameznih služb, na primer ko družina brez dokumentov ima otroke, ki ne hodijo v šolo. Ustanovite ga z odločitvijo občine, ki določi člane in pogostost sestankov.',
      },
      'health-mediators': {
        title: 'Romski zdravstveni mediatorji',
        description:
          'Zaposlite zdravstvene mediatorje iz romske skupnosti pri lokalnem zdravstvenem domu. Obiskujejo družine in podpirajo cepljenje, zdravstveno varstvo pred porodom in po njem ter izbiro osebnega zdravnika, ljudem pomagajo urediti zdravstveno zavarovanje in jih po potrebi spremljajo do služb. Zagotovite jim pogodbo z zdravstvenim domom in redno strokovno podporo.',
      },
      'pedagogical-assistants': {
        title: 'Pedagoški asistenti',
        description:
          'V vrtce in šole, ki jih obiskujejo romski otroci, vključite pedagoške asistente, po možnosti govorce romščine, ki podpirajo učence pri pouku, sodelujejo z učitelji in vzdržujejo stik s starši. Pomagajo tudi pri vpisu ter pri urejanju prevoza, brezplačnih učbenikov in šolskih potrebščin. V Srbiji je ta vloga (pedagoški asistent) del rednega izobraževalnega sistema.',
      },
      'preschool-enrolment': {
        title: 'Vključitev vsakega romskega otroka v vrtec',
        description:
          'Prizadevajte si, da vsak romski otrok obiskuje vrtec, vsaj obvezno predšolsko leto in po možnosti dlje, tako da starše oprostite plačila, organizirate prevoz in obiskujete družine ter jim pojasnite, kako otroka vpisati. Otroke vključujte v mešane skupine v rednih vrtcih, nikoli v skupine samo za romske otroke. Vpis in obiskovanje spremljajte glede na število otrok predšolske starosti v vsakem naselju.',
      },
      'civil-registration-drive': {
        title: 'Akcija vpisa v matični register',
        description:
          'Popišite osebe brez dokumentov, kot so rojstni list, osebna izkaznica ali prijavljeno prebivališče, nato pa jim ponudite brezplačno pravno pomoč in jih oprostite upravnih taks. V naselju organizirajte uradne ure matične službe in pomagajte pri naknadnem vpisu rojstva, da se ljudje lahko vpišejo v šolo, uredijo zdravstveno zavarovanje in prejemajo pomoči. S porodnišnico se dogovorite, da je vsak novorojenček vpisan v matični register pred odpustom iz bolnišnice.',
      },
      'settlement-legalisation': {
        title: 'Legalizacija naselja in infrastruktura',
        description:
          'Sprejmite ali spremenite prostorski načrt, ki zajema neformalno naselje, uredite lastništvo zemljišč in pomagajte gospodinjstvom vložiti zahteve za legalizacijo. Ko je pravni status urejen, po fazah načrtujte sredstva za vodovod, kanalizacijo, električno energijo in asfaltirane dostopne ceste. Kjer legalizacija ni mogoča, v dogovoru s prebivalci načrtujte primerno desegregirano bivanje na drugi lokaciji.',
      },
      'roma-responsive-budgeting': {
        title: 'Proračun, ki upošteva potrebe Romov',
        description:
          'Vsako postavko občinskega proračuna označite kot neposredno povezano, posredno povezano ali nepovezano z vključevanjem Romov, nato pa med letom spremljajte, koliko sredstev posamezne postavke je dejansko porabljenih. Tako se pokaže, ali ima akcijski načrt finančno kritje in kolikšen delež zagotavlja občina sama. Podatke poročajte občinskemu svetu skupaj s poročilom o spremljanju načrta.',
      },
      'romani-language-culture': {
        title: 'Romski jezik in kultura',
        description:
          'Ponudite pouk romskega jezika in v lokalne šole vnesite zgodovino Romov, vključno z genocidom nad Romi v drugi svetovni vojni. Podprite romske kulturne centre, društva in medije v romščini ter 8. april, svetovni dan Romov, zaznamujte z javnimi prireditvami. Tako romska kultura dobi vidno mesto v lokalnem javnem življenju, predsodki med večinskim prebivalstvom pa se zmanjšujejo.',
      },
      'public-works-employment': {
        title: 'Javna dela in zaposlovanje v občini',
        description:
          'Romskim iskalcem zaposlitve zagotovite enak dostop do programov javnih del in delovnih mest v občini in njenih podjetjih, s preglednim postopkom zaposlovanja in dejavnim obveščanjem v naseljih. Dodajte majhne spodbude in svetovanje za samozaposlitev ter podprite socialna podjetja, ki zaposlujejo prebivalce naselij. Javna dela povežite z usposabljanjem, da udeleženci preidejo v redno zaposlitev.',
      },
    },
  },
  /** Labels of the rendered action plan (Markdown and PDF). */
  document: {
    // ---- What the document is (PDF metadata, cover) ----
    /** The kind of document; PDF subject and keywords. */
    documentSubject: 'Lokalni akcijski načrt za vključevanje Romov',
    coverMunicipality: 'Občina',
    coverCity: 'Mestna občina',
    coverTown: 'Občina',
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
    chapterNotCovered: 'Področja, ki jih načrt ne zajema, in razlogi',
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
    methodIntroUnrecorded: 'Posvetovanja, izvedena med njegovo pripravo, so opisana v nadaljevanju; Priloga 2 prikazuje njihove številčne podatke v eni preglednici.',
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
    colLeadPartners: 'Nosilec in partnerji',
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
    colObjective: 'Specifični cilj',
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
    budgetSpreadNote: 'Stroški vsakega ukrepa so razporejeni po letih njegovega trajanja sorazmerno s številom četrtletij v posameznem letu, v celih zneskih; ostanek zaokroževanja se pripiše zadnjemu letu.',
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
    decisionPlaceDate: '{municipality}, {date}',
    /** Stands for the date of a decision not yet taken. */
    decisionDateBlank: '……………………',
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
  /** Words of the council decision that adopts the plan (kept in decision-sl.ts). */
  decision: decisionSl,
  /** Questions of the wizard's legal-basis step (kept in wizard-legal-sl.ts). */
  wizardLegal: wizardLegalSl,
  /** Labels of the annual report (kept in follow-up-sl.ts). */
  followUp: followUpSl,
  content: contentSl,
  review: reviewSl,
  /** Questions, choices and messages of `roma-plan init` (kept in wizard-sl.ts). */
  wizard: wizardSl,
  wizardHelp: wizardHelpSl,
};
