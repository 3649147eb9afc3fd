import { contentSrLatn } from './content-sr-Latn.js';
import { wizardLegalSrLatn } from './wizard-legal-sr-Latn.js';
import { decisionSrLatn } from './decision-sr-Latn.js';
import { followUpSrLatn } from './follow-up-sr-Latn.js';
import type { LanguageFile } from './index.js';
import { wizardSrLatn } from './wizard-sr-Latn.js';
import { wizardHelpSrLatn } from './wizard-help-sr-Latn.js';
import { reviewSrLatn } from './review-sr-Latn.js';

/**
 * Serbian, Latin script (ekavian). The Cyrillic file (sr-Cyrl.ts) is derived from this one by
 * transliteration, so edit the Serbian text here only. Keys follow en.ts in the same order.
 */
export const srLatn: LanguageFile = {
  meta: { name: 'Serbian (Latin)', nativeName: 'srpski (latinica)' },
  /** The names of the areas, goals and EU objectives, and the good-practice catalogue. */
  catalogue: {
    areas: {
      participation: { title: 'Efikasno učešće Roma na lokalnom nivou', short: 'Učešće' },
      employment: { title: 'Ekonomsko osnaživanje i zapošljavanje', short: 'Zapošljavanje' },
      health: { title: 'Javno zdravlje', short: 'Zdravlje' },
      culture: { title: 'Kulturna integracija', short: 'Kultura' },
      education: { title: 'Obrazovanje', short: 'Obrazovanje' },
      'birth-registration': { title: 'Upis u matičnu knjigu rođenih i lična dokumenta', short: 'Upis u matične knjige' },
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
        title: 'Saradnja i uzajamna kontrola i ravnoteža među suprotstavljenim političkim snagama',
        short: 'Kontrola i ravnoteža',
      },
      'cultural-autonomy': {
        title: 'Ostvarivanje prava na kulturnu autonomiju (ustanove kulture, informativna glasila, obrazovanje na maternjem jeziku)',
        short: 'Kulturna autonomija',
      },
      'service-provision': {
        title: 'Negovanje lojalnosti manjinskih zajednica kroz pragmatično pružanje usluga',
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
          'Bezbednost: sprečavanje ekstremizma, diskriminacije i isključenosti, suzbijanje netrpeljivosti prema manjinama, garantovanje javnog reda',
        short: 'Bezbednost',
      },
    },
    eu: {
      antigypsyism: 'Borba protiv antiromskog rasizma i diskriminacije i njihovo sprečavanje',
      poverty: 'Smanjenje siromaštva i socijalne isključenosti',
      participation: 'Podsticanje učešća kroz osnaživanje, saradnju i poverenje',
      education: 'Jednak pristup kvalitetnom inkluzivnom redovnom obrazovanju',
      employment: 'Jednak pristup kvalitetnom i održivom zaposlenju',
      health: 'Bolje zdravlje i jednak pristup zdravstvenoj zaštiti i socijalnim uslugama',
      housing: 'Jednak pristup adekvatnom desegregisanom stanovanju i osnovnim uslugama',
    },
    practices: {
      'intercultural-mediators': {
        title: 'Interkulturni medijatori',
        description:
          'Angažovati ugledne pripadnike lokalne romske zajednice, po mogućstvu osobe koje poznaju i stanovnici i ustanove, i obučiti ih po metodu ROMED Saveta Evrope: etički kodeks, komunikacija i pregovaranje, upravljanje sukobima i zajedničko planiranje. Kada se zaposle, medijatori ostaju neutralni i održavaju stalan kanal komunikacije između porodica i škola, zdravstvenih službi i opštinske uprave, prenoseći potrebe i informacije u oba smera. Cilj je da se sukobi spreče i da dijalog postane deo redovnog rada opštine, a ne da se rešavaju pojedinačni sporovi.',
      },
      'community-action-group': {
        title: 'Lokalna akciona grupa',
        description:
          'Medijator okuplja Rome i Romkinje iz naselja u grupu koja sama utvrđuje pravila rada i odluke donosi demokratski, kako bi zajednica sopstvenim glasom iznela svoje potrebe. Grupa mapira i rangira lokalne probleme i šalje predstavnike na sastanke sa opštinom i javnim ustanovama. Grupu treba imenovati u planu i dodeliti joj ulogu u praćenju njegovog sprovođenja.',
      },
      'round-tables': {
        title: 'Okrugli stolovi za planiranje u zajednici',
        description:
          'Organizovati redovne moderirane sastanke na kojima lokalna akciona grupa planira zajedno sa opštinom, školama, domom zdravlja i drugim lokalnim ustanovama. Medijator priprema svaki sastanak na osnovu potreba koje su obe strane mapirale, u saradnji sa kontakt osobom u ustanovama. Voditi evidenciju o datumima, učesnicima i dogovorima; ona postaje evidencija učešća u planu.',
      },
      'local-mini-project': {
        title: 'Zajednički lokalni mini-projekat',
        description:
          'Prvi dogovor postignut na okruglim stolovima pretvoriti u mali projekat sa vidljivim rezultatom, koji stanovnici i ustanove sprovode zajedno. Obe strane doprinose ljudima ili sredstvima i dele odgovornost za ishod. Rani zajednički uspeh gradi poverenje koje će biti potrebno za veće mere iz plana.',
      },
      'leader-training': {
        title: 'Obuka lokalnih romskih lidera',
        description:
          'Prepoznati jednu ili dve osobe koje već imaju vodeću ulogu u zajednici, bilo da su to neformalni autoriteti, stručnjaci, rukovodioci nevladinih organizacija ili izabrani predstavnici, i podržati ih u organizovanju i vođenju lokalne grupe. Ponuditi im obuku iz moderiranja, planiranja i saradnje sa ustanovama, a zatim i mentorsku podršku. Snažno lokalno vođstvo je ono što grupu održava aktivnom i posle prestanka spoljne podrške.',
      },
      'community-centre': {
        title: 'Društveni centar u naselju',
        description:
          'Otvoriti centar u socijalno isključenom naselju ili u njegovoj neposrednoj blizini, u kojem su na jednom mestu dostupni socijalno savetovanje, aktivnosti za decu i mlade, savetovanje o zapošljavanju i sastanci zajednice. U Ostravi je jedna nevladina organizacija 2003. godine otvorila takav centar u novom stambenom naselju, kasnije još dva u drugim isključenim delovima grada, i pružala usluge i stanovnicima okolnih četvrti. U centru treba da rade kvalifikovani socijalni radnici, a stanovnike treba uključiti u njegovo vođenje.',
      },
      'outreach-social-work': {
        title: 'Terenski socijalni rad i pravno savetovanje',
        description:
          'Socijalni radnici posećuju porodice kod kuće i pomažu im da ostvare socijalna davanja na koja imaju pravo, da komuniciraju sa organima vlasti i da dođu do redovnih usluga. Savetovanje obuhvata stanovanje i dugove za troškove stanovanja, posao, školovanje, zdravlje, porodična pitanja i diskriminaciju, a cilj mu je da ljudi ubuduće mogu sami da reše sličan problem. Program koji objašnjava troškove stanovanja i dobre odnose sa susedima pomaže da porodice izbegnu dugove i iseljenje.',
      },
      'mixed-social-housing': {
        title: 'Mešovito socijalno stanovanje u zakupu',
        description:
          'Izgraditi standardne socijalne stanove za izdavanje i dodeliti ih u jednakim delovima romskim, neromskim i mešovitim porodicama; u Ostravi je „Naselje suživota“ izgrađeno 2000–2002. godine sa 30 stambenih jedinica za 10 romskih, 10 neromskih i 10 mešovitih porodica. Budući zakupci učestvuju u pripremi i izgradnji stanova, a naseljem zatim upravlja upravni odbor sastavljen od zakupaca i predstavnika opštine i civilnog društva, koji bira i nove zakupce. Višegodišnji prateći socijalni rad i rad u zajednici održali su stanove u dobrom stanju i odgovorili na primedbe iznete pre izgradnje.',
      },
      'transition-housing': {
        title: 'Privremeno socijalno stanovanje',
        description:
          'Obezbediti manji broj stanova, na primer preko privatne agencije za izdavanje nekretnina, i izdavati ih na ograničeno vreme porodicama koje su ostale bez doma, posebno porodicama sa decom, uz intenzivnu socijalnu podršku dok se njihova situacija ne stabilizuje. U Ostravi je jedna nevladina organizacija bila zakupodavac 8 takvih stanova, koje joj je u tu svrhu ustupila najveća privatna agencija za izdavanje. Uz to pomagati porodicama kojima preti iseljenje da pronađu prihvatilište, prenoćište ili podzakup.',
      },
      'family-support': {
        title: 'Tim za podršku porodici',
        description:
          'Tim socijalnih radnika radi sa roditeljima kako deca ne bi bila izdvojena iz porodice i smeštena u hraniteljstvo, odnosno kako bi se vratila kući ako su već izdvojena. Podrška obuhvata pravne savete, roditeljske veštine, zadovoljavanje potreba dece, porodične i finansijske probleme i redovno pohađanje škole. U Ostravi je ova usluga finansirana na osnovu ugovora o pružanju javne usluge sa regionalnom vlašću.',
      },
      'job-service': {
        title: 'Savetovalište za zapošljavanje',
        description:
          'Pružati savetovanje Romima i drugim licima koja traže posao iz isključenih naselja o tome kako da traže posao, kako da se pripreme za razgovor sa poslodavcem i kako da komuniciraju na radnom mestu. Zaposleni u savetovalištu uspostavljaju kontakte sa lokalnim poslodavcima i upućuju korisnike na odgovarajuće obuke i školovanje. Savetovalište voditi zajedno sa službom za zapošljavanje, kako bi korisnici mogli da koriste i njene programe.',
      },
      'crime-prevention': {
        title: 'Podrška žrtvama i prevencija kriminala',
        description:
          'Uspostaviti službu koja, u bliskoj saradnji sa gradskom policijom i lokalnim policijskim stanicama, pruža podršku žrtvama zelenaštva i drugih krivičnih dela u isključenim naseljima i deluje protiv upotrebe droga i trgovine drogom. Ona objedinjuje individualni rad sa žrtvama i licima u riziku, zajedničke obilaske sa policijskim službenicima radi lakše komunikacije sa stanovnicima i redovne sastanke na kojima svi lokalni akteri razmenjuju informacije i zajedno rešavaju probleme. Vremenom se tako gradi poverenje između romskih porodica i policije.',
      },
      'neighbourhood-improvement': {
        title: 'Zajedničko uređenje naselja',
        description:
          'Organizovati stanovnike da zajedno čiste javne površine, obnavljaju zajedničke delove zgrada i uređuju ili popravljaju parkove i igrališta. Opština obezbeđuje materijal, alat i odvoz otpada; privatni partneri mogu donirati materijal, kao što je to učinio jedan investitor u pilot-projektu obnove zgrade u Ostravi. Rad rame uz rame na vidljivim poboljšanjima jača odnose između romskih i neromskih suseda i daje ulogu deci i mladima.',
      },
      'anti-discrimination-campaign': {
        title: 'Borba protiv diskriminacije i segregacije u školama',
        description:
          'Zajedno sa organizacijama civilnog društva učestvovati u kampanjama za podizanje svesti i u konkretnim projektima protiv diskriminacije, pre svega protiv upisivanja romske dece u odvojene škole ili odeljenja. Kada ubeđivanje nije dovoljno, podržati pritužbe i sudske postupke. Predvideti proveru segregacije u lokalnim školama i vremenski određen plan za njeno ukidanje.',
      },
      'ngo-service-contract': {
        title: 'Lokalna nevladina organizacija kao ugovorni pružalac usluga',
        description:
          'Umesto finansiranja jednokratnih projekata, ugovorom angažovati iskusnu lokalnu nevladinu organizaciju kao strateškog partnera koji pruža registrovane socijalne usluge u isključenim naseljima i učestvuje u planiranju usluga opštine. Kombinovati sredstva grada i gradskih četvrti, regionalna i centralna sredstva za registrovane socijalne usluge, fondove EU kao što je Evropski socijalni fond i privatne priloge za posebne projekte. Višegodišnji ugovori daju stabilnost koja je potrebna za trajne rezultate.',
      },
      'roma-officials-network': {
        title: 'Mreža romskih lokalnih funkcionera',
        description:
          'Podržati formalnu grupu romskih predsednika opština, odbornika, medijatora i opštinskih koordinatora za romska pitanja radi zajedničke obuke, razmene iskustava i usaglašavanja stavova, kako je predložila „inicijativa iz Konjica“ na Zapadnom Balkanu. Mreža može jedinstveno da nastupa u udruženjima lokalnih vlasti, pa i u Savetu Evrope. Opština imenuje svoje romske funkcionere i snosi troškove njihovog učešća.',
      },
      'official-training': {
        title: 'Obuka opštinskih službenika',
        description:
          'Obučiti službenike koji planiraju, izrađuju budžet i pružaju usluge da upravljaju javnim politikama koje se odnose na Rome: nacionalni okvir i okvir EU, procena potreba, participativno planiranje, budžetiranje i praćenje. Obukom obuhvatiti i rukovodioce odeljenja i zaposlene u finansijama, a ne samo koordinatora za romska pitanja, kako bi mere ušle u redovni budžet. Obuku ponoviti posle izbora i kadrovskih promena.',
      },
      'coordination-body': {
        title: 'Opštinsko koordinaciono telo',
        description:
          'Obrazovati telo pri opštini u kojem odeljenja, javne ustanove i civilno društvo razmatraju mere inkluzije i uključuju zajednicu na koju se one odnose u kreiranje javnih politika. Pre njegovog osnivanja partneri u Kopru (Slovenija) mapirali su sve usluge i programe dostupne na lokalnom nivou, procenili potrebe i izradili strateški dokument, a telo je osnovano 2021. godine. Telo u Kopru bavi se inkluzijom migranata; isti model može da posluži kao koordinaciono telo za pitanja Roma.',
      },
      'inclusion-council': {
        title: 'Savet za inkluziju',
        description:
          'Savetodavni savet okuplja lokalne ustanove oko prepreke koju su same prepoznale, kao što su jezičke teškoće na koje ukazuju škole. U Škofjoj Loki (Slovenija) savet je organizovao obuku zaposlenih u javnim ustanovama za interkulturnu medijaciju, a od 2021. godine tamo rade dva medijatora, uglavnom u obrazovanju. Savet polazi od hitnih potreba i može da preraste u sistematsku politiku inkluzije; primer potiče iz inkluzije migranata i jednako je primenljiv na romske zajednice.',
      },
      'mediator-evaluation': {
        title: 'Standardi i vrednovanje rada medijatora',
        description:
          'Interkulturnu medijaciju urediti kao profesiju: pismeno utvrditi ulogu medijatora, potrebne kompetencije i etička načela i u redovnim razmacima vrednovati rad svakog medijatora. Kompetencije koje se procenjuju obuhvataju interkulturnu komunikaciju, medijaciju i upravljanje sukobima, poznavanje istorije i kulture zajednice, planiranje i samovrednovanje i vođenje slučaja. Vrednovanje ustanovama daje poverenje u medijatore, a medijatorima put ka profesionalnom priznanju.',
      },
      'roma-coordinator': {
        title: 'Koordinator za romska pitanja',
        description:
          'Uspostaviti stalno radno mesto koordinatora za romska pitanja u opštinskoj upravi, po mogućstvu popunjeno stručnjakom romske nacionalnosti, sa pisanim opisom poslova i mestom u aktu o organizaciji i sistematizaciji radnih mesta. Koordinator je kontakt osoba za zajednicu, priprema akcioni plan, prati njegovo sprovođenje i stara se da njegove mere budu uvrštene u godišnji budžet. Opštine u Srbiji u velikoj meri koriste ovo radno mesto.',
      },
      'mobile-team': {
        title: 'Mobilni tim za inkluziju',
        description:
          'Formirati tim koji se redovno sastaje i zajedno obilazi naselja: koordinator za romska pitanja, pedagoški asistent, zdravstveni medijator i zaposleni u centru za socijalni rad i u službi za zapošljavanje. Tim rešava probleme koji prelaze granice nadležnosti pojedinih službi, na primer kada porodica bez dokumenata ima decu koja ne pohađaju školu. Tim se obrazuje odlukom opštine kojom se određuju njegovi članovi i učestalost sastanaka.',
      },
      'health-mediators': {
        title: 'Romski zdravstveni medijatori',
        description:
          'Zaposliti zdravstvene medijatore iz romske zajednice pri lokalnom domu zdravlja. Oni posećuju porodice i podržavaju vakcinaciju, zdravstvenu zaštitu pre i posle porođaja i prijavu kod izabranog lekara, pomažu ljudima da ostvare zdravstveno osiguranje i po potrebi ih prate do službi. Obezbediti im ugovor sa domom zdravlja i redovan stručni nadzor.',
      },
      'pedagogical-assistants': {
        title: 'Pedagoški asistenti',
        description:
          'Angažovati pedagoške asistente, po mogućstvu one koji govore romski jezik, u predškolskim ustanovama i školama koje pohađaju romska deca, kako bi pružali podršku učenicima na času, sarađivali sa nastavnicima i održavali vezu sa roditeljima. Oni pomažu i pri upisu i u organizovanju prevoza, besplatnih udžbenika i školskog pribora. U Srbiji je ova uloga deo redovnog obrazovnog sistema.',
      },
      'preschool-enrolment': {
        title: 'Upis svakog romskog deteta u predškolsku ustanovu',
        description:
          'Težiti tome da svako romsko dete pohađa predškolsku ustanovu, najmanje obavezni pripremni predškolski program, a po mogućstvu i duže, tako što će se roditelji osloboditi plaćanja, organizovati prevoz i posećivati porodice kako bi im se objasnilo kako se dete upisuje. Decu upisivati u mešovite grupe u redovnim vrtićima, nikada u grupe samo za romsku decu. Pratiti upis i pohađanje u odnosu na broj dece predškolskog uzrasta u svakom naselju.',
      },
      'civil-registration-drive': {
        title: 'Akcija upisa u matične knjige',
        description:
          'Mapirati lica bez dokumenata, kao što su izvod iz matične knjige rođenih, lična karta ili prijavljeno prebivalište, a zatim im obezbediti besplatnu pravnu pomoć i osloboditi ih administrativnih taksi. Organizovati mobilni rad matične službe u naselju i pomagati u naknadnom upisu u matičnu knjigu rođenih, kako bi ljudi mogli da se upišu u školu, ostvare zdravstveno osiguranje i primaju socijalna davanja. Sa porodilištem se dogovoriti da svako novorođenče bude upisano u matičnu knjigu rođenih pre otpusta iz bolnice.',
      },
      'settlement-legalisation': {
        title: 'Legalizacija naselja i infrastruktura',
        description:
          'Doneti ili izmeniti urbanistički plan koji obuhvata neformalno naselje, rešiti imovinsko-pravne odnose na zemljištu i pomoći domaćinstvima da podnesu zahteve za legalizaciju. Kada se pravni status reši, u budžetu po fazama planirati vodosnabdevanje, kanalizaciju, električnu energiju i asfaltirane pristupne puteve. Gde legalizacija nije moguća, u dogovoru sa stanovnicima planirati pristojno desegregisano stanovanje na drugoj lokaciji.',
      },
      'roma-responsive-budgeting': {
        title: 'Budžetiranje prema potrebama Roma',
        description:
          'Svaku stavku budžeta opštine označiti kao direktno povezanu, indirektno povezanu ili nepovezanu sa inkluzijom Roma, a zatim tokom godine pratiti koliko je sredstava sa svake stavke stvarno utrošeno. Tako se vidi da li je akcioni plan finansijski obezbeđen i koliki deo sredstava obezbeđuje sama opština. Podatke dostavljati skupštini opštine zajedno sa izveštajem o praćenju plana.',
      },
      'romani-language-culture': {
        title: 'Romski jezik i kultura',
        description:
          'Organizovati nastavu romskog jezika i uvesti istoriju Roma, uključujući genocid nad Romima u Drugom svetskom ratu, u lokalne škole. Podržati romske kulturne centre, udruženja i medije na romskom jeziku i javnim događajima obeležavati 8. april, Svetski dan Roma. Time romska kultura dobija vidljivo mesto u lokalnom javnom životu, a predrasude kod većinskog stanovništva se suzbijaju.',
      },
      'public-works-employment': {
        title: 'Javni radovi i zapošljavanje u opštini',
        description:
          'Omogućiti Romima koji traže posao ravnopravan pristup programima javnih radova i radnim mestima u opštini i njenim javnim preduzećima, uz transparentan postupak zapošljavanja i aktivno informisanje u naseljima. Uz to obezbediti male subvencije i savetovanje za samozapošljavanje i podržati socijalna preduzeća koja zapošljavaju stanovnike naselja. Javne radove povezati sa obukom, kako bi učesnici prešli na redovan posao.',
      },
    },
  },
  /** Labels of the rendered action plan (Markdown and PDF). */
  document: {
    // ---- What the document is (PDF metadata, cover) ----
    /** The kind of document; PDF subject and keywords. */
    documentSubject: 'Lokalni akcioni plan za inkluziju Roma i Romkinja',
    coverMunicipality: 'Opština',
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
    statusConsultation: 'Nacrt za javnu raspravu',
    statusAdopted: 'Usvojen',

    // ---- Chapter and section titles, in document order ----
    chapterContents: 'Sadržaj',
    chapterIntroduction: 'Uvod i strateški osnov',
    chapterMethod: 'Način izrade plana i učešće zajednice',
    chapterMunicipality: 'Opština i naselja u kojima žive Romi',
    chapterGoals: 'Ciljevi javnih politika',
    chapterBudget: 'Zbirni pregled budžeta',
    chapterNotCovered: 'Oblasti koje plan ne obuhvata i zašto',
    sectionBudgetByArea: 'Budžet po prioritetnim oblastima',
    sectionBudgetByYear: 'Budžet po godinama',
    sectionBudgetBySource: 'Budžet po izvorima finansiranja',
    chapterCoverage: 'Obuhvat ciljeva javnih politika',
    chapterTimeline: 'Vremenski plan sprovođenja',
    chapterImplementation: 'Organizacija sprovođenja plana',
    chapterMonitoring: 'Praćenje i vrednovanje',
    chapterAnnexes: 'Prilozi',
    annexIndicators: 'Prilog 1. Pokazatelji',
    annexParticipation: 'Prilog 2. Evidencija učešća',
    annexDecision: 'Prilog 3. Odluka o usvajanju plana',
    /** Only present when the checks found something to review. */
    annexReview: 'Prilog 4. Napomene za recenzente',

    // ---- Introduction ----
    /** Opening paragraph. {municipality}: its name; {period}: e.g. 2026–2030. */
    introSummary:
      'Ovim planom utvrđuje se kako će {municipality} u periodu {period} unapređivati ravnopravnost, inkluziju i učešće svojih stanovnika romske nacionalnosti. Plan obuhvata sedam lokalnih prioritetnih oblasti inkluzije Roma i pokazuje kojim od deset ciljeva javnih politika u vezi sa manjinskim zajednicama doprinosi svaka mera.',
    introVision: 'Vizija',
    introPolicyBasis: 'Strateški osnov',
    introEuFramework: 'Doprinos Strateškom okviru EU za Rome 2020-2030',
    introEuFrameworkText:
      'Mere ovog plana doprinose sledećim ciljevima Strateškog okvira EU za ravnopravnost, inkluziju i učešće Roma 2020-2030:',

    // ---- Method and participation ----
    methodIntro:
      'Plan je pripremljen zajedno sa romskom zajednicom. Konsultacije održane tokom njegove izrade opisane su u nastavku, a Prilog 2 prikazuje njihove brojčane podatke u jednoj tabeli.',
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
    municipalityRegion: 'Region',
    populationTotal: 'Broj stanovnika',
    populationRoma: 'Broj Roma (procena)',
    populationRomaShare: 'Udeo Roma u ukupnom stanovništvu',
    populationRomaSource: 'Izvor procene',
    settlements: 'Naselja i delovi naselja u kojima žive Romi',
    noSettlements: 'Plan ne navodi naselja ni delove naselja.',
    /** Legal status of a settlement's land and buildings. */
    legalFormal: 'Formalno',
    legalInformal: 'Neformalno',
    legalPartlyFormal: 'Delimično formalno',
    /** Basic services of a settlement, and how far residents have them. */
    serviceWater: 'Voda',
    serviceElectricity: 'Električna energija',
    serviceSewage: 'Kanalizacija',
    serviceRoad: 'Pristupni put',
    levelFull: 'u potpunosti',
    levelPartial: 'delimično',
    levelNone: 'nema',

    // ---- Policy goals ----
    goalsIntro:
      'Prioritetne oblasti pokazuju gde opština deluje, a deset ciljeva javnih politika u vezi sa manjinskim zajednicama pokazuje s kojom svrhom. Tabela prikazuje prioritet koji opština daje svakom cilju i mere koje mu doprinose.',
    goalsStatements: 'Kako opština ostvaruje ciljeve',
    goalNotAddressed: 'Nije obuhvaćen',
    priorityHigh: 'Visok',
    priorityMedium: 'Srednji',
    priorityLow: 'Nizak',

    // ---- A priority area chapter ----
    areaNotApplicable: 'Ova prioritetna oblast nije primenljiva u opštini.',
    areaReason: 'Obrazloženje',
    areaSituation: 'Stanje',
    areaData: 'Podaci',
    areaNeeds: 'Potrebe koje je zajednica rangirala, od najhitnije',
    areaEuObjectives: 'Ciljevi Strateškog okvira EU kojima oblast doprinosi',
    areaTotal: 'Troškovi mera u ovoj oblasti',
    /** Heading of the measure descriptions under an action matrix. */
    measureDetails: 'Mere',
    measureGoals: 'Ciljevi javnih politika',
    measureEuObjectives: 'Ciljevi Strateškog okvira EU',
    measurePractice: 'Primer dobre prakse na kojem se mera zasniva',
    measureBeneficiaries: 'Korisnici',
    beneficiariesTotal: 'Ukupno korisnika',
    beneficiariesRomaWomen: 'Romkinje i romske devojčice',
    beneficiariesRomaMen: 'Romi i romski dečaci',
    measureRisks: 'Rizici i način upravljanja njima',
    /** Between an indicator's value and the means of verification, in the action matrix. */
    indicatorVerifiedBy: 'izvor provere:',

    // ---- Table column headings ----
    colNumber: 'Br.',
    colMeasure: 'Mera',
    colLead: 'Nosilac',
    colPartners: 'Partneri',
    colLeadPartners: 'Nosilac i partneri',
    colPeriod: 'Period',
    colCost: 'Troškovi i izvori finansiranja',
    colIndicators: 'Pokazatelji: polazna → ciljna vrednost',
    colIndicator: 'Pokazatelj',
    colValue: 'Vrednost',
    colYear: 'Godina',
    colSource: 'Izvor',
    colGoal: 'Cilj javne politike',
    colPriority: 'Prioritet',
    colMeasures: 'Mere',
    colArea: 'Prioritetna oblast',
    colTotal: 'Ukupno',
    colShare: 'Udeo',
    colFundingSource: 'Izvor finansiranja',
    colStart: 'Početak',
    colEnd: 'Kraj',
    colObjective: 'Specifični cilj',
    colSettlement: 'Naselje ili deo naselja',
    colHouseholds: 'Domaćinstva',
    colResidents: 'Stanovnici',
    colLegalStatus: 'Pravni status',
    colServices: 'Osnovna infrastruktura',
    colMediatorField: 'Oblast',
    colMediatorCount: 'Broj medijatora',
    colUnit: 'Jedinica mere',
    colBaseline: 'Polazna vrednost',
    colTarget: 'Ciljna vrednost',
    colVerification: 'Izvor provere',
    colDisaggregation: 'Razvrstavanje podataka',
    colDate: 'Datum',
    colFormat: 'Oblik',
    colParticipants: 'Učesnici',
    colRoma: 'Romi',
    colWomen: 'Žene',
    colPath: 'Mesto u planu',
    colNote: 'Napomena',
    /** The sum row at the bottom of a table. */
    rowTotal: 'Ukupno',
    /** An empty value in a table. */
    none: '–',

    // ---- Budget ----
    budgetTotal: 'Ukupni troškovi plana',
    budgetMunicipal: 'Iz budžeta opštine',
    budgetMunicipalShare: 'Udeo opštine',
    budgetSpreadNote: 'Troškovi svake mere raspoređeni su na godine njenog trajanja srazmerno broju njenih kvartala u svakoj godini, u celim iznosima; ostatak od zaokruživanja pripisuje se njenoj poslednjoj godini.',
    /** Funding source types (cost.sources[].type). */
    sourceMunicipal: 'Budžet opštine',
    sourceNational: 'Republički budžet',
    sourceEu: 'Fondovi EU',
    sourceDonor: 'Donatori',
    sourcePrivate: 'Privatni sektor',
    sourceOther: 'Drugi izvori',

    // ---- Coverage matrix ----
    coverageIntro:
      'Matrica za svaku prioritetnu oblast prikazuje broj mera koje doprinose pojedinom cilju javnih politika. Kolone su brojevi ciljeva navedenih ispod matrice.',
    /** A cell of a priority area marked not applicable. */
    coverageNotApplicable: 'n/p',
    coverageLegend: 'Ciljevi javnih politika',
    coverageGaps: 'Ciljevi javnih politika kojima ne doprinosi nijedna mera',
    coverageNoGaps: 'Svakom cilju javnih politika doprinosi najmanje jedna mera.',

    // ---- Timeline ----
    timelineIntro: 'Vreme sprovođenja svake mere. Kvartali su kalendarski.',
    /** A quarter of a year, e.g. "Q3 2027". */
    quarter: '{quarter}. kvartal {year}',
    /** From one year or quarter to another, e.g. "2026 – 2028". */
    range: '{from} – {to}',

    // ---- Implementation ----
    implementationIntro:
      'Ko koordinira i sprovodi plan. Svaka mera ima i svog nosioca, koji je naveden u tabelama mera.',
    coordinator: 'Koordinator za romska pitanja',
    coordinatorUnit: 'Organizaciona jedinica',
    coordinationBody: 'Koordinaciono telo',
    coordinationMembers: 'Članovi',
    communityActionGroup: 'Lokalna akciona grupa',
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
    monitoringBody: 'Telo za praćenje',
    monitoringFrequency: 'Izveštaji o napretku',
    monitoringReportTo: 'Primalac izveštaja',
    monitoringMidTerm: 'Srednjoročno vrednovanje',
    monitoringFinal: 'Završno vrednovanje',
    monitoringCommunityRole: 'Uloga zajednice u praćenju',
    monitoringIndicators: 'U Prilogu 1 navedeni su pokazatelji svih mera, sa polaznim i ciljnim vrednostima i izvorima provere.',
    frequencyQuarterly: 'svaka tri meseca',
    frequencySemiAnnual: 'svakih šest meseci',
    frequencyAnnual: 'jednom godišnje',

    // ---- Annexes ----
    /** Ways an indicator is broken down (indicators[].disaggregation). */
    disaggregationSex: 'pol',
    disaggregationAge: 'starost',
    disaggregationSettlement: 'naselje',
    reviewIntro:
      'Automatske provere plana ukazale su na sledeće tačke. One ne sprečavaju usvajanje plana, ali recenzenti obraćaju pažnju na njih.',

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
    pageOf: 'Strana {page} od {pages}',
    /** Title of the contents when the view has no contents entry of its own. */
    contents: 'Sadržaj',
    ganttTitle: 'Mere tokom perioda plana, po oblastima',
    /** Quarter label on the time axis of the Gantt chart. */
    quarter: 'K{quarter}',
    budgetChartTitle: 'Budžet po oblastima i izvorima finansiranja',
    legend: 'Izvori finansiranja:',
    /** Caption under each chart. */
    figure: 'Grafikon {number}: {title}',
  },
  /** Words of the council decision that adopts the plan (kept in decision-sr-Latn.ts). */
  decision: decisionSrLatn,
  /** Questions of the wizard's legal-basis step (kept in wizard-legal-sr-Latn.ts). */
  wizardLegal: wizardLegalSrLatn,
  /** Labels of the annual report (kept in follow-up-sr-Latn.ts). */
  followUp: followUpSrLatn,
  content: contentSrLatn,
  review: reviewSrLatn,
  /** Questions, choices and messages of `roma-plan init` (kept in wizard-sr-Latn.ts). */
  wizard: wizardSrLatn,
  wizardHelp: wizardHelpSrLatn,
};
