import { contentHr } from './content-hr.js';
import { wizardLegalHr } from './wizard-legal-hr.js';
import { decisionHr } from './decision-hr.js';
import { followUpHr } from './follow-up-hr.js';
import type { LanguageFile } from './index.js';
import { wizardHr } from './wizard-hr.js';
import { wizardHelpHr } from './wizard-help-hr.js';
import { reviewHr } from './review-hr.js';

/** Croatian. Keys follow en.ts in the same order. */
export const hr: LanguageFile = {
  meta: { name: 'Croatian', nativeName: 'hrvatski' },
  /** The names of the areas, goals and EU objectives, and the good-practice catalogue. */
  catalogue: {
    areas: {
      participation: { title: 'Učinkovito sudjelovanje Roma na lokalnoj razini', short: 'Sudjelovanje' },
      employment: { title: 'Gospodarsko osnaživanje i zapošljavanje', short: 'Zapošljavanje' },
      health: { title: 'Javno zdravstvo', short: 'Zdravlje' },
      culture: { title: 'Kulturna integracija', short: 'Kultura' },
      education: { title: 'Obrazovanje', short: 'Obrazovanje' },
      'birth-registration': { title: 'Upis u maticu rođenih i osobne isprave', short: 'Upis u matice' },
      'living-conditions': { title: 'Uvjeti života u naseljima', short: 'Uvjeti života' },
    },
    goals: {
      'conflict-prevention': { title: 'Sprječavanje lokalnih međuetničkih sukoba', short: 'Sprječavanje sukoba' },
      'consensual-democracy': { title: 'Ostvarivanje konsenzualne demokracije na lokalnoj razini', short: 'Konsenzualna demokracija' },
      'balancing-interests': {
        title: 'Usklađivanje sociokulturnih i političkih interesa većinske i manjinskih etničkih zajednica',
        short: 'Usklađivanje interesa',
      },
      'checks-and-balances': {
        title: 'Suradnja te uzajamni nadzor i ravnoteža među suprotstavljenim političkim snagama',
        short: 'Nadzor i ravnoteža',
      },
      'cultural-autonomy': {
        title: 'Ostvarivanje prava na kulturnu autonomiju (kulturne ustanove, informativna glasila, obrazovanje na materinskom jeziku)',
        short: 'Kulturna autonomija',
      },
      'service-provision': {
        title: 'Njegovanje lojalnosti manjinskih zajednica pragmatičnim pružanjem usluga',
        short: 'Pružanje usluga',
      },
      'public-participation': { title: 'Aktivno sudjelovanje manjinskih zajednica u lokalnom javnom životu', short: 'Sudjelovanje u javnom životu' },
      'needs-based-budgeting': {
        title: 'Jedinstveno proračunsko planiranje utemeljeno na potrebama manjinskih zajednica',
        short: 'Proračun prema potrebama',
      },
      'economic-activity': { title: 'Poticanje društveno korisne gospodarske aktivnosti', short: 'Gospodarska aktivnost' },
      security: {
        title:
          'Sigurnost: sprječavanje ekstremizma, diskriminacije i isključenosti, suzbijanje netrpeljivosti prema manjinama, jamčenje javnog reda',
        short: 'Sigurnost',
      },
    },
    eu: {
      antigypsyism: 'Borba protiv antiromskog rasizma i diskriminacije te njihovo sprječavanje',
      poverty: 'Smanjenje siromaštva i socijalne isključenosti',
      participation: 'Promicanje sudjelovanja osnaživanjem, suradnjom i povjerenjem',
      education: 'Jednak pristup kvalitetnom uključivom redovnom obrazovanju',
      employment: 'Jednak pristup kvalitetnom i održivom zapošljavanju',
      health: 'Bolje zdravlje i jednak pristup zdravstvenoj skrbi i socijalnim uslugama',
      housing: 'Jednak pristup primjerenom desegregiranom stanovanju i osnovnim uslugama',
    },
    practices: {
      'intercultural-mediators': {
        title: 'Interkulturni medijatori',
        description:
          'Angažirati ugledne pripadnike lokalne romske zajednice, po mogućnosti osobe koje poznaju i stanovnici i ustanove, i osposobiti ih prema metodi ROMED Vijeća Europe: etički kodeks, komunikacija i pregovaranje, upravljanje sukobima i zajedničko planiranje. Nakon zapošljavanja medijatori ostaju nepristrani i održavaju stalan kanal komunikacije između obitelji i škola, zdravstvenih službi i općinske uprave, prenoseći potrebe i informacije u oba smjera. Cilj je spriječiti sukobe i učiniti dijalog dijelom redovitog rada općine, a ne rješavati pojedinačne sporove.',
      },
      'community-action-group': {
        title: 'Akcijska skupina zajednice',
        description:
          'Medijator okuplja Rome i Romkinje iz naselja u skupinu koja sama utvrđuje pravila rada i odluke donosi demokratski, kako bi zajednica vlastitim glasom iznijela svoje potrebe. Skupina mapira i rangira lokalne probleme i šalje predstavnike na sastanke s općinom i javnim ustanovama. Skupinu treba navesti u planu i dodijeliti joj ulogu u praćenju njegove provedbe.',
      },
      'round-tables': {
        title: 'Okrugli stolovi za planiranje u zajednici',
        description:
          'Održavati redovite moderirane sastanke na kojima akcijska skupina zajednice planira zajedno s općinom, školama, domom zdravlja i drugim lokalnim ustanovama. Medijator priprema svaki sastanak na temelju potreba koje su obje strane mapirale, u suradnji s kontaktnom osobom u ustanovama. Voditi evidenciju o datumima, sudionicima i dogovorima; ona postaje evidencija sudjelovanja u planu.',
      },
      'local-mini-project': {
        title: 'Zajednički lokalni mini-projekt',
        description:
          'Prvi dogovor postignut za okruglim stolovima pretočiti u mali projekt s vidljivim rezultatom koji stanovnici i ustanove provode zajedno. Obje strane pridonose ljudima ili sredstvima i dijele odgovornost za ishod. Rani zajednički uspjeh gradi povjerenje koje će biti potrebno za veće mjere iz plana.',
      },
      'leader-training': {
        title: 'Osposobljavanje lokalnih romskih lidera',
        description:
          'Prepoznati jednu ili dvije osobe koje već imaju vodeću ulogu u zajednici, bilo da je riječ o neformalnim autoritetima, stručnjacima, čelnicima udruga ili izabranim predstavnicima, i poduprijeti ih u organiziranju i vođenju lokalne skupine. Ponuditi im osposobljavanje za moderiranje, planiranje i suradnju s ustanovama, a zatim i mentorsku potporu. Snažno lokalno vodstvo ono je što skupinu održava aktivnom i nakon prestanka vanjske potpore.',
      },
      'community-centre': {
        title: 'Društveni centar u naselju',
        description:
          'Otvoriti centar u socijalno isključenom naselju ili u njegovoj neposrednoj blizini, u kojem su na jednom mjestu dostupni socijalno savjetovanje, aktivnosti za djecu i mlade, savjetovanje o zapošljavanju i sastanci zajednice. U Ostravi je jedna udruga 2003. godine otvorila takav centar u novom stambenom naselju, poslije još dva u drugim isključenim dijelovima grada, i pružala usluge i stanovnicima okolnih četvrti. U centru trebaju raditi kvalificirani socijalni radnici, a stanovnike treba uključiti u njegovo vođenje.',
      },
      'outreach-social-work': {
        title: 'Terenski socijalni rad i pravno savjetovanje',
        description:
          'Socijalni radnici posjećuju obitelji kod kuće i pomažu im ostvariti naknade na koje imaju pravo, komunicirati s tijelima vlasti i doći do redovitih usluga. Savjetovanje obuhvaća stanovanje i dugove za troškove stanovanja, posao, školovanje, zdravlje, obiteljska pitanja i diskriminaciju, a cilj mu je osposobiti ljude da ubuduće sami riješe sličan problem. Program koji objašnjava troškove stanovanja i dobre odnose sa susjedima pomaže obiteljima da izbjegnu dugove i iseljenje.',
      },
      'mixed-social-housing': {
        title: 'Mješovito socijalno najamno stanovanje',
        description:
          'Izgraditi standardne socijalne najamne stanove i dodijeliti ih u jednakim dijelovima romskim, neromskim i mješovitim obiteljima; u Ostravi je „Naselje suživota“ izgrađeno od 2000. do 2002. s 30 stambenih jedinica za 10 romskih, 10 neromskih i 10 mješovitih obitelji. Budući najmoprimci sudjeluju u pripremi i gradnji stanova, a naseljem zatim upravlja upravni odbor sastavljen od najmoprimaca te predstavnika općine i civilnoga društva, koji bira i nove najmoprimce. Višegodišnji prateći socijalni rad i rad u zajednici održali su stanove u dobrom stanju i odgovorili na prigovore iznesene prije gradnje.',
      },
      'transition-housing': {
        title: 'Privremeno socijalno stanovanje',
        description:
          'Osigurati manji broj stanova, primjerice preko privatne agencije za najam nekretnina, i davati ih u najam na ograničeno vrijeme obiteljima koje su ostale bez doma, osobito obiteljima s djecom, uz intenzivnu socijalnu potporu dok se njihova situacija ne stabilizira. U Ostravi je jedna udruga bila najmodavac 8 takvih stanova, koje joj je u tu svrhu ustupila najveća privatna agencija za najam. Uz to pomagati obiteljima kojima prijeti iseljenje da pronađu prihvatilište, prenoćište ili podnajam.',
      },
      'family-support': {
        title: 'Tim za potporu obitelji',
        description:
          'Tim socijalnih radnika radi s roditeljima kako djeca ne bi bila izdvojena iz obitelji i smještena u udomiteljsku obitelj, odnosno kako bi se vratila kući ako su već izdvojena. Potpora obuhvaća pravne savjete, roditeljske vještine, zadovoljavanje potreba djece, obiteljske i financijske probleme te redovito pohađanje škole. U Ostravi je ta usluga financirana na temelju ugovora o pružanju javne usluge s regionalnom vlašću.',
      },
      'job-service': {
        title: 'Savjetovalište za zapošljavanje',
        description:
          'Pružati savjetovanje Romima i drugim osobama koje traže posao iz isključenih naselja o tome kako tražiti posao, kako se pripremiti za razgovor s poslodavcem i kako komunicirati na radnom mjestu. Djelatnici savjetovališta uspostavljaju kontakte s lokalnim poslodavcima i upućuju korisnike na odgovarajuće osposobljavanje i obrazovanje. Savjetovalište voditi zajedno sa službom za zapošljavanje kako bi korisnici mogli koristiti i njezine programe.',
      },
      'crime-prevention': {
        title: 'Potpora žrtvama i prevencija kriminaliteta',
        description:
          'Uspostaviti službu koja, u bliskoj suradnji s gradskim redarstvom i lokalnim policijskim postajama, pruža potporu žrtvama lihvarstva i drugih kaznenih djela u isključenim naseljima i djeluje protiv uporabe droga i trgovine drogama. Ona objedinjuje individualni rad sa žrtvama i osobama u riziku, zajedničke ophodnje s policijskim službenicima radi lakše komunikacije sa stanovnicima i redovite sastanke na kojima svi lokalni dionici razmjenjuju informacije i zajedno rješavaju probleme. S vremenom se tako gradi povjerenje između romskih obitelji i policije.',
      },
      'neighbourhood-improvement': {
        title: 'Zajedničko uređenje naselja',
        description:
          'Organizirati stanovnike da zajedno čiste javne površine, obnavljaju zajedničke dijelove zgrada te uređuju ili popravljaju parkove i igrališta. Općina osigurava materijal, alat i odvoz otpada; privatni partneri mogu donirati materijal, kao što je to učinio jedan investitor u pilot-projektu obnove zgrade u Ostravi. Rad rame uz rame na vidljivim poboljšanjima jača odnose između romskih i neromskih susjeda i daje ulogu djeci i mladima.',
      },
      'anti-discrimination-campaign': {
        title: 'Borba protiv diskriminacije i segregacije u školama',
        description:
          'Zajedno s organizacijama civilnoga društva sudjelovati u kampanjama za podizanje svijesti i u konkretnim projektima protiv diskriminacije, prije svega protiv upisivanja romske djece u odvojene škole ili razredne odjele. Kada uvjeravanje nije dovoljno, podupirati pritužbe i sudske postupke. Predvidjeti provjeru segregacije u lokalnim školama i vremenski određen plan za njezino ukidanje.',
      },
      'ngo-service-contract': {
        title: 'Lokalna udruga kao ugovorni pružatelj usluga',
        description:
          'Umjesto financiranja jednokratnih projekata, ugovorom angažirati iskusnu lokalnu udrugu kao strateškog partnera koji pruža registrirane socijalne usluge u isključenim naseljima i sudjeluje u planiranju usluga općine. Kombinirati sredstva grada i gradskih četvrti, regionalna i središnja sredstva za registrirane socijalne usluge, fondove EU-a poput Europskoga socijalnog fonda i privatne priloge za posebne projekte. Višegodišnji ugovori daju stabilnost koja je potrebna za trajne rezultate.',
      },
      'roma-officials-network': {
        title: 'Mreža romskih lokalnih dužnosnika',
        description:
          'Poduprijeti formalnu skupinu romskih načelnika i gradonačelnika, vijećnika, medijatora i općinskih koordinatora za romska pitanja radi zajedničkog osposobljavanja, razmjene iskustava i usuglašavanja stajališta, kako je predložila „inicijativa iz Konjica“ na Zapadnom Balkanu. Mreža može jedinstveno nastupati u udrugama lokalnih vlasti, pa i u Vijeću Europe. Općina imenuje svoje romske dužnosnike i snosi troškove njihova sudjelovanja.',
      },
      'official-training': {
        title: 'Osposobljavanje općinskih službenika',
        description:
          'Osposobiti službenike koji planiraju, izrađuju proračun i pružaju usluge za upravljanje javnim politikama koje se odnose na Rome: nacionalni okvir i okvir EU-a, procjena potreba, participativno planiranje, izrada proračuna i praćenje. Osposobljavanjem obuhvatiti i pročelnike upravnih odjela i djelatnike u financijama, a ne samo koordinatora za romska pitanja, kako bi mjere ušle u redoviti proračun. Osposobljavanje ponoviti nakon izbora i kadrovskih promjena.',
      },
      'coordination-body': {
        title: 'Općinsko koordinacijsko tijelo',
        description:
          'Osnovati tijelo pri općini u kojem upravni odjeli, javne ustanove i civilno društvo raspravljaju o mjerama inkluzije i u oblikovanje javnih politika uključuju zajednicu na koju se one odnose. Prije njegova osnivanja partneri u Kopru (Slovenija) mapirali su sve usluge i programe dostupne na lokalnoj razini, procijenili potrebe i izradili strateški dokument, a tijelo je osnovano 2021. godine. Tijelo u Kopru bavi se uključivanjem migranata; isti model može poslužiti kao koordinacijsko tijelo za pitanja Roma.',
      },
      'inclusion-council': {
        title: 'Vijeće za inkluziju',
        description:
          'Savjetodavno vijeće okuplja lokalne ustanove oko prepreke koju su same prepoznale, kao što su jezične teškoće na koje upozoravaju škole. U Škofjoj Loki (Slovenija) vijeće je organiziralo osposobljavanje djelatnika javnih ustanova za interkulturnu medijaciju, a od 2021. godine ondje rade dva medijatora, uglavnom u obrazovanju. Vijeće polazi od hitnih potreba i može prerasti u sustavnu politiku inkluzije; primjer potječe iz uključivanja migranata i jednako je primjenjiv na romske zajednice.',
      },
      'mediator-evaluation': {
        title: 'Standardi i vrednovanje rada medijatora',
        description:
          'Interkulturnu medijaciju urediti kao zanimanje: pisano utvrditi ulogu medijatora, potrebne kompetencije i etička načela te u redovitim razmacima vrednovati rad svakog medijatora. Kompetencije koje se procjenjuju obuhvaćaju interkulturnu komunikaciju, medijaciju i upravljanje sukobima, poznavanje povijesti i kulture zajednice, planiranje i samovrednovanje te vođenje slučaja. Vrednovanje ustanovama daje povjerenje u medijatore, a medijatorima put prema profesionalnom priznanju.',
      },
      'roma-coordinator': {
        title: 'Koordinator za romska pitanja',
        description:
          'Ustrojiti stalno radno mjesto koordinatora za romska pitanja u općinskoj upravi, po mogućnosti popunjeno stručnjakom romske nacionalnosti, s pisanim opisom poslova i mjestom u pravilniku o unutarnjem redu. Koordinator je kontaktna osoba za zajednicu, priprema akcijski plan, prati njegovu provedbu i brine se da njegove mjere budu uvrštene u godišnji proračun. Općine u Srbiji u velikoj mjeri koriste to radno mjesto.',
      },
      'mobile-team': {
        title: 'Mobilni tim za inkluziju',
        description:
          'Oformiti tim koji se redovito sastaje i zajedno obilazi naselja: koordinator za romska pitanja, pomoćnik u nastavi, zdravstveni medijator te djelatnici socijalne skrbi i službe za zapošljavanje. Tim rješava probleme koji prelaze granice nadležnosti pojedinih službi, primjerice kada obitelj bez dokumenata ima djecu koja ne pohađaju školu. Tim se osniva odlukom općine kojom se određuju njegovi članovi i učestalost sastanaka.',
      },
      'health-mediators': {
        title: 'Romski zdravstveni medijatori',
        description:
          'Zaposliti zdravstvene medijatore iz romske zajednice pri lokalnom domu zdravlja. Oni posjećuju obitelji i podupiru cijepljenje, zdravstvenu skrb prije i nakon poroda te odabir liječnika obiteljske medicine, pomažu ljudima ostvariti zdravstveno osiguranje i prema potrebi ih prate do službi. Osigurati im ugovor s domom zdravlja i redoviti stručni nadzor.',
      },
      'pedagogical-assistants': {
        title: 'Pomoćnici u nastavi',
        description:
          'Uključiti pomoćnike u nastavi, po mogućnosti one koji govore romski jezik, u dječje vrtiće i škole koje pohađaju romska djeca, kako bi pružali potporu učenicima na nastavi, surađivali s učiteljima i nastavnicima te održavali vezu s roditeljima. Oni pomažu i pri upisu te u organiziranju prijevoza, besplatnih udžbenika i školskog pribora. U Srbiji je ta uloga (pedagoški asistent) dio redovitoga obrazovnog sustava.',
      },
      'preschool-enrolment': {
        title: 'Upis svakog romskog djeteta u predškolski odgoj',
        description:
          'Težiti tomu da svako romsko dijete pohađa predškolski odgoj, najmanje obveznu godinu programa predškole, a po mogućnosti i dulje, tako što će se roditelji osloboditi plaćanja, organizirati prijevoz i posjećivati obitelji kako bi im se objasnilo kako se dijete upisuje. Djecu upisivati u mješovite skupine u redovitim dječjim vrtićima, nikada u skupine samo za romsku djecu. Pratiti upis i pohađanje u odnosu na broj djece predškolske dobi u svakom naselju.',
      },
      'civil-registration-drive': {
        title: 'Akcija upisa u državne matice',
        description:
          'Mapirati osobe bez dokumenata, kao što su izvadak iz matice rođenih, osobna iskaznica ili prijavljeno prebivalište, a zatim im osigurati besplatnu pravnu pomoć i osloboditi ih upravnih pristojbi. Organizirati mobilni rad matičnog ureda u naselju i pomagati pri naknadnom upisu činjenice rođenja, kako bi se ljudi mogli upisati u školu, ostvariti zdravstveno osiguranje i primati naknade. S rodilištem dogovoriti da svako novorođenče bude upisano u maticu rođenih prije otpusta iz bolnice.',
      },
      'settlement-legalisation': {
        title: 'Legalizacija naselja i infrastruktura',
        description:
          'Donijeti ili izmijeniti urbanistički plan koji obuhvaća neformalno naselje, riješiti imovinskopravne odnose na zemljištu i pomoći kućanstvima podnijeti zahtjeve za ozakonjenje. Kada se pravni status riješi, u proračunu po fazama planirati vodoopskrbu, odvodnju, električnu energiju i asfaltirane pristupne ceste. Gdje legalizacija nije moguća, u dogovoru sa stanovnicima planirati primjereno desegregirano stanovanje na drugoj lokaciji.',
      },
      'roma-responsive-budgeting': {
        title: 'Proračun usmjeren na potrebe Roma',
        description:
          'Svaku stavku općinskog proračuna označiti kao izravno povezanu, neizravno povezanu ili nepovezanu s uključivanjem Roma, a zatim tijekom godine pratiti koliko je sredstava sa svake stavke stvarno utrošeno. Tako se vidi ima li akcijski plan financijsko pokriće i koliki udio sredstava osigurava sama općina. Podatke dostavljati općinskom vijeću zajedno s izvješćem o praćenju plana.',
      },
      'romani-language-culture': {
        title: 'Romski jezik i kultura',
        description:
          'Organizirati nastavu romskog jezika i uvesti povijest Roma, uključujući genocid nad Romima u Drugom svjetskom ratu, u lokalne škole. Poduprijeti romske kulturne centre, udruge i medije na romskom jeziku te javnim događanjima obilježavati 8. travnja, Svjetski dan Roma. Time romska kultura dobiva vidljivo mjesto u lokalnom javnom životu, a predrasude među većinskim stanovništvom se suzbijaju.',
      },
      'public-works-employment': {
        title: 'Javni radovi i zapošljavanje u općini',
        description:
          'Omogućiti Romima koji traže posao ravnopravan pristup programima javnih radova i radnim mjestima u općini i njezinim trgovačkim društvima, uz transparentan postupak zapošljavanja i aktivno informiranje u naseljima. Uz to osigurati male potpore i savjetovanje za samozapošljavanje te poduprijeti socijalna poduzeća koja zapošljavaju stanovnike naselja. Javne radove povezati s osposobljavanjem kako bi sudionici prešli na redoviti posao.',
      },
    },
  },
  /** Labels of the rendered action plan (Markdown and PDF). */
  document: {
    // ---- What the document is (PDF metadata, cover) ----
    /** The kind of document; PDF subject and keywords. */
    documentSubject: 'Lokalni akcijski plan za uključivanje Roma',
    coverMunicipality: 'Općina',
    coverCity: 'Grad',
    coverTown: 'Grad',
    coverPeriod: 'Razdoblje',
    coverStatus: 'Status',
    coverVersion: 'Inačica',
    coverAdoptedBy: 'Donositelj',
    coverDecision: 'Odluka',
    coverAdoptionDate: 'Datum donošenja',
    coverDate: 'Datum ovog dokumenta',

    // ---- Where the plan stands (plan.status) ----
    statusDraft: 'Nacrt',
    statusConsultation: 'Nacrt za javno savjetovanje',
    statusAdopted: 'Donesen',

    // ---- Chapter and section titles, in document order ----
    chapterContents: 'Sadržaj',
    chapterIntroduction: 'Uvod i strateška osnova',
    chapterMethod: 'Način izrade plana i sudjelovanje zajednice',
    chapterMunicipality: 'Općina i naselja u kojima žive Romi',
    chapterGoals: 'Ciljevi javnih politika',
    chapterBudget: 'Sažetak proračuna',
    chapterNotCovered: 'Područja koja plan ne obuhvaća i zašto',
    sectionBudgetByArea: 'Proračun po prioritetnim područjima',
    sectionBudgetByYear: 'Proračun po godinama',
    sectionBudgetBySource: 'Proračun po izvorima financiranja',
    chapterCoverage: 'Obuhvat ciljeva javnih politika',
    chapterTimeline: 'Vremenski plan provedbe',
    chapterImplementation: 'Ustroj provedbe plana',
    chapterMonitoring: 'Praćenje i vrednovanje',
    chapterAnnexes: 'Prilozi',
    annexIndicators: 'Prilog 1. Pokazatelji',
    annexParticipation: 'Prilog 2. Evidencija sudjelovanja',
    annexDecision: 'Prilog 3. Odluka o donošenju plana',
    /** Only present when the checks found something to review. */
    annexReview: 'Prilog 4. Napomene za recenzente',

    // ---- Introduction ----
    /** Opening paragraph. {municipality}: its name; {period}: e.g. 2026–2030. */
    introSummary:
      'Ovim se planom utvrđuje kako će {municipality} u razdoblju {period} unapređivati ravnopravnost, uključenost i sudjelovanje svojih stanovnika romske nacionalnosti. Plan obuhvaća sedam lokalnih prioritetnih područja uključivanja Roma i pokazuje kojim od deset ciljeva javnih politika koji se odnose na manjinske zajednice pridonosi svaka mjera.',
    introVision: 'Vizija',
    introPolicyBasis: 'Strateška osnova',
    introEuFramework: 'Doprinos Strateškom okviru EU-a za Rome 2020. – 2030.',
    introEuFrameworkText:
      'Mjere ovog plana pridonose sljedećim ciljevima Strateškog okvira EU-a za ravnopravnost, uključivanje i sudjelovanje Roma (2020. – 2030.):',

    // ---- Method and participation ----
    methodIntro:
      'Plan je izrađen zajedno s romskom zajednicom. Savjetovanja održana tijekom njegove izrade opisana su u nastavku, a Prilog 2 prikazuje njihove brojčane podatke u jednoj tablici.',
    methodIntroUnrecorded:
      'Savjetovanja održana tijekom njegove izrade opisana su u nastavku, a Prilog 2 prikazuje njihove brojčane podatke u jednoj tablici.',
    methodConsultations: 'Održana savjetovanja',
    methodParticipants: 'Ukupan broj sudionika',
    methodRomaParticipants: 'Romi i Romkinje među sudionicima',
    methodWomenParticipants: 'Žene među sudionicima',
    /** Kinds of consultation (participation[].format). */
    formatRoundTable: 'Okrugli stol',
    formatCommunityMeeting: 'Sastanak sa zajednicom',
    formatWorkingGroup: 'Radna skupina',
    formatSurvey: 'Anketa',
    formatPublicHearing: 'Javna rasprava',
    formatOther: 'Drugi oblik savjetovanja',

    // ---- The municipality ----
    municipalityCountry: 'Država',
    municipalityRegion: 'Regija',
    populationTotal: 'Broj stanovnika',
    populationRoma: 'Broj Roma (procjena)',
    populationRomaShare: 'Udio Roma u ukupnom stanovništvu',
    populationRomaSource: 'Izvor procjene',
    settlements: 'Naselja i dijelovi naselja u kojima žive Romi',
    noSettlements: 'Plan ne navodi naselja ni dijelove naselja.',
    /** Legal status of a settlement's land and buildings. */
    legalFormal: 'Formalno',
    legalInformal: 'Neformalno',
    legalPartlyFormal: 'Djelomično formalno',
    /** Basic services of a settlement, and how far residents have them. */
    serviceWater: 'Voda',
    serviceElectricity: 'Električna energija',
    serviceSewage: 'Odvodnja',
    serviceRoad: 'Pristupna cesta',
    levelFull: 'u potpunosti',
    levelPartial: 'djelomično',
    levelNone: 'nema',

    // ---- Policy goals ----
    goalsIntro:
      'Prioritetna područja pokazuju gdje općina djeluje, a deset ciljeva javnih politika koji se odnose na manjinske zajednice pokazuje s kojom svrhom. Tablica prikazuje prioritet koji općina daje svakom cilju i mjere koje mu pridonose.',
    goalsStatements: 'Kako općina ostvaruje ciljeve',
    goalNotAddressed: 'Nije obuhvaćen',
    priorityHigh: 'Visok',
    priorityMedium: 'Srednji',
    priorityLow: 'Nizak',

    // ---- A priority area chapter ----
    areaNotApplicable: 'Ovo prioritetno područje nije primjenjivo u općini.',
    areaReason: 'Obrazloženje',
    areaSituation: 'Stanje',
    areaData: 'Podaci',
    areaNeeds: 'Potrebe koje je zajednica rangirala, od najhitnije',
    areaEuObjectives: 'Ciljevi Strateškog okvira EU-a kojima područje pridonosi',
    areaTotal: 'Troškovi mjera u ovom području',
    /** Heading of the measure descriptions under an action matrix. */
    measureDetails: 'Mjere',
    measureGoals: 'Ciljevi javnih politika',
    measureEuObjectives: 'Ciljevi Strateškog okvira EU-a',
    measurePractice: 'Primjer dobre prakse na kojem se mjera temelji',
    measureBeneficiaries: 'Korisnici',
    beneficiariesTotal: 'Ukupno korisnika',
    beneficiariesRomaWomen: 'Romkinje i romske djevojčice',
    beneficiariesRomaMen: 'Romi i romski dječaci',
    measureRisks: 'Rizici i način upravljanja njima',
    /** Between an indicator's value and the means of verification, in the action matrix. */
    indicatorVerifiedBy: 'izvor provjere:',

    // ---- Table column headings ----
    colNumber: 'Br.',
    colMeasure: 'Mjera',
    colLead: 'Nositelj',
    colPartners: 'Partneri',
    colLeadPartners: 'Nositelj i partneri',
    colPeriod: 'Razdoblje',
    colCost: 'Troškovi i izvori financiranja',
    colIndicators: 'Pokazatelji: polazna → ciljna vrijednost',
    colIndicator: 'Pokazatelj',
    colValue: 'Vrijednost',
    colYear: 'Godina',
    colSource: 'Izvor',
    colGoal: 'Cilj javne politike',
    colPriority: 'Prioritet',
    colMeasures: 'Mjere',
    colArea: 'Prioritetno područje',
    colTotal: 'Ukupno',
    colShare: 'Udio',
    colFundingSource: 'Izvor financiranja',
    colStart: 'Početak',
    colEnd: 'Završetak',
    colObjective: 'Specifični cilj',
    colSettlement: 'Naselje ili dio naselja',
    colHouseholds: 'Kućanstva',
    colResidents: 'Stanovnici',
    colLegalStatus: 'Pravni status',
    colServices: 'Osnovna infrastruktura',
    colMediatorField: 'Područje',
    colMediatorCount: 'Broj medijatora',
    colUnit: 'Mjerna jedinica',
    colBaseline: 'Polazna vrijednost',
    colTarget: 'Ciljna vrijednost',
    colVerification: 'Izvor provjere',
    colDisaggregation: 'Razvrstavanje podataka',
    colDate: 'Datum',
    colFormat: 'Oblik',
    colParticipants: 'Sudionici',
    colRoma: 'Romi',
    colWomen: 'Žene',
    colPath: 'Mjesto u planu',
    colNote: 'Napomena',
    /** The sum row at the bottom of a table. */
    rowTotal: 'Ukupno',
    /** An empty value in a table. */
    none: '–',

    // ---- Budget ----
    budgetTotal: 'Ukupni troškovi plana',
    budgetMunicipal: 'Iz općinskog proračuna',
    budgetMunicipalShare: 'Udio općine',
    budgetSpreadNote: 'Troškovi svake mjere raspoređeni su na godine njezina trajanja razmjerno broju njezinih tromjesečja u svakoj godini, u cijelim iznosima; ostatak od zaokruživanja pripisuje se njezinoj posljednjoj godini.',
    /** Funding source types (cost.sources[].type). */
    sourceMunicipal: 'Općinski proračun',
    sourceNational: 'Državni proračun',
    sourceEu: 'Fondovi EU-a',
    sourceDonor: 'Donatori',
    sourcePrivate: 'Privatni sektor',
    sourceOther: 'Drugi izvori',

    // ---- Coverage matrix ----
    coverageIntro:
      'Matrica za svako prioritetno područje prikazuje broj mjera koje pridonose pojedinom cilju javnih politika. Stupci su brojevi ciljeva navedenih ispod matrice.',
    /** A cell of a priority area marked not applicable. */
    coverageNotApplicable: 'n/p',
    coverageLegend: 'Ciljevi javnih politika',
    coverageGaps: 'Ciljevi javnih politika kojima ne pridonosi nijedna mjera',
    coverageNoGaps: 'Svakom cilju javnih politika pridonosi najmanje jedna mjera.',

    // ---- Timeline ----
    timelineIntro: 'Vrijeme provedbe svake mjere. Tromjesečja su kalendarska.',
    /** A quarter of a year, e.g. "Q3 2027". */
    quarter: '{quarter}. tromjesečje {year}',
    /** From one year or quarter to another, e.g. "2026 – 2028". */
    range: '{from} – {to}',

    // ---- Implementation ----
    implementationIntro:
      'Tko koordinira i provodi plan. Svaka mjera ima i svog nositelja, koji je naveden u tablicama mjera.',
    coordinator: 'Koordinator za romska pitanja',
    coordinatorUnit: 'Ustrojstvena jedinica',
    coordinationBody: 'Koordinacijsko tijelo',
    coordinationMembers: 'Članovi',
    communityActionGroup: 'Akcijska skupina zajednice',
    cagMembers: 'Članovi',
    cagWomen: 'Od toga žene',
    cagEstablished: 'Osnovana',
    mediators: 'Medijatori',
    noMediators: 'Plan ne navodi medijatore.',
    /** Fields mediators work in (governance.mediators[].field). */
    mediatorEducation: 'Obrazovanje',
    mediatorHealth: 'Zdravlje',
    mediatorCommunity: 'Zajednica',
    mediatorEmployment: 'Zapošljavanje',

    // ---- Monitoring and evaluation ----
    monitoringBody: 'Tijelo za praćenje',
    monitoringFrequency: 'Izvješća o napretku',
    monitoringReportTo: 'Primatelj izvješća',
    monitoringMidTerm: 'Vrednovanje na polovini razdoblja',
    monitoringFinal: 'Završno vrednovanje',
    monitoringCommunityRole: 'Uloga zajednice u praćenju',
    monitoringIndicators: 'U Prilogu 1 navedeni su pokazatelji svih mjera, s polaznim i ciljnim vrijednostima i izvorima provjere.',
    frequencyQuarterly: 'svaka tri mjeseca',
    frequencySemiAnnual: 'svakih šest mjeseci',
    frequencyAnnual: 'jednom godišnje',

    // ---- Annexes ----
    /** Ways an indicator is broken down (indicators[].disaggregation). */
    disaggregationSex: 'spol',
    disaggregationAge: 'dob',
    disaggregationSettlement: 'naselje',
    reviewIntro:
      'Automatske provjere plana upozorile su na sljedeće točke. One ne sprječavaju donošenje plana, ali recenzenti obraćaju pozornost na njih.',

    // ---- The decision adopting the plan (Annex 3) ----
    // {body}: the council; {title}: the plan title; {municipality}; {period}: e.g. 2026–2030;
    // {decision}: the decision number; {coordinator}: the coordinator's role; {monitoringBody};
    // {reportTo}; {frequency}: e.g. "every year"; {total} and {municipal}: amounts; {date}.
    decisionPlaceDate: '{municipality}, {date}',
    /** Stands for the date of a decision not yet taken. */
    decisionDateBlank: '……………………',
  },
  /** Labels only the PDF needs (running header and footer, chart legends). */
  pdf: {
    /** Footer of every page but the cover. */
    pageOf: 'Stranica {page} od {pages}',
    /** Title of the contents when the view has no contents entry of its own. */
    contents: 'Sadržaj',
    ganttTitle: 'Mjere tijekom razdoblja plana, po područjima',
    /** Quarter label on the time axis of the Gantt chart. */
    quarter: '{quarter}.',
    budgetChartTitle: 'Proračun po područjima i izvorima financiranja',
    legend: 'Izvori financiranja:',
    /** Caption under each chart. */
    figure: 'Grafikon {number}: {title}',
  },
  /** Words of the council decision that adopts the plan (kept in decision-hr.ts). */
  decision: decisionHr,
  /** Questions of the wizard's legal-basis step (kept in wizard-legal-hr.ts). */
  wizardLegal: wizardLegalHr,
  /** Labels of the annual report (kept in follow-up-hr.ts). */
  followUp: followUpHr,
  content: contentHr,
  review: reviewHr,
  /** Questions, choices and messages of `roma-plan init` (kept in wizard-hr.ts). */
  wizard: wizardHr,
  wizardHelp: wizardHelpHr,
};
