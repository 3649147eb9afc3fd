import { contentCs } from './content-cs.js';
import { wizardLegalCs } from './wizard-legal-cs.js';
import { decisionCs } from './decision-cs.js';
import { followUpCs } from './follow-up-cs.js';
import type { LanguageFile } from './index.js';
import { wizardCs } from './wizard-cs.js';
import { wizardHelpCs } from './wizard-help-cs.js';
import { reviewCs } from './review-cs.js';

/** Czech. Same keys, in the same order, as en.ts. */
export const cs: LanguageFile = {
  meta: { name: 'Czech', nativeName: 'Čeština' },
  /** The names of the areas, goals and EU objectives, and the good-practice catalogue. */
  catalogue: {
    areas: {
      participation: { title: 'Účinná účast Romů na místní úrovni', short: 'Participace' },
      employment: { title: 'Ekonomické posílení a zaměstnanost', short: 'Zaměstnanost' },
      health: { title: 'Veřejné zdraví', short: 'Zdraví' },
      culture: { title: 'Kulturní integrace', short: 'Kultura' },
      education: { title: 'Vzdělávání', short: 'Vzdělávání' },
      'birth-registration': { title: 'Zápis narození a osobní doklady', short: 'Matriční evidence' },
      'living-conditions': { title: 'Životní podmínky v lokalitách', short: 'Životní podmínky' },
    },
    goals: {
      'conflict-prevention': { title: 'Předcházení místním interetnickým konfliktům', short: 'Prevence konfliktů' },
      'consensual-democracy': { title: 'Uplatňování konsensuální demokracie na místní úrovni', short: 'Konsensuální demokracie' },
      'balancing-interests': {
        title: 'Vyvažování sociokulturních a politických zájmů většinových a menšinových etnických komunit',
        short: 'Vyvažování zájmů',
      },
      'checks-and-balances': {
        title: 'Spolupráce a vzájemná kontrola a rovnováha mezi soupeřícími politickými silami',
        short: 'Brzdy a protiváhy',
      },
      'cultural-autonomy': {
        title: 'Naplňování práv na kulturní autonomii (kulturní instituce, informační kanály, vzdělávání v mateřském jazyce)',
        short: 'Kulturní autonomie',
      },
      'service-provision': {
        title: 'Posilování loajality menšinových komunit prostřednictvím pragmatického poskytování služeb',
        short: 'Poskytování služeb',
      },
      'public-participation': { title: 'Aktivní účast menšinových komunit na místním veřejném životě', short: 'Veřejná participace' },
      'needs-based-budgeting': {
        title: 'Jednotné plánování rozpočtu založené na potřebách menšinových komunit',
        short: 'Rozpočtování podle potřeb',
      },
      'economic-activity': { title: 'Podpora společensky prospěšné ekonomické činnosti', short: 'Ekonomická činnost' },
      security: {
        title:
          'Bezpečnost: prevence extremismu, diskriminace a vyloučení, odbourávání protimenšinových postojů, zajištění veřejného pořádku',
        short: 'Bezpečnost',
      },
    },
    eu: {
      antigypsyism: 'Bojovat proti rasismu vůči Romům a diskriminaci a předcházet jim',
      poverty: 'Snížit chudobu a sociální vyloučení',
      participation: 'Podporovat participaci posilováním postavení, spoluprací a důvěrou',
      education: 'Rovný přístup ke kvalitnímu inkluzivnímu vzdělávání v hlavním vzdělávacím proudu',
      employment: 'Rovný přístup ke kvalitnímu a udržitelnému zaměstnání',
      health: 'Zlepšit zdraví a rovný přístup ke zdravotní péči a sociálním službám',
      housing: 'Rovný přístup k přiměřenému desegregovanému bydlení a základním službám',
    },
    practices: {
      'intercultural-mediators': {
        title: 'Interkulturní mediátoři',
        description:
          'Získat uznávané členy místní romské komunity, ideálně známé obyvatelům i institucím, a vyškolit je metodou ROMED Rady Evropy: etický kodex, komunikace a vyjednávání, řešení konfliktů a společné plánování. Po nástupu do zaměstnání zůstávají mediátoři nestranní a udržují stálý komunikační kanál mezi rodinami na jedné straně a školami, zdravotnickými službami a radnicí na straně druhé; potřeby a informace předávají oběma směry. Cílem je předcházet konfliktům a učinit dialog součástí běžného fungování obce, nikoli řešit jednorázové spory.',
      },
      'community-action-group': {
        title: 'Komunitní akční skupina',
        description:
          'Mediátor svolá romské obyvatele do skupiny, která si sama stanoví pravidla a rozhoduje demokraticky, aby komunita formulovala své potřeby vlastním hlasem. Skupina mapuje místní problémy, řadí je podle naléhavosti a vysílá zástupce na jednání s obcí a veřejnými institucemi. Skupinu uvést v plánu a svěřit jí roli při monitorování.',
      },
      'round-tables': {
        title: 'Kulaté stoly komunitního plánování',
        description:
          'Pořádat pravidelná facilitovaná setkání, na nichž komunitní akční skupina plánuje společně s obcí, školami, zdravotním střediskem a dalšími místními institucemi. Mediátor připravuje každé setkání na základě potřeb zmapovaných oběma stranami a spolupracuje s kontaktní osobou uvnitř institucí. Vést záznam o termínech, účastnících a dohodách; z něj se stane záznam o participaci v plánu.',
      },
      'local-mini-project': {
        title: 'Společný místní miniprojekt',
        description:
          'Proměnit první dohodu dosaženou u kulatých stolů v malý projekt s viditelným výsledkem, který obyvatelé a instituce uskuteční společně. Obě strany přispějí lidmi nebo prostředky a sdílejí odpovědnost za výsledek. Brzký společný úspěch buduje důvěru, kterou budou potřebovat větší opatření plánu.',
      },
      'leader-training': {
        title: 'Vzdělávání místních romských lídrů',
        description:
          'Vytipovat jednoho nebo dva lidi, kteří již v komunitě mají vůdčí roli – ať už jde o neformální autority, odborníky, vedoucí neziskových organizací, nebo volené zástupce – a podpořit je při organizování a vedení místní skupiny. Nabídnout jim vzdělávání ve facilitaci, plánování a spolupráci s institucemi a následně mentoring. Právě silné místní vedení udrží skupinu aktivní i poté, co vnější podpora skončí.',
      },
      'community-centre': {
        title: 'Komunitní centrum v lokalitě',
        description:
          'Otevřít centrum ve vyloučené lokalitě nebo v její blízkosti, kde je na jednom místě k dispozici sociální poradenství, aktivity pro děti a mládež, pracovní poradenství a komunitní setkání. V Ostravě otevřela nezisková organizace takové centrum v roce 2003 na novém sídlišti, později přidala další dvě v jiných vyloučených lokalitách a sloužila i obyvatelům okolních městských částí. Centrum obsadit kvalifikovanými sociálními pracovníky a zapojit obyvatele do jeho provozu.',
      },
      'outreach-social-work': {
        title: 'Terénní sociální práce a právní poradenství',
        description:
          'Sociální pracovníci navštěvují rodiny v jejich domácnostech a pomáhají jim uplatnit dávky, na které mají nárok, jednat s úřady a dostat se k běžným službám. Poradenství se týká bydlení a dluhů na nákladech na bydlení, práce, školní docházky, zdraví, rodinných záležitostí a diskriminace a jeho cílem je, aby lidé příště podobný problém zvládli sami. Program, který vysvětluje náklady na bydlení a dobré sousedské vztahy, pomáhá rodinám vyhnout se dluhům a vystěhování.',
      },
      'mixed-social-housing': {
        title: 'Smíšené sociální nájemní bydlení',
        description:
          'Postavit standardní sociální nájemní byty a pronajmout je rovným dílem romským, neromským a smíšeným rodinám; ostravská Vesnička soužití vznikla v letech 2000–2002 s 30 byty pro 10 romských, 10 neromských a 10 smíšených rodin. Budoucí nájemníci se podílejí na přípravě a výstavbě domů a správní rada složená ze zástupců nájemníků, obce a občanské společnosti pak spravuje celý areál včetně výběru nových nájemníků. Léta doprovodné sociální a komunitní práce udržela domy v dobrém stavu a vypořádala se s námitkami vznesenými před výstavbou.',
      },
      'transition-housing': {
        title: 'Přechodné sociální bydlení',
        description:
          'Zajistit malý fond bytů, například od soukromé realitní kanceláře, a pronajímat je na omezenou dobu rodinám, které přišly o bydlení, zejména rodinám s dětmi, spolu s intenzivní sociální podporou, dokud se jejich situace nestabilizuje. V Ostravě působila nezisková organizace jako pronajímatel 8 takových bytů, které jí k tomuto účelu předala největší soukromá realitní společnost. Doplnit pomoc při hledání azylových domů, ubytoven nebo podnájmů pro rodiny ohrožené vystěhováním.',
      },
      'family-support': {
        title: 'Tým podpory rodin',
        description:
          'Tým sociálních pracovníků pracuje s rodiči tak, aby děti nebyly umístěny do náhradní péče, nebo aby se mohly vrátit domů, pokud už umístěny byly. Podpora zahrnuje právní poradenství, rodičovské dovednosti, naplňování potřeb dětí, rodinné a finanční problémy a pravidelnou školní docházku. V Ostravě byla tato služba financována prostřednictvím smlouvy o veřejné službě s krajem.',
      },
      'job-service': {
        title: 'Pracovní poradenství',
        description:
          'Nabízet Romům a dalším uchazečům o zaměstnání z vyloučených lokalit poradenství, jak hledat práci, zvládat přijímací pohovory a komunikovat na pracovišti. Pracovníci navazují kontakty s místními zaměstnavateli a doporučují lidi do vhodných kurzů a vzdělávání. Službu provozovat společně s úřadem práce, aby klienti mohli využívat i jeho programy.',
      },
      'crime-prevention': {
        title: 'Podpora obětí a prevence kriminality',
        description:
          'Zřídit službu, která v úzké spolupráci s městskou policií a místními útvary policie podporuje oběti lichvy a jiné trestné činnosti ve vyloučených lokalitách a působí proti užívání drog a obchodu s nimi. Spojuje individuální práci s oběťmi a ohroženými lidmi, společné pochůzky s policisty, které usnadňují komunikaci s obyvateli, a pravidelná setkání, na nichž všichni místní aktéři sdílejí informace a společně řeší problémy. Postupně buduje důvěru mezi romskými rodinami a policií.',
      },
      'neighbourhood-improvement': {
        title: 'Společné zvelebování lokality',
        description:
          'Zorganizovat obyvatele ke společnému úklidu veřejných prostranství, obnově společných prostor domů a zřízení nebo opravě parků a dětských hřišť. Obec zajistí materiál, nářadí a odvoz odpadu; soukromí partneři mohou darovat materiál, jako to udělal developer při pilotní opravě domu v Ostravě. Společná práce na viditelných zlepšeních posiluje vztahy mezi romskými a neromskými sousedy a dává roli dětem a mladým lidem.',
      },
      'anti-discrimination-campaign': {
        title: 'Opatření proti diskriminaci a segregaci ve školách',
        description:
          'Spojit se s organizacemi občanské společnosti v osvětových kampaních a konkrétních projektech proti diskriminaci, především proti zařazování romských dětí do oddělených škol nebo tříd. Tam, kde přesvědčování nestačí, podporovat stížnosti a právní kroky. Zahrnout prověření segregace v místních školách a časově vymezený plán na její odstranění.',
      },
      'ngo-service-contract': {
        title: 'Místní nezisková organizace jako smluvní poskytovatel služeb',
        description:
          'Místo financování jednorázových projektů uzavřít smlouvu se zkušenou místní neziskovou organizací jako strategickým partnerem, který poskytuje registrované sociální služby ve vyloučených lokalitách a podílí se na plánování služeb v obci. Kombinovat financování od města a městských obvodů, krajské a státní prostředky na registrované sociální služby, prostředky EU, například z Evropského sociálního fondu, a soukromé příspěvky na konkrétní projekty. Víceleté smlouvy přinášejí stabilitu, kterou trvalé výsledky potřebují.',
      },
      'roma-officials-network': {
        title: 'Síť romských místních představitelů',
        description:
          'Podporovat formální skupinu romských starostů, zastupitelů, mediátorů a obecních koordinátorů pro romské záležitosti pro společné vzdělávání, výměnu zkušeností a společná stanoviska, jak navrhla západobalkánská „iniciativa z Konjice“. Síť může mluvit jedním hlasem ve sdruženích místních samospráv, a to i na úrovni Rady Evropy. Obec nominuje své romské představitele a hradí náklady na jejich účast.',
      },
      'official-training': {
        title: 'Vzdělávání úředníků obce',
        description:
          'Vyškolit úředníky, kteří plánují, sestavují rozpočet a poskytují služby, v řízení politik týkajících se Romů: národní a evropský rámec, posouzení potřeb, participativní plánování, rozpočtování a monitorování. Zapojit vedoucí odborů a pracovníky financí, nejen koordinátora pro romské záležitosti, aby se opatření dostala do řádného rozpočtu. Školení opakovat po volbách a personálních změnách.',
      },
      'coordination-body': {
        title: 'Koordinační orgán obce',
        description:
          'Zřídit při obci orgán, v němž odbory úřadu, veřejné instituce a občanská společnost projednávají opatření pro začleňování a zapojují dotčenou komunitu do tvorby politik. Před jeho založením partneři v Koperu (Slovinsko) zmapovali všechny služby a programy dostupné v místě, posoudili potřeby a vypracovali strategický dokument; orgán byl zřízen v roce 2021. Orgán v Koperu se zabývá začleňováním migrantů; stejné uspořádání může sloužit jako koordinační orgán pro romské záležitosti.',
      },
      'inclusion-council': {
        title: 'Rada pro začleňování',
        description:
          'Poradní rada sdružuje místní instituce kolem překážky, kterou samy identifikovaly, například jazykových obtíží, na něž upozorňují školy. Ve Škofje Loce (Slovinsko) rada zajistila vyškolení zaměstnanců veřejných institucí v interkulturní mediaci a od roku 2021 tam působí dva mediátoři, převážně ve vzdělávání. Rada vychází z naléhavých potřeb a může přerůst v systematickou politiku začleňování; příklad pochází ze začleňování migrantů a stejně dobře se uplatní u romských komunit.',
      },
      'mediator-evaluation': {
        title: 'Standardy a hodnocení mediátorů',
        description:
          'Učinit z interkulturní mediace profesi: písemně vymezit roli mediátora, požadované kompetence a etická pravidla a v pevně stanovených intervalech hodnotit práci každého mediátora. Mezi hodnocené kompetence patří interkulturní komunikace, mediace a řešení konfliktů, znalost historie a kultury komunity, plánování a sebehodnocení a případová práce. Hodnocení dává institucím důvěru v mediátory a mediátorům cestu k uznání.',
      },
      'roma-coordinator': {
        title: 'Koordinátor pro romské záležitosti',
        description:
          'Zřídit na obecním úřadě stálé místo koordinátora pro romské záležitosti, nejlépe obsazené romským odborníkem, s písemnou náplní práce a místem v organizační struktuře. Koordinátor je kontaktní osobou pro komunitu, připravuje a sleduje akční plán a dbá na to, aby jeho opatření byla zahrnuta do ročního rozpočtu. Srbské obce tuto pozici široce využívají.',
      },
      'mobile-team': {
        title: 'Mobilní tým pro začleňování',
        description:
          'Sestavit tým, který se pravidelně schází a společně navštěvuje lokality: koordinátor pro romské záležitosti, asistent pedagoga, zdravotní mediátor a pracovníci centra sociální práce a služeb zaměstnanosti. Tým řeší problémy přesahující hranice jednotlivých služeb, například rodinu bez dokladů, jejíž děti nechodí do školy. Tým zřídit usnesením obce, které určí jeho členy a četnost jednání.',
      },
      'health-mediators': {
        title: 'Romští zdravotní mediátoři',
        description:
          'Zaměstnat zdravotní mediátory z romské komunity, přidělené k místnímu zdravotnímu středisku. Navštěvují rodiny a podporují očkování, péči před porodem a po něm a registraci u praktického lékaře, pomáhají lidem získat zdravotní pojištění a v případě potřeby je doprovázejí ke službám. Zajistit jim smlouvu se zdravotním střediskem a pravidelnou supervizi.',
      },
      'pedagogical-assistants': {
        title: 'Asistenti pedagoga',
        description:
          'Umístit asistenty pedagoga, nejlépe hovořící romsky, do mateřských a základních škol, které navštěvují romské děti, aby podporovali žáky ve výuce, spolupracovali s učiteli a udržovali kontakt s rodiči. Pomáhají také se zápisem a se zajištěním dopravy, bezplatných učebnic a školních potřeb. V Srbsku je tato role součástí běžného vzdělávacího systému.',
      },
      'preschool-enrolment': {
        title: 'Předškolní vzdělávání pro každé romské dítě',
        description:
          'Usilovat o to, aby každé romské dítě chodilo do mateřské školy, alespoň v povinném roce a ideálně déle, prostřednictvím prominutí úplaty, zajištění dopravy a návštěv v rodinách, při nichž se vysvětlí, jak dítě zapsat. Děti zařazovat do smíšených tříd v běžných mateřských školách, nikdy ne do tříd pouze pro romské děti. Sledovat zápis a docházku ve vztahu k počtu dětí předškolního věku v každé lokalitě.',
      },
      'civil-registration-drive': {
        title: 'Kampaň za zápis do matriky a vydání dokladů',
        description:
          'Zmapovat lidi bez dokladů, jako je rodný list, občanský průkaz nebo evidovaná adresa pobytu, a poté nabídnout bezplatnou právní pomoc a prominout správní poplatky. Pořádat výjezdní úřední dny matriky přímo v lokalitě a pomáhat s dodatečným (opožděným) zápisem narození, aby se lidé mohli zapsat do školy, získat zdravotní pojištění a pobírat dávky. Dohodnout se s porodnicí, aby každé novorozené dítě bylo zapsáno do matriky před propuštěním z nemocnice.',
      },
      'settlement-legalisation': {
        title: 'Legalizace osídlení a infrastruktura',
        description:
          'Přijmout nebo změnit územní plán tak, aby zahrnoval neformální osídlení, vyjasnit vlastnictví pozemků a pomoci domácnostem podat žádosti o legalizaci staveb. Jakmile je právní stav vyřešen, postupně zahrnout do rozpočtu vodovod, kanalizaci, elektřinu a zpevněné příjezdové cesty. Tam, kde legalizace není možná, naplánovat po dohodě s obyvateli důstojné desegregované bydlení jinde.',
      },
      'roma-responsive-budgeting': {
        title: 'Rozpočtování citlivé k potřebám Romů',
        description:
          'Označit každou položku obecního rozpočtu jako přímo spjatou, nepřímo spjatou, nebo nespjatou se začleňováním Romů a poté sledovat, kolik se z každé položky během roku skutečně vyčerpá. Z toho je patrné, zda je akční plán finančně krytý a jakou část hradí obec sama. Údaje předkládat zastupitelstvu spolu se zprávou o plnění plánu.',
      },
      'romani-language-culture': {
        title: 'Romský jazyk a kultura',
        description:
          'Nabízet výuku romštiny a začlenit do výuky v místních školách romské dějiny včetně genocidy Romů za druhé světové války. Podporovat romská kulturní centra, spolky a média v romštině a připomínat Mezinárodní den Romů 8. dubna veřejnými akcemi. Romská kultura tak získá viditelné místo v místním veřejném životě a oslabují se předsudky většinové společnosti.',
      },
      'public-works-employment': {
        title: 'Veřejně prospěšné práce a zaměstnávání obcí',
        description:
          'Zajistit romským uchazečům o zaměstnání spravedlivý přístup k programům veřejně prospěšných prací a k pracovním místům v obci a jejích společnostech, s transparentním náborem a aktivním oslovováním v lokalitách. Doplnit malé granty a poradenství pro lidi, kteří zahajují vlastní podnikání, a podporovat sociální podniky zaměstnávající místní obyvatele. Propojit veřejně prospěšné práce se vzděláváním, aby účastníci přešli do běžného zaměstnání.',
      },
    },
  },
  /** Labels of the rendered action plan (Markdown and PDF). */
  document: {
    // ---- What the document is (PDF metadata, cover) ----
    documentSubject: 'Místní akční plán pro začleňování Romů',
    coverMunicipality: 'Obec',
    coverCity: 'Město',
    coverTown: 'Město',
    coverPeriod: 'Období',
    coverStatus: 'Stav',
    coverVersion: 'Verze',
    coverAdoptedBy: 'Schvalující orgán',
    coverDecision: 'Usnesení',
    coverAdoptionDate: 'Datum schválení',
    coverDate: 'Datum dokumentu',

    // ---- Where the plan stands (plan.status) ----
    statusDraft: 'Návrh',
    statusConsultation: 'Návrh k veřejnému připomínkování',
    statusAdopted: 'Schváleno',

    // ---- Chapter and section titles, in document order ----
    chapterContents: 'Obsah',
    chapterIntroduction: 'Úvod a strategický rámec',
    chapterMethod: 'Postup zpracování a participace',
    chapterMunicipality: 'Obec a lokality obývané Romy',
    chapterGoals: 'Cíle veřejné politiky',
    chapterBudget: 'Souhrn rozpočtu',
    chapterNotCovered: 'Oblasti, které plán nepokrývá, a proč',
    sectionBudgetByArea: 'Rozpočet podle prioritních oblastí',
    sectionBudgetByYear: 'Rozpočet podle let',
    sectionBudgetBySource: 'Rozpočet podle zdrojů financování',
    chapterCoverage: 'Pokrytí cílů veřejné politiky',
    chapterTimeline: 'Harmonogram',
    chapterImplementation: 'Zajištění realizace',
    chapterMonitoring: 'Monitorování a hodnocení',
    chapterAnnexes: 'Přílohy',
    annexIndicators: 'Příloha 1. Indikátory',
    annexParticipation: 'Příloha 2. Záznam o participaci',
    annexDecision: 'Příloha 3. Usnesení o schválení plánu',
    annexReview: 'Příloha 4. Poznámky pro posuzovatele',

    // ---- Introduction ----
    introSummary:
      'Tento plán stanoví, jak bude obec {municipality} v období {period} prosazovat rovnost, začlenění a participaci svých romských obyvatel. Pokrývá sedm místních prioritních oblastí začleňování Romů a ukazuje, kterým z deseti cílů menšinové politiky jednotlivá opatření slouží.',
    introVision: 'Vize',
    introPolicyBasis: 'Strategický rámec',
    introEuFramework: 'Příspěvek ke strategickému rámci EU pro Romy 2020–2030',
    introEuFrameworkText:
      'Opatření tohoto plánu slouží těmto cílům strategického rámce EU pro rovnost, začlenění a participaci Romů na období 2020–2030:',

    // ---- Method and participation ----
    methodIntro:
      'Plán byl připraven společně s romskou komunitou. Konzultace uskutečněné během jeho zpracování jsou popsány níže; příloha 2 uvádí jejich údaje v jedné tabulce.',
    methodIntroUnrecorded:
      'Konzultace uskutečněné během jeho zpracování jsou popsány níže; příloha 2 uvádí jejich údaje v jedné tabulce.',
    methodConsultations: 'Uskutečněné konzultace',
    methodParticipants: 'Účastníci celkem',
    methodRomaParticipants: 'Romští účastníci',
    methodWomenParticipants: 'Ženy mezi účastníky',
    formatRoundTable: 'Kulatý stůl',
    formatCommunityMeeting: 'Komunitní setkání',
    formatWorkingGroup: 'Pracovní skupina',
    formatSurvey: 'Dotazníkové šetření',
    formatPublicHearing: 'Veřejné projednání',
    formatOther: 'Jiná konzultace',

    // ---- The municipality ----
    municipalityCountry: 'Stát',
    municipalityRegion: 'Kraj',
    populationTotal: 'Počet obyvatel',
    populationRoma: 'Počet Romů (odhad)',
    populationRomaShare: 'Podíl Romů na počtu obyvatel',
    populationRomaSource: 'Zdroj odhadu',
    settlements: 'Čtvrti a lokality obývané Romy',
    noSettlements: 'Plán neuvádí žádné čtvrti ani lokality.',
    legalFormal: 'Formální',
    legalInformal: 'Neformální',
    legalPartlyFormal: 'Částečně formální',
    serviceWater: 'Voda',
    serviceElectricity: 'Elektřina',
    serviceSewage: 'Kanalizace',
    serviceRoad: 'Příjezdová cesta',
    levelFull: 'v plném rozsahu',
    levelPartial: 'částečně',
    levelNone: 'chybí',

    // ---- Policy goals ----
    goalsIntro:
      'Prioritní oblasti určují, kde obec jedná; deset cílů menšinové politiky určuje, k čemu. Tabulka uvádí prioritu, kterou obec jednotlivým cílům přikládá, a opatření, která jim slouží.',
    goalsStatements: 'Jak obec cíle naplňuje',
    goalNotAddressed: 'Neřešeno',
    priorityHigh: 'Vysoká',
    priorityMedium: 'Střední',
    priorityLow: 'Nízká',

    // ---- A priority area chapter ----
    areaNotApplicable: 'Tato prioritní oblast se v obci neuplatňuje.',
    areaReason: 'Zdůvodnění',
    areaSituation: 'Výchozí situace',
    areaData: 'Údaje',
    areaNeeds: 'Potřeby seřazené komunitou od nejnaléhavější',
    areaEuObjectives: 'Cíle rámce EU, k nimž oblast přispívá',
    areaTotal: 'Náklady na opatření v této oblasti',
    measureDetails: 'Opatření',
    measureGoals: 'Cíle veřejné politiky',
    measureEuObjectives: 'Cíle rámce EU',
    measurePractice: 'Využitá dobrá praxe',
    measureBeneficiaries: 'Příjemci',
    beneficiariesTotal: 'Příjemci celkem',
    beneficiariesRomaWomen: 'Romské ženy a dívky',
    beneficiariesRomaMen: 'Romští muži a chlapci',
    measureRisks: 'Rizika a jejich řízení',
    indicatorVerifiedBy: 'zdroj ověření:',

    // ---- Table column headings ----
    colNumber: 'Č.',
    colMeasure: 'Opatření',
    colLead: 'Odpovědná instituce',
    colPartners: 'Partneři',
    colLeadPartners: 'Odpovědná instituce a partneři',
    colPeriod: 'Období',
    colCost: 'Náklady a financování',
    colIndicators: 'Indikátory: výchozí hodnota → cílová hodnota',
    colIndicator: 'Indikátor',
    colValue: 'Hodnota',
    colYear: 'Rok',
    colSource: 'Zdroj',
    colGoal: 'Cíl veřejné politiky',
    colPriority: 'Priorita',
    colMeasures: 'Opatření',
    colArea: 'Prioritní oblast',
    colTotal: 'Celkem',
    colShare: 'Podíl',
    colFundingSource: 'Zdroj financování',
    colStart: 'Zahájení',
    colEnd: 'Ukončení',
    colObjective: 'Specifický cíl',
    colSettlement: 'Čtvrť nebo lokalita',
    colHouseholds: 'Domácnosti',
    colResidents: 'Obyvatelé',
    colLegalStatus: 'Právní stav',
    colServices: 'Základní služby',
    colMediatorField: 'Oblast',
    colMediatorCount: 'Mediátoři',
    colUnit: 'Jednotka',
    colBaseline: 'Výchozí hodnota',
    colTarget: 'Cílová hodnota',
    colVerification: 'Zdroj ověření',
    colDisaggregation: 'Členění',
    colDate: 'Datum',
    colFormat: 'Forma',
    colParticipants: 'Účastníci',
    colRoma: 'Romové',
    colWomen: 'Ženy',
    colPath: 'Místo v plánu',
    colNote: 'Poznámka',
    rowTotal: 'Celkem',
    none: '–',

    // ---- Budget ----
    budgetTotal: 'Celkové náklady plánu',
    budgetMunicipal: 'Z rozpočtu obce',
    budgetMunicipalShare: 'Podíl obce',
    budgetSpreadNote: 'Náklady každého opatření jsou rozděleny mezi roky jeho trvání v poměru k počtu jeho čtvrtletí v jednotlivých letech, v celých jednotkách; zbytek po zaokrouhlení připadá na jeho poslední rok.',
    sourceMunicipal: 'Rozpočet obce',
    sourceNational: 'Státní rozpočet',
    sourceEu: 'Fondy EU',
    sourceDonor: 'Dárci',
    sourcePrivate: 'Soukromý sektor',
    sourceOther: 'Jiné zdroje',

    // ---- Coverage matrix ----
    coverageIntro:
      'Matice uvádí pro každou prioritní oblast počet opatření, která slouží jednotlivým cílům veřejné politiky. Sloupce odpovídají číslům cílů uvedených pod maticí.',
    coverageNotApplicable: 'nerel.',
    coverageLegend: 'Cíle veřejné politiky',
    coverageGaps: 'Cíle veřejné politiky, kterým neslouží žádné opatření',
    coverageNoGaps: 'Každému cíli veřejné politiky slouží alespoň jedno opatření.',

    // ---- Timeline ----
    timelineIntro: 'Kdy jednotlivá opatření probíhají. Čtvrtletí jsou kalendářní.',
    quarter: '{quarter}. čtvrtletí {year}',
    range: '{from} – {to}',

    // ---- Implementation ----
    implementationIntro:
      'Kdo plán koordinuje a realizuje. Každé opatření má navíc odpovědnou instituci, uvedenou v akčních maticích.',
    coordinator: 'Koordinátor pro romské záležitosti',
    coordinatorUnit: 'Zařazení',
    coordinationBody: 'Koordinační orgán',
    coordinationMembers: 'Členové',
    communityActionGroup: 'Komunitní akční skupina',
    cagMembers: 'Členové',
    cagWomen: 'Z toho ženy',
    cagEstablished: 'Datum založení',
    mediators: 'Mediátoři',
    noMediators: 'Plán neuvádí žádné mediátory.',
    mediatorEducation: 'Vzdělávání',
    mediatorHealth: 'Zdravotnictví',
    mediatorCommunity: 'Komunita',
    mediatorEmployment: 'Zaměstnanost',

    // ---- Monitoring and evaluation ----
    monitoringBody: 'Monitorovací orgán',
    monitoringFrequency: 'Zprávy o plnění',
    monitoringReportTo: 'Adresát zpráv',
    monitoringMidTerm: 'Průběžné hodnocení',
    monitoringFinal: 'Závěrečné hodnocení',
    monitoringCommunityRole: 'Role komunity při monitorování',
    monitoringIndicators: 'Příloha 1 uvádí indikátory všech opatření s výchozími a cílovými hodnotami a zdroji ověření.',
    frequencyQuarterly: 'čtvrtletně',
    frequencySemiAnnual: 'pololetně',
    frequencyAnnual: 'ročně',

    // ---- Annexes ----
    disaggregationSex: 'pohlaví',
    disaggregationAge: 'věk',
    disaggregationSettlement: 'lokalita',
    reviewIntro:
      'Automatická kontrola plánu zjistila následující body. Schválení nebrání, ale posuzovatelé je sledují.',

    // ---- The decision adopting the plan (Annex 3) ----
    decisionPlaceDate: '{municipality}, {date}',
    decisionDateBlank: '……………………',
  },
  /** Labels only the PDF needs (running header and footer, chart legends). */
  pdf: {
    pageOf: 'Strana {page} z {pages}',
    contents: 'Obsah',
    ganttTitle: 'Opatření v průběhu období plánu podle oblastí',
    quarter: 'Q{quarter}',
    budgetChartTitle: 'Rozpočet podle oblastí a zdrojů financování',
    legend: 'Zdroje financování:',
    figure: 'Graf {number}: {title}',
  },
  /** Words of the council decision that adopts the plan (kept in decision-cs.ts). */
  decision: decisionCs,
  /** Questions of the wizard's legal-basis step (kept in wizard-legal-cs.ts). */
  wizardLegal: wizardLegalCs,
  /** Labels of the annual report (kept in follow-up-cs.ts). */
  followUp: followUpCs,
  content: contentCs,
  review: reviewCs,
  /** Questions, choices and messages of `roma-plan init` (kept in wizard-cs.ts). */
  wizard: wizardCs,
  wizardHelp: wizardHelpCs,
};
