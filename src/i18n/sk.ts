import { contentSk } from './content-sk.js';
import { wizardLegalSk } from './wizard-legal-sk.js';
import { decisionSk } from './decision-sk.js';
import { followUpSk } from './follow-up-sk.js';
import type { LanguageFile } from './index.js';
import { wizardSk } from './wizard-sk.js';
import { wizardHelpSk } from './wizard-help-sk.js';
import { reviewSk } from './review-sk.js';

/** Slovak. Same keys, in the same order, as en.ts. */
export const sk: LanguageFile = {
  meta: { name: 'Slovak', nativeName: 'Slovenčina' },
  /** The names of the areas, goals and EU objectives, and the good-practice catalogue. */
  catalogue: {
    areas: {
      participation: { title: 'Efektívna účasť Rómov na miestnej úrovni', short: 'Participácia' },
      employment: { title: 'Hospodárske posilnenie a zamestnanosť', short: 'Zamestnanosť' },
      health: { title: 'Verejné zdravie', short: 'Zdravie' },
      culture: { title: 'Kultúrna integrácia', short: 'Kultúra' },
      education: { title: 'Vzdelávanie', short: 'Vzdelávanie' },
      'birth-registration': { title: 'Zápis narodenia a osobné doklady', short: 'Matričná evidencia' },
      'living-conditions': { title: 'Životné podmienky v osídleniach', short: 'Životné podmienky' },
    },
    goals: {
      'conflict-prevention': { title: 'Predchádzanie miestnym medzietnickým konfliktom', short: 'Prevencia konfliktov' },
      'consensual-democracy': { title: 'Uplatňovanie konsenzuálnej demokracie na miestnej úrovni', short: 'Konsenzuálna demokracia' },
      'balancing-interests': {
        title: 'Vyvažovanie sociokultúrnych a politických záujmov väčšinových a menšinových etnických komunít',
        short: 'Vyvažovanie záujmov',
      },
      'checks-and-balances': {
        title: 'Spolupráca a vzájomná kontrola a rovnováha medzi súperiacimi politickými silami',
        short: 'Brzdy a protiváhy',
      },
      'cultural-autonomy': {
        title: 'Uplatňovanie práv na kultúrnu autonómiu (kultúrne inštitúcie, informačné kanály, vzdelávanie v materinskom jazyku)',
        short: 'Kultúrna autonómia',
      },
      'service-provision': {
        title: 'Posilňovanie lojality menšinových komunít prostredníctvom pragmatického poskytovania služieb',
        short: 'Poskytovanie služieb',
      },
      'public-participation': { title: 'Aktívna účasť menšinových komunít na miestnom verejnom živote', short: 'Verejná participácia' },
      'needs-based-budgeting': {
        title: 'Jednotné rozpočtové plánovanie založené na potrebách menšinových komunít',
        short: 'Rozpočtovanie podľa potrieb',
      },
      'economic-activity': { title: 'Podpora spoločensky prospešnej hospodárskej činnosti', short: 'Hospodárska činnosť' },
      security: {
        title:
          'Bezpečnosť: prevencia extrémizmu, diskriminácie a vylúčenia, odbúravanie protimenšinových postojov, zaručenie verejného poriadku',
        short: 'Bezpečnosť',
      },
    },
    eu: {
      antigypsyism: 'Bojovať proti rasizmu voči Rómom a diskriminácii a predchádzať im',
      poverty: 'Znížiť chudobu a sociálne vylúčenie',
      participation: 'Podporovať participáciu prostredníctvom posilnenia postavenia, spolupráce a dôvery',
      education: 'Rovnaký prístup ku kvalitnému inkluzívnemu vzdelávaniu v hlavnom vzdelávacom prúde',
      employment: 'Rovnaký prístup ku kvalitnému a udržateľnému zamestnaniu',
      health: 'Zlepšiť zdravie a rovnaký prístup k zdravotnej starostlivosti a sociálnym službám',
      housing: 'Rovnaký prístup k primeranému desegregovanému bývaniu a základným službám',
    },
    practices: {
      'intercultural-mediators': {
        title: 'Interkultúrni mediátori',
        description:
          'Získať uznávaných členov miestnej rómskej komunity, ideálne známych obyvateľom aj inštitúciám, a vyškoliť ich metódou ROMED Rady Európy: etický kódex, komunikácia a vyjednávanie, riešenie konfliktov a spoločné plánovanie. Po prijatí do zamestnania zostávajú mediátori nestranní a udržiavajú stály komunikačný kanál medzi rodinami na jednej strane a školami, zdravotníckymi službami a obecným úradom na strane druhej; potreby a informácie odovzdávajú oboma smermi. Cieľom je predchádzať konfliktom a urobiť z dialógu súčasť bežného fungovania obce, nie riešiť jednorazové spory.',
      },
      'community-action-group': {
        title: 'Komunitná akčná skupina',
        description:
          'Mediátor zvolá rómskych obyvateľov do skupiny, ktorá si sama stanoví pravidlá a rozhoduje demokraticky, aby komunita vyjadrila svoje potreby vlastným hlasom. Skupina mapuje miestne problémy, zoraďuje ich podľa naliehavosti a vysiela zástupcov na rokovania s obcou a verejnými inštitúciami. Skupinu uviesť v pláne a zveriť jej úlohu pri monitorovaní.',
      },
      'round-tables': {
        title: 'Okrúhle stoly komunitného plánovania',
        description:
          'Organizovať pravidelné facilitované stretnutia, na ktorých komunitná akčná skupina plánuje spoločne s obcou, školami, zdravotným strediskom a ďalšími miestnymi inštitúciami. Mediátor pripravuje každé stretnutie na základe potrieb zmapovaných oboma stranami a spolupracuje s kontaktnou osobou v inštitúciách. Viesť záznam o termínoch, účastníkoch a dohodách; z neho sa stane záznam o participácii v pláne.',
      },
      'local-mini-project': {
        title: 'Spoločný miestny miniprojekt',
        description:
          'Premeniť prvú dohodu dosiahnutú pri okrúhlych stoloch na malý projekt s viditeľným výsledkom, ktorý obyvatelia a inštitúcie uskutočnia spoločne. Obe strany prispejú ľuďmi alebo prostriedkami a zdieľajú zodpovednosť za výsledok. Skorý spoločný úspech buduje dôveru, ktorú budú potrebovať väčšie opatrenia plánu.',
      },
      'leader-training': {
        title: 'Vzdelávanie miestnych rómskych lídrov',
        description:
          'Vytipovať jedného alebo dvoch ľudí, ktorí už v komunite majú vedúcu úlohu – či už ide o neformálne autority, odborníkov, vedúcich mimovládnych organizácií alebo volených zástupcov – a podporiť ich pri organizovaní a vedení miestnej skupiny. Ponúknuť im vzdelávanie vo facilitácii, plánovaní a spolupráci s inštitúciami a následne mentoring. Práve silné miestne vedenie udrží skupinu aktívnu aj po skončení vonkajšej podpory.',
      },
      'community-centre': {
        title: 'Komunitné centrum v lokalite',
        description:
          'Otvoriť centrum vo vylúčenej lokalite alebo v jej blízkosti, kde je na jednom mieste k dispozícii sociálne poradenstvo, aktivity pre deti a mládež, pracovné poradenstvo a komunitné stretnutia. V Ostrave otvorila mimovládna organizácia takéto centrum v roku 2003 na novom sídlisku, neskôr otvorila ďalšie dve v iných vylúčených lokalitách a slúžila aj obyvateľom okolitých mestských častí. Centrum obsadiť kvalifikovanými sociálnymi pracovníkmi a zapojiť obyvateľov do jeho prevádzky.',
      },
      'outreach-social-work': {
        title: 'Terénna sociálna práca a právne poradenstvo',
        description:
          'Sociálni pracovníci navštevujú rodiny v ich domácnostiach a pomáhajú im uplatniť dávky, na ktoré majú nárok, jednať s úradmi a dostať sa k bežným službám. Poradenstvo sa týka bývania a dlhov na nákladoch na bývanie, práce, školskej dochádzky, zdravia, rodinných záležitostí a diskriminácie a jeho cieľom je, aby ľudia nabudúce podobný problém zvládli sami. Program, ktorý vysvetľuje náklady na bývanie a dobré susedské vzťahy, pomáha rodinám vyhnúť sa dlhom a vysťahovaniu.',
      },
      'mixed-social-housing': {
        title: 'Zmiešané sociálne nájomné bývanie',
        description:
          'Postaviť štandardné sociálne nájomné byty a prenajať ich rovnakým dielom rómskym, nerómskym a zmiešaným rodinám; ostravská Dedinka spolužitia (Vesnička soužití) vznikla v rokoch 2000 – 2002 s 30 bytmi pre 10 rómskych, 10 nerómskych a 10 zmiešaných rodín. Budúci nájomníci sa podieľajú na príprave a výstavbe domov a správna rada zložená zo zástupcov nájomníkov, obce a občianskej spoločnosti potom spravuje celý areál vrátane výberu nových nájomníkov. Roky sprievodnej sociálnej a komunitnej práce udržali domy v dobrom stave a vyriešili námietky vznesené pred výstavbou.',
      },
      'transition-housing': {
        title: 'Prechodné sociálne bývanie',
        description:
          'Zabezpečiť malý fond bytov, napríklad od súkromnej realitnej kancelárie, a prenajímať ich na obmedzený čas rodinám, ktoré prišli o bývanie, najmä rodinám s deťmi, spolu s intenzívnou sociálnou podporou, kým sa ich situácia nestabilizuje. V Ostrave pôsobila mimovládna organizácia ako prenajímateľ 8 takýchto bytov, ktoré jej na tento účel odovzdala najväčšia súkromná realitná spoločnosť. Doplniť pomoc pri hľadaní útulkov, ubytovní alebo podnájmov pre rodiny ohrozené vysťahovaním.',
      },
      'family-support': {
        title: 'Tím podpory rodín',
        description:
          'Tím sociálnych pracovníkov pracuje s rodičmi tak, aby deti neboli umiestnené do náhradnej starostlivosti, alebo aby sa mohli vrátiť domov, ak už umiestnené boli. Podpora zahŕňa právne poradenstvo, rodičovské zručnosti, napĺňanie potrieb detí, rodinné a finančné problémy a pravidelnú školskú dochádzku. V Ostrave bola táto služba financovaná prostredníctvom zmluvy o verejnej službe s krajom.',
      },
      'job-service': {
        title: 'Pracovné poradenstvo',
        description:
          'Ponúkať Rómom a ďalším uchádzačom o zamestnanie z vylúčených lokalít poradenstvo, ako hľadať prácu, zvládať prijímacie pohovory a komunikovať na pracovisku. Pracovníci nadväzujú kontakty s miestnymi zamestnávateľmi a odporúčajú ľudí na vhodné kurzy a vzdelávanie. Službu prevádzkovať spoločne s úradom práce, aby klienti mohli využívať aj jeho programy.',
      },
      'crime-prevention': {
        title: 'Podpora obetí a prevencia kriminality',
        description:
          'Zriadiť službu, ktorá v úzkej spolupráci s mestskou políciou a miestnymi policajnými útvarmi podporuje obete úžery a inej trestnej činnosti vo vylúčených lokalitách a pôsobí proti užívaniu drog a obchodu s nimi. Spája individuálnu prácu s obeťami a ohrozenými ľuďmi, spoločné obchôdzky s policajtmi, ktoré uľahčujú komunikáciu s obyvateľmi, a pravidelné stretnutia, na ktorých všetci miestni aktéri zdieľajú informácie a spoločne riešia problémy. Postupne buduje dôveru medzi rómskymi rodinami a políciou.',
      },
      'neighbourhood-improvement': {
        title: 'Spoločné zveľaďovanie lokality',
        description:
          'Zorganizovať obyvateľov na spoločné upratovanie verejných priestranstiev, obnovu spoločných priestorov domov a zriadenie alebo opravu parkov a detských ihrísk. Obec zabezpečí materiál, náradie a odvoz odpadu; súkromní partneri môžu darovať materiál, ako to urobil developer pri pilotnej oprave domu v Ostrave. Spoločná práca na viditeľných zlepšeniach posilňuje vzťahy medzi rómskymi a nerómskymi susedmi a dáva úlohu deťom a mladým ľuďom.',
      },
      'anti-discrimination-campaign': {
        title: 'Opatrenia proti diskriminácii a segregácii v školách',
        description:
          'Spojiť sa s organizáciami občianskej spoločnosti v osvetových kampaniach a konkrétnych projektoch proti diskriminácii, predovšetkým proti zaraďovaniu rómskych detí do oddelených škôl alebo tried. Tam, kde presviedčanie nestačí, podporovať sťažnosti a právne kroky. Zahrnúť preverenie segregácie v miestnych školách a časovo vymedzený plán na jej odstránenie.',
      },
      'ngo-service-contract': {
        title: 'Miestna mimovládna organizácia ako zmluvný poskytovateľ služieb',
        description:
          'Namiesto financovania jednorazových projektov uzavrieť zmluvu so skúsenou miestnou mimovládnou organizáciou ako strategickým partnerom, ktorý poskytuje registrované sociálne služby vo vylúčených lokalitách a podieľa sa na plánovaní služieb v obci. Kombinovať financovanie od mesta a mestských častí, krajské a štátne prostriedky na registrované sociálne služby, prostriedky EÚ, napríklad z Európskeho sociálneho fondu, a súkromné príspevky na konkrétne projekty. Viacročné zmluvy prinášajú stabilitu, ktorú trvalé výsledky potrebujú.',
      },
      'roma-officials-network': {
        title: 'Sieť rómskych miestnych predstaviteľov',
        description:
          'Podporovať formálnu skupinu rómskych starostov a primátorov, poslancov, mediátorov a obecných koordinátorov pre rómske záležitosti na spoločné vzdelávanie, výmenu skúseností a spoločné stanoviská, ako navrhla západobalkánska „iniciatíva z Konjica“. Sieť môže hovoriť jedným hlasom v združeniach miestnych samospráv, a to aj na úrovni Rady Európy. Obec nominuje svojich rómskych predstaviteľov a hradí náklady na ich účasť.',
      },
      'official-training': {
        title: 'Vzdelávanie zamestnancov obce',
        description:
          'Vyškoliť zamestnancov, ktorí plánujú, zostavujú rozpočet a poskytujú služby, v riadení politík týkajúcich sa Rómov: národný a európsky rámec, posúdenie potrieb, participatívne plánovanie, rozpočtovanie a monitorovanie. Zapojiť vedúcich oddelení a pracovníkov financií, nielen koordinátora pre rómske záležitosti, aby sa opatrenia dostali do riadneho rozpočtu. Školenie zopakovať po voľbách a personálnych zmenách.',
      },
      'coordination-body': {
        title: 'Koordinačný orgán obce',
        description:
          'Zriadiť pri obci orgán, v ktorom útvary úradu, verejné inštitúcie a občianska spoločnosť prerokúvajú opatrenia na začleňovanie a zapájajú dotknutú komunitu do tvorby politík. Pred jeho založením partneri v Kopri (Slovinsko) zmapovali všetky služby a programy dostupné v mieste, posúdili potreby a vypracovali strategický dokument; orgán bol zriadený v roku 2021. Orgán v Kopri sa zaoberá začleňovaním migrantov; rovnaké usporiadanie môže slúžiť ako koordinačný orgán pre rómske záležitosti.',
      },
      'inclusion-council': {
        title: 'Rada pre začleňovanie',
        description:
          'Poradná rada združuje miestne inštitúcie okolo prekážky, ktorú samy identifikovali, napríklad jazykových ťažkostí, na ktoré upozorňujú školy. V Škofjej Loke (Slovinsko) rada zabezpečila vyškolenie zamestnancov verejných inštitúcií v interkultúrnej mediácii a od roku 2021 tam pôsobia dvaja mediátori, najmä vo vzdelávaní. Rada vychádza z naliehavých potrieb a môže prerásť do systematickej politiky začleňovania; príklad pochádza zo začleňovania migrantov a rovnako sa uplatní aj v rómskych komunitách.',
      },
      'mediator-evaluation': {
        title: 'Štandardy a hodnotenie mediátorov',
        description:
          'Urobiť z interkultúrnej mediácie profesiu: písomne vymedziť úlohu mediátora, požadované kompetencie a etické pravidlá a v pevne stanovených intervaloch hodnotiť prácu každého mediátora. Medzi hodnotené kompetencie patrí interkultúrna komunikácia, mediácia a riešenie konfliktov, znalosť histórie a kultúry komunity, plánovanie a sebahodnotenie a prípadová práca. Hodnotenie dáva inštitúciám dôveru v mediátorov a mediátorom cestu k uznaniu.',
      },
      'roma-coordinator': {
        title: 'Koordinátor pre rómske záležitosti',
        description:
          'Zriadiť na obecnom úrade stále miesto koordinátora pre rómske záležitosti, najlepšie obsadené rómskym odborníkom, s písomnou náplňou práce a miestom v organizačnej štruktúre. Koordinátor je kontaktnou osobou pre komunitu, pripravuje a sleduje akčný plán a dbá na to, aby jeho opatrenia boli zahrnuté do ročného rozpočtu. Srbské obce túto pozíciu široko využívajú.',
      },
      'mobile-team': {
        title: 'Mobilný tím pre začleňovanie',
        description:
          'Zostaviť tím, ktorý sa pravidelne stretáva a spoločne navštevuje osídlenia: koordinátor pre rómske záležitosti, pedagogický asistent, zdravotný mediátor a pracovníci centra sociálnej práce a služieb zamestnanosti. Tím rieši problémy presahujúce hranice jednotlivých služieb, napríklad rodinu bez dokladov, ktorej deti nechodia do školy. Tím zriadiť uznesením obce, ktoré určí jeho členov a frekvenciu stretnutí.',
      },
      'health-mediators': {
        title: 'Rómski zdravotní mediátori',
        description:
          'Zamestnať zdravotných mediátorov z rómskej komunity, pridelených k miestnemu zdravotnému stredisku. Navštevujú rodiny a podporujú očkovanie, starostlivosť pred pôrodom a po ňom a registráciu u všeobecného lekára, pomáhajú ľuďom získať zdravotné poistenie a v prípade potreby ich sprevádzajú k službám. Zabezpečiť im zmluvu so zdravotným strediskom a pravidelnú supervíziu.',
      },
      'pedagogical-assistants': {
        title: 'Pedagogickí asistenti',
        description:
          'Umiestniť pedagogických asistentov, najlepšie hovoriacich po rómsky, do materských a základných škôl, ktoré navštevujú rómske deti, aby podporovali žiakov na vyučovaní, spolupracovali s učiteľmi a udržiavali kontakt s rodičmi. Pomáhajú aj so zápisom a so zabezpečením dopravy, bezplatných učebníc a školských pomôcok. V Srbsku je táto pozícia súčasťou bežného vzdelávacieho systému.',
      },
      'preschool-enrolment': {
        title: 'Predprimárne vzdelávanie pre každé rómske dieťa',
        description:
          'Usilovať sa o to, aby každé rómske dieťa chodilo do materskej školy, aspoň v povinnom roku a ideálne dlhšie, prostredníctvom odpustenia poplatkov, zabezpečenia dopravy a návštev v rodinách, pri ktorých sa vysvetlí, ako dieťa zapísať. Deti zaraďovať do zmiešaných tried v bežných materských školách, nikdy nie do tried len pre rómske deti. Sledovať zápis a dochádzku vo vzťahu k počtu detí predškolského veku v každom osídlení.',
      },
      'civil-registration-drive': {
        title: 'Kampaň za zápis do matriky a vydanie dokladov',
        description:
          'Zmapovať ľudí bez dokladov, ako je rodný list, občiansky preukaz alebo evidovaný pobyt, a potom ponúknuť bezplatnú právnu pomoc a odpustiť správne poplatky. Organizovať vysunuté úradné hodiny matriky priamo v osídlení a pomáhať s dodatočným (oneskoreným) zápisom narodenia, aby sa ľudia mohli zapísať do školy, získať zdravotné poistenie a poberať dávky. Dohodnúť sa s pôrodnicou, aby každé novorodené dieťa bolo zapísané do matriky pred prepustením z nemocnice.',
      },
      'settlement-legalisation': {
        title: 'Legalizácia osídlenia a infraštruktúra',
        description:
          'Prijať alebo zmeniť územný plán tak, aby zahŕňal neformálne osídlenie, vyjasniť vlastníctvo pozemkov a pomôcť domácnostiam podať žiadosti o legalizáciu stavieb. Keď je právny stav vyriešený, postupne zahrnúť do rozpočtu vodovod, kanalizáciu, elektrinu a spevnené prístupové cesty. Tam, kde legalizácia nie je možná, naplánovať po dohode s obyvateľmi dôstojné desegregované bývanie inde.',
      },
      'roma-responsive-budgeting': {
        title: 'Rozpočtovanie citlivé na potreby Rómov',
        description:
          'Označiť každú položku obecného rozpočtu ako priamo súvisiacu, nepriamo súvisiacu alebo nesúvisiacu so začleňovaním Rómov a potom sledovať, koľko sa z každej položky počas roka skutočne vyčerpá. Z toho je zrejmé, či je akčný plán finančne krytý a akú časť hradí samotná obec. Údaje predkladať zastupiteľstvu spolu so správou o plnení plánu.',
      },
      'romani-language-culture': {
        title: 'Rómsky jazyk a kultúra',
        description:
          'Ponúkať výučbu rómčiny a začleniť do výučby v miestnych školách rómske dejiny vrátane genocídy Rómov počas druhej svetovej vojny. Podporovať rómske kultúrne centrá, združenia a médiá v rómčine a pripomínať si Medzinárodný deň Rómov 8. apríla verejnými podujatiami. Rómska kultúra tak získa viditeľné miesto v miestnom verejnom živote a oslabujú sa predsudky väčšinovej spoločnosti.',
      },
      'public-works-employment': {
        title: 'Verejnoprospešné práce a zamestnávanie obcou',
        description:
          'Zabezpečiť rómskym uchádzačom o zamestnanie spravodlivý prístup k programom verejnoprospešných prác a k pracovným miestam v obci a jej spoločnostiach, s transparentným náborom a aktívnym oslovovaním v osídleniach. Doplniť malé granty a poradenstvo pre ľudí, ktorí začínajú podnikať, a podporovať sociálne podniky zamestnávajúce miestnych obyvateľov. Prepojiť verejnoprospešné práce so vzdelávaním, aby účastníci prešli do bežného zamestnania.',
      },
    },
  },
  /** Labels of the rendered action plan (Markdown and PDF). */
  document: {
    // ---- What the document is (PDF metadata, cover) ----
    documentSubject: 'Miestny akčný plán začleňovania Rómov',
    coverMunicipality: 'Obec',
    coverCity: 'Mesto',
    coverTown: 'Mesto',
    coverPeriod: 'Obdobie',
    coverStatus: 'Stav',
    coverVersion: 'Verzia',
    coverAdoptedBy: 'Schvaľujúci orgán',
    coverDecision: 'Uznesenie',
    coverAdoptionDate: 'Dátum schválenia',
    coverDate: 'Dátum dokumentu',

    // ---- Where the plan stands (plan.status) ----
    statusDraft: 'Návrh',
    statusConsultation: 'Návrh na verejné pripomienkovanie',
    statusAdopted: 'Schválený',

    // ---- Chapter and section titles, in document order ----
    chapterContents: 'Obsah',
    chapterIntroduction: 'Úvod a strategický rámec',
    chapterMethod: 'Postup spracovania a participácia',
    chapterMunicipality: 'Obec a lokality obývané Rómami',
    chapterGoals: 'Ciele verejnej politiky',
    chapterBudget: 'Súhrn rozpočtu',
    chapterNotCovered: 'Oblasti, ktoré plán nepokrýva, a prečo',
    sectionBudgetByArea: 'Rozpočet podľa prioritných oblastí',
    sectionBudgetByYear: 'Rozpočet podľa rokov',
    sectionBudgetBySource: 'Rozpočet podľa zdrojov financovania',
    chapterCoverage: 'Pokrytie cieľov verejnej politiky',
    chapterTimeline: 'Harmonogram',
    chapterImplementation: 'Zabezpečenie realizácie',
    chapterMonitoring: 'Monitorovanie a hodnotenie',
    chapterAnnexes: 'Prílohy',
    annexIndicators: 'Príloha 1. Ukazovatele',
    annexParticipation: 'Príloha 2. Záznam o participácii',
    annexDecision: 'Príloha 3. Uznesenie o schválení plánu',
    annexReview: 'Príloha 4. Poznámky pre posudzovateľov',

    // ---- Introduction ----
    introSummary:
      'Tento plán stanovuje, ako bude obec {municipality} v období {period} presadzovať rovnosť, začlenenie a participáciu svojich rómskych obyvateľov. Pokrýva sedem miestnych prioritných oblastí začleňovania Rómov a ukazuje, ktorým z desiatich cieľov menšinovej politiky jednotlivé opatrenia slúžia.',
    introVision: 'Vízia',
    introPolicyBasis: 'Strategický rámec',
    introEuFramework: 'Príspevok k strategickému rámcu EÚ pre Rómov 2020 – 2030',
    introEuFrameworkText:
      'Opatrenia tohto plánu slúžia týmto cieľom strategického rámca EÚ pre rovnosť, začlenenie a participáciu Rómov na roky 2020 – 2030:',

    // ---- Method and participation ----
    methodIntro:
      'Plán bol pripravený spoločne s rómskou komunitou. Konzultácie uskutočnené počas jeho prípravy sú opísané nižšie; príloha 2 uvádza ich údaje v jednej tabuľke.',
    methodIntroUnrecorded:
      'Konzultácie uskutočnené počas jeho prípravy sú opísané nižšie; príloha 2 uvádza ich údaje v jednej tabuľke.',
    methodConsultations: 'Uskutočnené konzultácie',
    methodParticipants: 'Účastníci spolu',
    methodRomaParticipants: 'Rómski účastníci',
    methodWomenParticipants: 'Ženy medzi účastníkmi',
    formatRoundTable: 'Okrúhly stôl',
    formatCommunityMeeting: 'Komunitné stretnutie',
    formatWorkingGroup: 'Pracovná skupina',
    formatSurvey: 'Dotazníkový prieskum',
    formatPublicHearing: 'Verejné prerokovanie',
    formatOther: 'Iná konzultácia',

    // ---- The municipality ----
    municipalityCountry: 'Štát',
    municipalityRegion: 'Kraj',
    populationTotal: 'Počet obyvateľov',
    populationRoma: 'Počet Rómov (odhad)',
    populationRomaShare: 'Podiel Rómov na počte obyvateľov',
    populationRomaSource: 'Zdroj odhadu',
    settlements: 'Štvrte a osídlenia obývané Rómami',
    noSettlements: 'Plán neuvádza žiadne štvrte ani osídlenia.',
    legalFormal: 'Formálny',
    legalInformal: 'Neformálny',
    legalPartlyFormal: 'Čiastočne formálny',
    serviceWater: 'Voda',
    serviceElectricity: 'Elektrina',
    serviceSewage: 'Kanalizácia',
    serviceRoad: 'Prístupová cesta',
    levelFull: 'v plnom rozsahu',
    levelPartial: 'čiastočne',
    levelNone: 'chýba',

    // ---- Policy goals ----
    goalsIntro:
      'Prioritné oblasti určujú, kde obec koná; desať cieľov menšinovej politiky určuje, na aký účel. Tabuľka uvádza prioritu, ktorú obec jednotlivým cieľom prikladá, a opatrenia, ktoré im slúžia.',
    goalsStatements: 'Ako obec ciele napĺňa',
    goalNotAddressed: 'Neriešené',
    priorityHigh: 'Vysoká',
    priorityMedium: 'Stredná',
    priorityLow: 'Nízka',

    // ---- A priority area chapter ----
    areaNotApplicable: 'Táto prioritná oblasť sa v obci neuplatňuje.',
    areaReason: 'Zdôvodnenie',
    areaSituation: 'Východisková situácia',
    areaData: 'Údaje',
    areaNeeds: 'Potreby zoradené komunitou od najnaliehavejšej',
    areaEuObjectives: 'Ciele rámca EÚ, ku ktorým oblasť prispieva',
    areaTotal: 'Náklady na opatrenia v tejto oblasti',
    measureDetails: 'Opatrenia',
    measureGoals: 'Ciele verejnej politiky',
    measureEuObjectives: 'Ciele rámca EÚ',
    measurePractice: 'Využitá dobrá prax',
    measureBeneficiaries: 'Prijímatelia',
    beneficiariesTotal: 'Prijímatelia spolu',
    beneficiariesRomaWomen: 'Rómske ženy a dievčatá',
    beneficiariesRomaMen: 'Rómski muži a chlapci',
    measureRisks: 'Riziká a ich riadenie',
    indicatorVerifiedBy: 'zdroj overenia:',

    // ---- Table column headings ----
    colNumber: 'Č.',
    colMeasure: 'Opatrenie',
    colLead: 'Zodpovedná inštitúcia',
    colPartners: 'Partneri',
    colLeadPartners: 'Zodpovedná inštitúcia a partneri',
    colPeriod: 'Obdobie',
    colCost: 'Náklady a financovanie',
    colIndicators: 'Ukazovatele: východisková hodnota → cieľová hodnota',
    colIndicator: 'Ukazovateľ',
    colValue: 'Hodnota',
    colYear: 'Rok',
    colSource: 'Zdroj',
    colGoal: 'Cieľ verejnej politiky',
    colPriority: 'Priorita',
    colMeasures: 'Opatrenia',
    colArea: 'Prioritná oblasť',
    colTotal: 'Spolu',
    colShare: 'Podiel',
    colFundingSource: 'Zdroj financovania',
    colStart: 'Začiatok',
    colEnd: 'Koniec',
    colObjective: 'Špecifický cieľ',
    colSettlement: 'Štvrť alebo osídlenie',
    colHouseholds: 'Domácnosti',
    colResidents: 'Obyvatelia',
    colLegalStatus: 'Právny stav',
    colServices: 'Základné služby',
    colMediatorField: 'Oblasť',
    colMediatorCount: 'Mediátori',
    colUnit: 'Merná jednotka',
    colBaseline: 'Východisková hodnota',
    colTarget: 'Cieľová hodnota',
    colVerification: 'Zdroj overenia',
    colDisaggregation: 'Členenie',
    colDate: 'Dátum',
    colFormat: 'Forma',
    colParticipants: 'Účastníci',
    colRoma: 'Rómovia',
    colWomen: 'Ženy',
    colPath: 'Miesto v pláne',
    colNote: 'Poznámka',
    rowTotal: 'Spolu',
    none: '–',

    // ---- Budget ----
    budgetTotal: 'Celkové náklady plánu',
    budgetMunicipal: 'Z rozpočtu obce',
    budgetMunicipalShare: 'Podiel obce',
    budgetSpreadNote: 'Náklady každého opatrenia sú rozdelené medzi roky jeho trvania v pomere k počtu jeho štvrťrokov v jednotlivých rokoch, v celých jednotkách; zvyšok po zaokrúhlení pripadá na jeho posledný rok.',
    sourceMunicipal: 'Rozpočet obce',
    sourceNational: 'Štátny rozpočet',
    sourceEu: 'Fondy EÚ',
    sourceDonor: 'Darcovia',
    sourcePrivate: 'Súkromný sektor',
    sourceOther: 'Iné zdroje',

    // ---- Coverage matrix ----
    coverageIntro:
      'Matica uvádza pre každú prioritnú oblasť počet opatrení, ktoré slúžia jednotlivým cieľom verejnej politiky. Stĺpce zodpovedajú číslam cieľov uvedených pod maticou.',
    coverageNotApplicable: 'nerel.',
    coverageLegend: 'Ciele verejnej politiky',
    coverageGaps: 'Ciele verejnej politiky, ktorým neslúži žiadne opatrenie',
    coverageNoGaps: 'Každému cieľu verejnej politiky slúži aspoň jedno opatrenie.',

    // ---- Timeline ----
    timelineIntro: 'Kedy jednotlivé opatrenia prebiehajú. Štvrťroky sú kalendárne.',
    quarter: '{quarter}. štvrťrok {year}',
    range: '{from} – {to}',

    // ---- Implementation ----
    implementationIntro:
      'Kto plán koordinuje a realizuje. Každé opatrenie má navyše zodpovednú inštitúciu, uvedenú v akčných maticiach.',
    coordinator: 'Koordinátor pre rómske záležitosti',
    coordinatorUnit: 'Zaradenie',
    coordinationBody: 'Koordinačný orgán',
    coordinationMembers: 'Členovia',
    communityActionGroup: 'Komunitná akčná skupina',
    cagMembers: 'Členovia',
    cagWomen: 'Z toho ženy',
    cagEstablished: 'Dátum založenia',
    mediators: 'Mediátori',
    noMediators: 'Plán neuvádza žiadnych mediátorov.',
    mediatorEducation: 'Vzdelávanie',
    mediatorHealth: 'Zdravotníctvo',
    mediatorCommunity: 'Komunita',
    mediatorEmployment: 'Zamestnanosť',

    // ---- Monitoring and evaluation ----
    monitoringBody: 'Monitorovací orgán',
    monitoringFrequency: 'Správy o plnení',
    monitoringReportTo: 'Adresát správ',
    monitoringMidTerm: 'Priebežné hodnotenie',
    monitoringFinal: 'Záverečné hodnotenie',
    monitoringCommunityRole: 'Úloha komunity pri monitorovaní',
    monitoringIndicators: 'Príloha 1 uvádza ukazovatele všetkých opatrení s východiskovými a cieľovými hodnotami a zdrojmi overenia.',
    frequencyQuarterly: 'štvrťročne',
    frequencySemiAnnual: 'polročne',
    frequencyAnnual: 'ročne',

    // ---- Annexes ----
    disaggregationSex: 'pohlavie',
    disaggregationAge: 'vek',
    disaggregationSettlement: 'osídlenie',
    reviewIntro:
      'Automatická kontrola plánu zistila nasledujúce body. Schváleniu nebránia, ale posudzovatelia ich sledujú.',

    // ---- The decision adopting the plan (Annex 3) ----
    decisionPlaceDate: '{municipality}, {date}',
    decisionDateBlank: '……………………',
  },
  /** Labels only the PDF needs (running header and footer, chart legends). */
  pdf: {
    pageOf: 'Strana {page} z {pages}',
    contents: 'Obsah',
    ganttTitle: 'Opatrenia počas obdobia plánu podľa oblastí',
    quarter: 'Q{quarter}',
    budgetChartTitle: 'Rozpočet podľa oblastí a zdrojov financovania',
    legend: 'Zdroje financovania:',
    figure: 'Graf {number}: {title}',
  },
  /** Words of the council decision that adopts the plan (kept in decision-sk.ts). */
  decision: decisionSk,
  /** Questions of the wizard's legal-basis step (kept in wizard-legal-sk.ts). */
  wizardLegal: wizardLegalSk,
  /** Labels of the annual report (kept in follow-up-sk.ts). */
  followUp: followUpSk,
  content: contentSk,
  review: reviewSk,
  /** Questions, choices and messages of `roma-plan init` (kept in wizard-sk.ts). */
  wizard: wizardSk,
  wizardHelp: wizardHelpSk,
};
