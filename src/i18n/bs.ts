import { contentBs } from './content-bs.js';
import { wizardLegalBs } from './wizard-legal-bs.js';
import { decisionBs } from './decision-bs.js';
import { followUpBs } from './follow-up-bs.js';
import type { LanguageFile } from './index.js';
import { wizardBs } from './wizard-bs.js';
import { wizardHelpBs } from './wizard-help-bs.js';
import { reviewBs } from './review-bs.js';

/** Bosnian, Latin script (ijekavian). Keys follow en.ts in the same order. */
export const bs: LanguageFile = {
  meta: { name: 'Bosnian', nativeName: 'bosanski' },
  /** The names of the areas, goals and EU objectives, and the good-practice catalogue. */
  catalogue: {
    areas: {
      participation: { title: 'Efikasno učešće Roma na lokalnom nivou', short: 'Učešće' },
      employment: { title: 'Ekonomsko osnaživanje i zapošljavanje', short: 'Zapošljavanje' },
      health: { title: 'Javno zdravlje', short: 'Zdravlje' },
      culture: { title: 'Kulturna integracija', short: 'Kultura' },
      education: { title: 'Obrazovanje', short: 'Obrazovanje' },
      'birth-registration': { title: 'Upis u matičnu knjigu rođenih i lični dokumenti', short: 'Upis u matične knjige' },
      'living-conditions': { title: 'Uslovi života u naseljima', short: 'Uslovi života' },
    },
    goals: {
      'conflict-prevention': { title: 'Sprečavanje lokalnih međuetničkih sukoba', short: 'Sprečavanje sukoba' },
      'consensual-democracy': { title: 'Ostvarivanje konsenzualne demokratije na lokalnom nivou', short: 'Konsenzualna demokratija' },
      'balancing-interests': {
        title: 'Usklađivanje društveno-kulturnih i političkih interesa većinske i manjinskih etničkih zajednica',
        short: 'Usklađivanje interesa',
      },
      'checks-and-balances': {
        title: 'Saradnja te uzajamna kontrola i ravnoteža među suprotstavljenim političkim snagama',
        short: 'Kontrola i ravnoteža',
      },
      'cultural-autonomy': {
        title: 'Ostvarivanje prava na kulturnu autonomiju (ustanove kulture, informativna glasila, obrazovanje na maternjem jeziku)',
        short: 'Kulturna autonomija',
      },
      'service-provision': {
        title: 'Njegovanje lojalnosti manjinskih zajednica kroz pragmatično pružanje usluga',
        short: 'Pružanje usluga',
      },
      'public-participation': { title: 'Aktivno učešće manjinskih zajednica u lokalnom javnom životu', short: 'Učešće u javnom životu' },
      'needs-based-budgeting': {
        title: 'Jedinstveno budžetsko planiranje zasnovano na potrebama manjinskih zajednica',
        short: 'Budžetiranje prema potrebama',
      },
      'economic-activity': { title: 'Podsticanje društveno korisne ekonomske aktivnosti', short: 'Ekonomska aktivnost' },
      security: {
        title:
          'Sigurnost: sprečavanje ekstremizma, diskriminacije i isključenosti, suzbijanje netrpeljivosti prema manjinama, garantovanje javnog reda',
        short: 'Sigurnost',
      },
    },
    eu: {
      antigypsyism: 'Borba protiv antiromskog rasizma i diskriminacije i njihovo sprečavanje',
      poverty: 'Smanjenje siromaštva i socijalne isključenosti',
      participation: 'Podsticanje učešća kroz osnaživanje, saradnju i povjerenje',
      education: 'Jednak pristup kvalitetnom inkluzivnom redovnom obrazovanju',
      employment: 'Jednak pristup kvalitetnom i održivom zaposlenju',
      health: 'Bolje zdravlje i jednak pristup zdravstvenoj zaštiti i socijalnim uslugama',
      housing: 'Jednak pristup adekvatnom desegregiranom stanovanju i osnovnim uslugama',
    },
    practices: {
      'intercultural-mediators': {
        title: 'Interkulturalni medijatori',
        description:
          'Angažovati ugledne pripadnike lokalne romske zajednice, po mogućnosti osobe koje poznaju i stanovnici i institucije, i obučiti ih po metodi ROMED Vijeća Evrope: etički kodeks, komunikacija i pregovaranje, upravljanje sukobima i zajedničko planiranje. Nakon zapošljavanja medijatori ostaju neutralni i održavaju stalan kanal komunikacije između porodica i škola, zdravstvenih službi i općinske uprave, prenoseći potrebe i informacije u oba smjera. Cilj je spriječiti sukobe i učiniti dijalog dijelom redovnog rada općine, a ne rješavati pojedinačne sporove.',
      },
      'community-action-group': {
        title: 'Akciona grupa zajednice',
        description:
          'Medijator okuplja Rome i Romkinje iz naselja u grupu koja sama utvrđuje pravila rada i odluke donosi demokratski, kako bi zajednica vlastitim glasom iznijela svoje potrebe. Grupa mapira i rangira lokalne probleme i šalje predstavnike na sastanke s općinom i javnim institucijama. Grupu treba navesti u planu i dodijeliti joj ulogu u praćenju njegovog provođenja.',
      },
      'round-tables': {
        title: 'Okrugli stolovi za planiranje u zajednici',
        description:
          'Organizovati redovne moderirane sastanke na kojima akciona grupa zajednice planira zajedno s općinom, školama, domom zdravlja i drugim lokalnim institucijama. Medijator priprema svaki sastanak na osnovu potreba koje su obje strane mapirale, u saradnji s kontakt-osobom u institucijama. Voditi evidenciju o datumima, učesnicima i dogovorima; ona postaje evidencija učešća u planu.',
      },
      'local-mini-project': {
        title: 'Zajednički lokalni mini-projekat',
        description:
          'Prvi dogovor postignut na okruglim stolovima pretvoriti u mali projekat s vidljivim rezultatom, koji stanovnici i institucije provode zajedno. Obje strane doprinose ljudima ili sredstvima i dijele odgovornost za ishod. Rani zajednički uspjeh gradi povjerenje koje će biti potrebno za veće mjere iz plana.',
      },
      'leader-training': {
        title: 'Obuka lokalnih romskih lidera',
        description:
          'Prepoznati jednu ili dvije osobe koje već imaju vodeću ulogu u zajednici, bilo da su to neformalni autoriteti, stručnjaci, rukovodioci nevladinih organizacija ili izabrani predstavnici, i podržati ih u organizovanju i vođenju lokalne grupe. Ponuditi im obuku iz moderiranja, planiranja i saradnje s institucijama, a zatim i mentorsku podršku. Snažno lokalno vodstvo je ono što grupu održava aktivnom i nakon prestanka vanjske podrške.',
      },
      'community-centre': {
        title: 'Društveni centar u naselju',
        description:
          'Otvoriti centar u socijalno isključenom naselju ili u njegovoj neposrednoj blizini, u kojem su na jednom mjestu dostupni socijalno savjetovanje, aktivnosti za djecu i mlade, savjetovanje o zapošljavanju i sastanci zajednice. U Ostravi je jedna nevladina organizacija 2003. godine otvorila takav centar u novom stambenom naselju, kasnije još dva u drugim isključenim dijelovima grada, i pružala usluge i stanovnicima okolnih četvrti. U centru trebaju raditi kvalifikovani socijalni radnici, a stanovnike treba uključiti u njegovo vođenje.',
      },
      'outreach-social-work': {
        title: 'Terenski socijalni rad i pravno savjetovanje',
        description:
          'Socijalni radnici posjećuju porodice kod kuće i pomažu im da ostvare socijalna davanja na koja imaju pravo, da komuniciraju s organima vlasti i da dođu do redovnih usluga. Savjetovanje obuhvata stanovanje i dugove za troškove stanovanja, posao, školovanje, zdravlje, porodična pitanja i diskriminaciju, a cilj mu je da ljudi ubuduće mogu sami riješiti sličan problem. Program koji objašnjava troškove stanovanja i dobre odnose sa susjedima pomaže porodicama da izbjegnu dugove i deložaciju.',
      },
      'mixed-social-housing': {
        title: 'Mješovito socijalno stanovanje u najmu',
        description:
          'Izgraditi standardne socijalne stanove za najam i dodijeliti ih u jednakim dijelovima romskim, neromskim i mješovitim porodicama; u Ostravi je „Naselje suživota“ izgrađeno od 2000. do 2002. godine s 30 stambenih jedinica za 10 romskih, 10 neromskih i 10 mješovitih porodica. Budući zakupci učestvuju u pripremi i izgradnji stanova, a naseljem zatim upravlja upravni odbor sastavljen od zakupaca te predstavnika općine i civilnog društva, koji bira i nove zakupce. Višegodišnji prateći socijalni rad i rad u zajednici održali su stanove u dobrom stanju i odgovorili na prigovore iznesene prije izgradnje.',
      },
      'transition-housing': {
        title: 'Privremeno socijalno stanovanje',
        description:
          'Osigurati manji broj stanova, na primjer preko privatne agencije za iznajmljivanje nekretnina, i iznajmljivati ih na ograničeno vrijeme porodicama koje su ostale bez doma, posebno porodicama s djecom, uz intenzivnu socijalnu podršku dok se njihova situacija ne stabilizuje. U Ostravi je jedna nevladina organizacija bila zakupodavac 8 takvih stanova, koje joj je u tu svrhu ustupila najveća privatna agencija za iznajmljivanje. Uz to pomagati porodicama kojima prijeti deložacija da pronađu prihvatilište, prenoćište ili podnajam.',
      },
      'family-support': {
        title: 'Tim za podršku porodici',
        description:
          'Tim socijalnih radnika radi s roditeljima kako djeca ne bi bila izdvojena iz porodice i smještena u hraniteljsku porodicu, odnosno kako bi se vratila kući ako su već izdvojena. Podrška obuhvata pravne savjete, roditeljske vještine, zadovoljavanje potreba djece, porodične i finansijske probleme i redovno pohađanje škole. U Ostravi je ova usluga finansirana na osnovu ugovora o pružanju javne usluge s regionalnom vlašću.',
      },
      'job-service': {
        title: 'Savjetovalište za zapošljavanje',
        description:
          'Pružati savjetovanje Romima i drugim osobama koje traže posao iz isključenih naselja o tome kako tražiti posao, kako se pripremiti za razgovor s poslodavcem i kako komunicirati na radnom mjestu. Zaposleni u savjetovalištu uspostavljaju kontakte s lokalnim poslodavcima i upućuju korisnike na odgovarajuće obuke i obrazovanje. Savjetovalište voditi zajedno sa službom za zapošljavanje, kako bi korisnici mogli koristiti i njene programe.',
      },
      'crime-prevention': {
        title: 'Podrška žrtvama i prevencija kriminala',
        description:
          'Uspostaviti službu koja, u bliskoj saradnji s gradskom policijom i lokalnim policijskim stanicama, pruža podršku žrtvama zelenaštva i drugih krivičnih djela u isključenim naseljima i djeluje protiv upotrebe droga i trgovine drogama. Ona objedinjuje individualni rad sa žrtvama i osobama u riziku, zajedničke obilaske s policijskim službenicima radi lakše komunikacije sa stanovnicima i redovne sastanke na kojima svi lokalni akteri razmjenjuju informacije i zajedno rješavaju probleme. Vremenom se tako gradi povjerenje između romskih porodica i policije.',
      },
      'neighbourhood-improvement': {
        title: 'Zajedničko uređenje naselja',
        description:
          'Organizovati stanovnike da zajedno čiste javne površine, obnavljaju zajedničke dijelove zgrada i uređuju ili popravljaju parkove i igrališta. Općina osigurava materijal, alat i odvoz otpada; privatni partneri mogu donirati materijal, kao što je to učinio jedan investitor u pilot-projektu obnove zgrade u Ostravi. Rad rame uz rame na vidljivim poboljšanjima jača odnose između romskih i neromskih susjeda i daje ulogu djeci i mladima.',
      },
      'anti-discrimination-campaign': {
        title: 'Borba protiv diskriminacije i segregacije u školama',
        description:
          'Zajedno s organizacijama civilnog društva učestvovati u kampanjama za podizanje svijesti i u konkretnim projektima protiv diskriminacije, prije svega protiv upisivanja romske djece u odvojene škole ili odjeljenja. Kada ubjeđivanje nije dovoljno, podržati žalbe i sudske postupke. Predvidjeti provjeru segregacije u lokalnim školama i vremenski određen plan za njeno ukidanje.',
      },
      'ngo-service-contract': {
        title: 'Lokalna nevladina organizacija kao ugovorni pružalac usluga',
        description:
          'Umjesto finansiranja jednokratnih projekata, ugovorom angažovati iskusnu lokalnu nevladinu organizaciju kao strateškog partnera koji pruža registrovane socijalne usluge u isključenim naseljima i učestvuje u planiranju usluga općine. Kombinovati sredstva grada i gradskih četvrti, regionalna i centralna sredstva za registrovane socijalne usluge, fondove EU kao što je Evropski socijalni fond i privatne priloge za posebne projekte. Višegodišnji ugovori daju stabilnost koja je potrebna za trajne rezultate.',
      },
      'roma-officials-network': {
        title: 'Mreža romskih lokalnih zvaničnika',
        description:
          'Podržati formalnu grupu romskih načelnika općina, vijećnika, medijatora i općinskih koordinatora za romska pitanja radi zajedničke obuke, razmjene iskustava i usaglašavanja stavova, kako je predložila „inicijativa iz Konjica“ na Zapadnom Balkanu. Mreža može jedinstveno nastupati u udruženjima lokalnih vlasti, pa i u Vijeću Evrope. Općina imenuje svoje romske zvaničnike i snosi troškove njihovog učešća.',
      },
      'official-training': {
        title: 'Obuka općinskih službenika',
        description:
          'Obučiti službenike koji planiraju, izrađuju budžet i pružaju usluge za upravljanje javnim politikama koje se odnose na Rome: državni okvir i okvir EU, procjena potreba, participativno planiranje, budžetiranje i praćenje. Obukom obuhvatiti i rukovodioce općinskih službi i zaposlene u finansijama, a ne samo koordinatora za romska pitanja, kako bi mjere ušle u redovni budžet. Obuku ponoviti nakon izbora i kadrovskih promjena.',
      },
      'coordination-body': {
        title: 'Općinsko koordinaciono tijelo',
        description:
          'Osnovati tijelo pri općini u kojem općinske službe, javne institucije i civilno društvo razmatraju mjere inkluzije i u kreiranje javnih politika uključuju zajednicu na koju se one odnose. Prije njegovog osnivanja partneri u Kopru (Slovenija) mapirali su sve usluge i programe dostupne na lokalnom nivou, procijenili potrebe i izradili strateški dokument, a tijelo je osnovano 2021. godine. Tijelo u Kopru bavi se inkluzijom migranata; isti model može poslužiti kao koordinaciono tijelo za pitanja Roma.',
      },
      'inclusion-council': {
        title: 'Vijeće za inkluziju',
        description:
          'Savjetodavno vijeće okuplja lokalne institucije oko prepreke koju su same prepoznale, kao što su jezičke poteškoće na koje ukazuju škole. U Škofjoj Loki (Slovenija) vijeće je organizovalo obuku zaposlenih u javnim institucijama za interkulturalnu medijaciju, a od 2021. godine ondje rade dva medijatora, uglavnom u obrazovanju. Vijeće polazi od hitnih potreba i može prerasti u sistematsku politiku inkluzije; primjer potiče iz inkluzije migranata i jednako je primjenjiv na romske zajednice.',
      },
      'mediator-evaluation': {
        title: 'Standardi i vrednovanje rada medijatora',
        description:
          'Interkulturalnu medijaciju urediti kao profesiju: pismeno utvrditi ulogu medijatora, potrebne kompetencije i etička načela te u redovnim razmacima vrednovati rad svakog medijatora. Kompetencije koje se procjenjuju obuhvataju interkulturalnu komunikaciju, medijaciju i upravljanje sukobima, poznavanje historije i kulture zajednice, planiranje i samovrednovanje te vođenje slučaja. Vrednovanje institucijama daje povjerenje u medijatore, a medijatorima put ka profesionalnom priznanju.',
      },
      'roma-coordinator': {
        title: 'Koordinator za romska pitanja',
        description:
          'Uspostaviti stalno radno mjesto koordinatora za romska pitanja u općinskoj upravi, po mogućnosti popunjeno stručnjakom romske nacionalnosti, s pisanim opisom poslova i mjestom u pravilniku o unutrašnjoj organizaciji i sistematizaciji radnih mjesta. Koordinator je kontakt-osoba za zajednicu, priprema akcioni plan, prati njegovo provođenje i brine da njegove mjere budu uvrštene u godišnji budžet. Općine u Srbiji u velikoj mjeri koriste ovo radno mjesto.',
      },
      'mobile-team': {
        title: 'Mobilni tim za inkluziju',
        description:
          'Formirati tim koji se redovno sastaje i zajedno obilazi naselja: koordinator za romska pitanja, pedagoški asistent, zdravstveni medijator te zaposleni u centru za socijalni rad i u službi za zapošljavanje. Tim rješava probleme koji prelaze granice nadležnosti pojedinih službi, na primjer kada porodica bez dokumenata ima djecu koja ne pohađaju školu. Tim se osniva odlukom općine kojom se određuju njegovi članovi i učestalost sastanaka.',
      },
      'health-mediators': {
        title: 'Romski zdravstveni medijatori',
        description:
          'Zaposliti zdravstvene medijatore iz romske zajednice pri lokalnom domu zdravlja. Oni posjećuju porodice i podržavaju vakcinaciju, zdravstvenu zaštitu prije i poslije poroda i prijavu kod doktora porodične medicine, pomažu ljudima da ostvare zdravstveno osiguranje i po potrebi ih prate do službi. Osigurati im ugovor s domom zdravlja i redovan stručni nadzor.',
      },
      'pedagogical-assistants': {
        title: 'Pedagoški asistenti',
        description:
          'Angažovati pedagoške asistente, po mogućnosti one koji govore romski jezik, u predškolskim ustanovama i školama koje pohađaju romska djeca, kako bi pružali podršku učenicima na času, sarađivali s nastavnicima i održavali vezu s roditeljima. Oni pomažu i pri upisu i u organizovanju prevoza, besplatnih udžbenika i školskog pribora. U Srbiji je ova uloga dio redovnog obrazovnog sistema.',
      },
      'preschool-enrolment': {
        title: 'Upis svakog romskog djeteta u predškolsku ustanovu',
        description:
          'Težiti tome da svako romsko dijete pohađa predškolsku ustanovu, najmanje obavezni predškolski program, a po mogućnosti i duže, tako što će se roditelji osloboditi plaćanja, organizovati prevoz i posjećivati porodice kako bi im se objasnilo kako se dijete upisuje. Djecu upisivati u mješovite grupe u redovnim vrtićima, nikada u grupe samo za romsku djecu. Pratiti upis i pohađanje u odnosu na broj djece predškolskog uzrasta u svakom naselju.',
      },
      'civil-registration-drive': {
        title: 'Akcija upisa u matične knjige',
        description:
          'Mapirati osobe bez dokumenata, kao što su izvod iz matične knjige rođenih, lična karta ili prijavljeno prebivalište, a zatim im osigurati besplatnu pravnu pomoć i osloboditi ih administrativnih taksi. Organizovati mobilni rad matičnog ureda u naselju i pomagati u naknadnom upisu u matičnu knjigu rođenih, kako bi se ljudi mogli upisati u školu, ostvariti zdravstveno osiguranje i primati socijalna davanja. S porodilištem se dogovoriti da svako novorođenče bude upisano u matičnu knjigu rođenih prije otpusta iz bolnice.',
      },
      'settlement-legalisation': {
        title: 'Legalizacija naselja i infrastruktura',
        description:
          'Donijeti ili izmijeniti regulacioni plan koji obuhvata neformalno naselje, riješiti imovinsko-pravne odnose na zemljištu i pomoći domaćinstvima da podnesu zahtjeve za legalizaciju. Kada se pravni status riješi, u budžetu po fazama planirati vodosnabdijevanje, kanalizaciju, električnu energiju i asfaltirane pristupne puteve. Gdje legalizacija nije moguća, u dogovoru sa stanovnicima planirati pristojno desegregirano stanovanje na drugoj lokaciji.',
      },
      'roma-responsive-budgeting': {
        title: 'Budžetiranje prema potrebama Roma',
        description:
          'Svaku stavku općinskog budžeta označiti kao direktno povezanu, indirektno povezanu ili nepovezanu s inkluzijom Roma, a zatim tokom godine pratiti koliko je sredstava sa svake stavke stvarno utrošeno. Tako se vidi da li akcioni plan ima finansijsko pokriće i koliki dio sredstava osigurava sama općina. Podatke dostavljati općinskom vijeću zajedno s izvještajem o praćenju plana.',
      },
      'romani-language-culture': {
        title: 'Romski jezik i kultura',
        description:
          'Organizovati nastavu romskog jezika i uvesti historiju Roma, uključujući genocid nad Romima u Drugom svjetskom ratu, u lokalne škole. Podržati romske kulturne centre, udruženja i medije na romskom jeziku te javnim događajima obilježavati 8. april, Svjetski dan Roma. Time romska kultura dobija vidljivo mjesto u lokalnom javnom životu, a predrasude kod većinskog stanovništva se suzbijaju.',
      },
      'public-works-employment': {
        title: 'Javni radovi i zapošljavanje u općini',
        description:
          'Omogućiti Romima koji traže posao ravnopravan pristup programima javnih radova i radnim mjestima u općini i njenim javnim preduzećima, uz transparentan postupak zapošljavanja i aktivno informisanje u naseljima. Uz to osigurati male podsticaje i savjetovanje za samozapošljavanje i podržati socijalna preduzeća koja zapošljavaju stanovnike naselja. Javne radove povezati s obukom kako bi učesnici prešli na redovan posao.',
      },
    },
  },
  /** Labels of the rendered action plan (Markdown and PDF). */
  document: {
    // ---- What the document is (PDF metadata, cover) ----
    /** The kind of document; PDF subject and keywords. */
    documentSubject: 'Lokalni akcioni plan za inkluziju Roma',
    coverMunicipality: 'Općina',
    coverCity: 'Grad',
    coverTown: 'Grad',
    coverPeriod: 'Period',
    coverStatus: 'Status',
    coverVersion: 'Verzija',
    coverAdoptedBy: 'Donosilac',
    coverDecision: 'Odluka',
    coverAdoptionDate: 'Datum usvajanja',
    coverDate: 'Datum ovog dokumenta',

    // ---- Where the plan stands (plan.status) ----
    statusDraft: 'Nacrt',
    statusConsultation: 'Nacrt za javne konsultacije',
    statusAdopted: 'Usvojen',

    // ---- Chapter and section titles, in document order ----
    chapterContents: 'Sadržaj',
    chapterIntroduction: 'Uvod i strateški osnov',
    chapterMethod: 'Način izrade plana i učešće zajednice',
    chapterMunicipality: 'Općina i naselja u kojima žive Romi',
    chapterGoals: 'Ciljevi javnih politika',
    chapterBudget: 'Zbirni pregled budžeta',
    chapterNotCovered: 'Oblasti koje plan ne obuhvata i zašto',
    sectionBudgetByArea: 'Budžet po prioritetnim oblastima',
    sectionBudgetByYear: 'Budžet po godinama',
    sectionBudgetBySource: 'Budžet po izvorima finansiranja',
    chapterCoverage: 'Obuhvat ciljeva javnih politika',
    chapterTimeline: 'Vremenski plan provođenja',
    chapterImplementation: 'Organizacija provođenja plana',
    chapterMonitoring: 'Praćenje i evaluacija',
    chapterAnnexes: 'Prilozi',
    annexIndicators: 'Prilog 1. Indikatori',
    annexParticipation: 'Prilog 2. Evidencija učešća',
    annexDecision: 'Prilog 3. Odluka o usvajanju plana',
    /** Only present when the checks found something to review. */
    annexReview: 'Prilog 4. Napomene za recenzente',

    // ---- Introduction ----
    /** Opening paragraph. {municipality}: its name; {period}: e.g. 2026–2030. */
    introSummary:
      'Ovim planom utvrđuje se kako će {municipality} u periodu {period} unapređivati ravnopravnost, inkluziju i učešće svojih stanovnika romske nacionalnosti. Plan obuhvata sedam lokalnih prioritetnih oblasti inkluzije Roma i pokazuje kojim od deset ciljeva javnih politika koji se odnose na manjinske zajednice doprinosi svaka mjera.',
    introVision: 'Vizija',
    introPolicyBasis: 'Strateški osnov',
    introEuFramework: 'Doprinos Strateškom okviru EU za Rome 2020-2030',
    introEuFrameworkText:
      'Mjere ovog plana doprinose sljedećim ciljevima Strateškog okvira EU za ravnopravnost, inkluziju i učešće Roma 2020-2030:',

    // ---- Method and participation ----
    methodIntro:
      'Plan je pripremljen zajedno s romskom zajednicom. Konsultacije održane tokom njegove izrade opisane su u nastavku, a Prilog 2 prikazuje njihove brojčane podatke u jednoj tabeli.',
    methodIntroUnrecorded:
      'Konsultacije održane tokom njegove izrade opisane su u nastavku, a Prilog 2 prikazuje njihove brojčane podatke u jednoj tabeli.',
    methodConsultations: 'Održane konsultacije',
    methodParticipants: 'Ukupan broj učesnika',
    methodRomaParticipants: 'Romi i Romkinje među učesnicima',
    methodWomenParticipants: 'Žene među učesnicima',
    /** Kinds of consultation (participation[].format). */
    formatRoundTable: 'Okrugli sto',
    formatCommunityMeeting: 'Sastanak sa zajednicom',
    formatWorkingGroup: 'Radna grupa',
    formatSurvey: 'Anketa',
    formatPublicHearing: 'Javna rasprava',
    formatOther: 'Drugi oblik konsultacija',

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
    legalPartlyFormal: 'Djelimično formalno',
    /** Basic services of a settlement, and how far residents have them. */
    serviceWater: 'Voda',
    serviceElectricity: 'Električna energija',
    serviceSewage: 'Kanalizacija',
    serviceRoad: 'Pristupni put',
    levelFull: 'u potpunosti',
    levelPartial: 'djelimično',
    levelNone: 'nema',

    // ---- Policy goals ----
    goalsIntro:
      'Prioritetne oblasti pokazuju gdje općina djeluje, a deset ciljeva javnih politika koji se odnose na manjinske zajednice pokazuje s kojom svrhom. Tabela prikazuje prioritet koji općina daje svakom cilju i mjere koje mu doprinose.',
    goalsStatements: 'Kako općina ostvaruje ciljeve',
    goalNotAddressed: 'Nije obuhvaćen',
    priorityHigh: 'Visok',
    priorityMedium: 'Srednji',
    priorityLow: 'Nizak',

    // ---- A priority area chapter ----
    areaNotApplicable: 'Ova prioritetna oblast nije primjenjiva u općini.',
    areaReason: 'Obrazloženje',
    areaSituation: 'Stanje',
    areaData: 'Podaci',
    areaNeeds: 'Potrebe koje je zajednica rangirala, od najhitnije',
    areaEuObjectives: 'Ciljevi Strateškog okvira EU kojima oblast doprinosi',
    areaTotal: 'Troškovi mjera u ovoj oblasti',
    /** Heading of the measure descriptions under an action matrix. */
    measureDetails: 'Mjere',
    measureGoals: 'Ciljevi javnih politika',
    measureEuObjectives: 'Ciljevi Strateškog okvira EU',
    measurePractice: 'Primjer dobre prakse na kojem se mjera zasniva',
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
    colLead: 'Nosilac',
    colPartners: 'Partneri',
    colLeadPartners: 'Nosilac i partneri',
    colPeriod: 'Period',
    colCost: 'Troškovi i izvori finansiranja',
    colIndicators: 'Indikatori: polazna → ciljna vrijednost',
    colIndicator: 'Indikator',
    colValue: 'Vrijednost',
    colYear: 'Godina',
    colSource: 'Izvor',
    colGoal: 'Cilj javne politike',
    colPriority: 'Prioritet',
    colMeasures: 'Mjere',
    colArea: 'Prioritetna oblast',
    colTotal: 'Ukupno',
    colShare: 'Udio',
    colFundingSource: 'Izvor finansiranja',
    colStart: 'Početak',
    colEnd: 'Kraj',
    colObjective: 'Specifični cilj',
    colSettlement: 'Naselje ili dio naselja',
    colHouseholds: 'Domaćinstva',
    colResidents: 'Stanovnici',
    colLegalStatus: 'Pravni status',
    colServices: 'Osnovna infrastruktura',
    colMediatorField: 'Oblast',
    colMediatorCount: 'Broj medijatora',
    colUnit: 'Jedinica mjere',
    colBaseline: 'Polazna vrijednost',
    colTarget: 'Ciljna vrijednost',
    colVerification: 'Izvor provjere',
    colDisaggregation: 'Razvrstavanje podataka',
    colDate: 'Datum',
    colFormat: 'Oblik',
    colParticipants: 'Učesnici',
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
    budgetMunicipal: 'Iz općinskog budžeta',
    budgetMunicipalShare: 'Udio općine',
    budgetSpreadNote: 'Troškovi svake mjere raspoređeni su na godine njenog trajanja srazmjerno broju njenih kvartala u svakoj godini, u cijelim iznosima; ostatak od zaokruživanja pripisuje se njenoj posljednjoj godini.',
    /** Funding source types (cost.sources[].type). */
    sourceMunicipal: 'Općinski budžet',
    sourceNational: 'Budžeti viših nivoa vlasti',
    sourceEu: 'Fondovi EU',
    sourceDonor: 'Donatori',
    sourcePrivate: 'Privatni sektor',
    sourceOther: 'Drugi izvori',

    // ---- Coverage matrix ----
    coverageIntro:
      'Matrica za svaku prioritetnu oblast prikazuje broj mjera koje doprinose pojedinom cilju javnih politika. Kolone su brojevi ciljeva navedenih ispod matrice.',
    /** A cell of a priority area marked not applicable. */
    coverageNotApplicable: 'n/p',
    coverageLegend: 'Ciljevi javnih politika',
    coverageGaps: 'Ciljevi javnih politika kojima ne doprinosi nijedna mjera',
    coverageNoGaps: 'Svakom cilju javnih politika doprinosi najmanje jedna mjera.',

    // ---- Timeline ----
    timelineIntro: 'Vrijeme provođenja svake mjere. Kvartali su kalendarski.',
    /** A quarter of a year, e.g. "Q3 2027". */
    quarter: '{quarter}. kvartal {year}',
    /** From one year or quarter to another, e.g. "2026 – 2028". */
    range: '{from} – {to}',

    // ---- Implementation ----
    implementationIntro:
      'Ko koordinira i provodi plan. Svaka mjera ima i svog nosioca, koji je naveden u tabelama mjera.',
    coordinator: 'Koordinator za romska pitanja',
    coordinatorUnit: 'Organizaciona jedinica',
    coordinationBody: 'Koordinaciono tijelo',
    coordinationMembers: 'Članovi',
    communityActionGroup: 'Akciona grupa zajednice',
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
    monitoringFrequency: 'Izvještaji o napretku',
    monitoringReportTo: 'Primalac izvještaja',
    monitoringMidTerm: 'Evaluacija na polovini perioda',
    monitoringFinal: 'Završna evaluacija',
    monitoringCommunityRole: 'Uloga zajednice u praćenju',
    monitoringIndicators: 'U Prilogu 1 navedeni su indikatori svih mjera, s polaznim i ciljnim vrijednostima i izvorima provjere.',
    frequencyQuarterly: 'svaka tri mjeseca',
    frequencySemiAnnual: 'svakih šest mjeseci',
    frequencyAnnual: 'jednom godišnje',

    // ---- Annexes ----
    /** Ways an indicator is broken down (indicators[].disaggregation). */
    disaggregationSex: 'spol',
    disaggregationAge: 'starost',
    disaggregationSettlement: 'naselje',
    reviewIntro:
      'Automatske provjere plana ukazale su na sljedeće tačke. One ne sprečavaju usvajanje plana, ali recenzenti obraćaju pažnju na njih.',

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
    ganttTitle: 'Mjere tokom perioda plana, po oblastima',
    /** Quarter label on the time axis of the Gantt chart. */
    quarter: 'K{quarter}',
    budgetChartTitle: 'Budžet po oblastima i izvorima finansiranja',
    legend: 'Izvori finansiranja:',
    /** Caption under each chart. */
    figure: 'Grafikon {number}: {title}',
  },
  /** Words of the council decision that adopts the plan (kept in decision-bs.ts). */
  decision: decisionBs,
  /** Questions of the wizard's legal-basis step (kept in wizard-legal-bs.ts). */
  wizardLegal: wizardLegalBs,
  /** Labels of the annual report (kept in follow-up-bs.ts). */
  followUp: followUpBs,
  content: contentBs,
  review: reviewBs,
  /** Questions, choices and messages of `roma-plan init` (kept in wizard-bs.ts). */
  wizard: wizardBs,
  wizardHelp: wizardHelpBs,
};
