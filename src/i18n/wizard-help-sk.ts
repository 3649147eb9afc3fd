import type { WizardHelp } from './wizard-help-en.js';

/**
 * Slovak help of the wizard (same keys as wizard-help-en.ts), in the words of wizard-sk.ts and
 * glossary/sk.md, addressing the user formally (vykanie).
 */
export const wizardHelpSk: WizardHelp = {
  keysLine: 'Esc: o otázku späť · F1 alebo ?: pomocník',
  keysLineLong: 'Esc: o otázku späť · F1 alebo ?: pomocník · Ctrl+E: napísať text vo vašom editore',
  atFirst: 'Toto je prvá otázka tohto spustenia sprievodcu: niet sa kam vrátiť.',
  wentBack: 'O otázku späť. Navrhuje sa predchádzajúca odpoveď; klávesom Enter ju ponecháte.',
  title: 'Pomocník',
  editorFailed: 'Váš editor sa nepodarilo otvoriť ({reason}). Napíšte odpoveď radšej do jedného riadka.',
  general:
    'Napíšte odpoveď a stlačte Enter. Ak odpoveď zatiaľ nepoznáte, nechajte nepovinnú otázku prázdnu: doplniť ju môžete neskôr príkazom `roma-plan edit`. Klávesom Esc sa vrátite o otázku späť; klávesmi Ctrl+C sprievodcu ukončíte a doterajšie odpovede sa uložia.',
  fields: {
    language:
      'Jazyk, v ktorom je plán napísaný. V tomto jazyku sa vytlačí akčný plán, ktorý schvaľuje obecné zastupiteľstvo; sprievodca potom v tomto jazyku kladie aj svoje otázky.',
    'municipality.name': 'Úradný názov obce alebo mesta, ako ho uvádzajú uznesenia zastupiteľstva. Príklad: Spišská Nová Ves.',
    'municipality.country': 'Štát, v ktorom obec leží. Určuje podobu uznesenia zastupiteľstva a menu. Na vyhľadávanie napíšte niekoľko písmen.',
    'municipality.region': 'Kraj, okres alebo región, do ktorého obec patrí, pod jeho úradným názvom. Nepovinné.',
    'municipality:more':
      'Odpovedzte áno, ak chcete doplniť počet obyvateľov a štvrte alebo osídlenia, kde žijú Rómovia. Posudzovatelia tieto údaje očakávajú; doplniť ich môžete aj neskôr.',
    'municipality.population.total':
      'Koľko ľudí v obci žije. Vychádzajte z posledného sčítania obyvateľov alebo z registra obyvateľov a použite ten istý rok ako pri ostatných údajoch.',
    'municipality.population.roma':
      'Koľko Rómov v obci žije. Sčítanie zachytí len tých, ktorí sami uvedú, že sú Rómovia, preto mnohé plány uvádzajú aj odhad koordinátora pre rómske záležitosti, mediátorov alebo mimovládnych organizácií; v ďalšej otázke uveďte, ktorý údaj používate.',
    'municipality.population.romaSource': 'Odkiaľ počet Rómov pochádza, aj s rokom. Príklad: sčítanie obyvateľov 2021; odhad koordinátora pre rómske záležitosti, 2025.',
    'municipality.settlements:add':
      'Štvrť alebo osídlenie, kde žije veľa rómskych rodín. Jeho potreby (voda, cesta, právny stav) určujú opatrenia plánu v oblasti životných podmienok.',
    'settlements.name': 'Názov, ktorý ľudia pre štvrť alebo osídlenie používajú. Príklad: sídlisko Juh.',
    'settlements.population': 'Koľko ľudí tam žije. Stačí odhad mediátorov alebo sociálnych služieb; v pláne to uveďte.',
    'settlements.households': 'Koľko domácností (rodín, ktoré zdieľajú jedno obydlie) tam žije.',
    'settlements.legalStatus':
      'Či sú pozemky a domy zapísané v katastri a stavby povolené: formálny, neformálny alebo čiastočne formálny stav. Vie to katastrálny odbor alebo útvar územného plánovania obecného úradu.',
    'services.water': 'Či majú domácnosti tečúcu vodu: všetky, niektoré alebo žiadne. Opýtajte sa vodárenskej spoločnosti alebo mediátorov.',
    'services.sewage': 'Či sú domy napojené na kanalizáciu.',
    'services.electricity': 'Či majú domy riadnu (legálnu) elektrickú prípojku.',
    'services.road': 'Či sa do osídlenia dá po celý rok dostať po spevnenej ceste.',
    'plan.status': 'V akom stave plán je: návrh, alebo plán schválený zastupiteľstvom. Kým zastupiteľstvo nehlasovalo, zvoľte návrh.',
    'plan.period.from': 'Prvý rok, na ktorý sa plán vzťahuje. Väčšina plánov pokrýva štyri alebo päť rokov. Príklad: 2026.',
    'plan.period.to': 'Posledný rok, na ktorý sa plán vzťahuje. Príklad: 2030 pri pláne od roku 2026.',
    'plan:more': 'Odpovedzte áno, ak chcete doplniť číslo verzie, víziu a stratégie, ktoré plán napĺňa. Všetko je nepovinné.',
    'plan.version': 'Číslo alebo označenie verzie tohto textu, aby všetci vedeli, ktorý návrh čítajú. Príklad: 1.0 alebo „návrh na pripomienkovanie“.',
    'plan.vision': 'Jedna alebo dve vety o tom, kde chce byť obec na konci plánu. Príklad: „Do roku 2030 chodí každé rómske dieťa v obci do materskej školy.“',
    'plan.policyBasis': 'Národné alebo krajské stratégie, ktoré plán pomáha napĺňať, oddelené bodkočiarkou. Príklad: národná stratégia začleňovania Rómov.',
    'plan.legalBasis:accept':
      'Predpisy, na základe ktorých zastupiteľstvo plán schvaľuje. Sprievodca navrhne, čo je pre váš štát známe, aj so zdrojom; skôr ako plán pôjde do zastupiteľstva, overte to s právnym oddelením obecného úradu.',
    'governance.coordinator.unit': 'Odbor alebo oddelenie, kde koordinátor pre rómske záležitosti pracuje. Príklad: odbor sociálnych vecí.',
    'governance.coordinationBody:add':
      'Pracovná skupina alebo komisia, ktorá plán riadi: útvary obecného úradu, školy, zdravotnícke zariadenie, zástupcovia Rómov. Väčšina plánov ju má.',
    'coordinationBody.name': 'Názov pracovnej skupiny, ako ho uvádza uznesenie zastupiteľstva. Príklad: Miestna pracovná skupina pre začleňovanie Rómov.',
    'coordinationBody.members':
      'Inštitúcie a skupiny, ktoré v nej zasadajú, oddelené bodkočiarkou. Príklad: centrum sociálnych služieb; základná škola; rómska mimovládna organizácia.',
    'governance.communityActionGroup:add':
      'Skupina rómskych obyvateľov, ktorí sa podieľajú na plánovaní a monitorovaní. Ak bola pre tento plán založená, odpovedzte áno a uveďte počet jej členov.',
    'communityActionGroup.established': 'Dátum založenia skupiny. Napíšte ho tak, ako dátum zvyčajne píšete.',
    'communityActionGroup.members': 'Koľko ľudí do skupiny patrí.',
    'communityActionGroup.women': 'Koľko z nich sú ženy. Posudzovatelia kontrolujú, či sa ženy zapájajú.',
    'governance.mediators':
      'Oblasti, v ktorých s komunitou pracujú mediátori (zdravotní a školskí mediátori alebo mediátori zamestnanosti). Ak žiadni nie sú, neoznačujte nič; medzerníkom označíte, klávesom Enter potvrdíte.',
    'mediators.count': 'Koľko mediátorov v tejto oblasti pracuje.',
    'participation:add':
      'Konzultácie s rómskymi obyvateľmi uskutočnené počas prípravy plánu: stretnutia, workshopy, dotazníkové prieskumy. Posudzovatelia požadujú aspoň jednu.',
    'participation.date': 'Deň konzultácie. Napíšte ho tak, ako dátum zvyčajne píšete.',
    'participation.format': 'Akú formu konzultácia mala: verejné stretnutie, workshop, dotazníkový prieskum a podobne.',
    'participants.total': 'Koľko ľudí sa zúčastnilo. Počet uvádza prezenčná listina.',
    'participants.roma': 'Koľko z nich boli Rómovia.',
    'participants.women': 'Koľko z nich boli ženy.',
    'participation.summary': 'Čo ľudia povedali a čo sa vďaka tomu v pláne zmenilo, v jednej alebo dvoch vetách.',
    'participation:more': 'Odpovedzte áno, ak chcete doplniť počty účastníkov a zhrnutie toho, čo odznelo.',
    goals:
      'Desať cieľov verejnej politiky týkajúcich sa menšín hovorí, na čo slúžia opatrenia plánu. Označte tie, ktorým obec dáva prednosť; pri každom opatrení potom uvediete, ktorým cieľom slúži. Riadok pod zoznamom vysvetľuje zvýraznený cieľ jednoduchými slovami.',
    'goals.priority': 'Aký dôležitý je tento cieľ pre obec v tomto pláne: vysoká, stredná alebo nízka priorita.',
    'goals.statement': 'Jedna veta o tom, čo tento cieľ znamená vo vašej obci. Príklad: „Rómski obyvatelia spolurozhodujú o tom, ako sa využíva sociálny rozpočet.“',
    'goals:statements':
      'Odpovedzte áno, ak chcete pri každom zvolenom cieli napísať jednu vetu o tom, čo znamená v miestnych podmienkach. Nepovinné, ale posudzovatelia to čítajú.',
    'areas:scope':
      'Sedem miestnych prioritných oblastí, v ktorých bude obec konať. Označte tie, ktoré plán pokrýva; pri ostatných uvediete jedno zdôvodnenie (napríklad, že danú službu zabezpečuje kraj).',
    'areas.reason': 'Prečo plán v tejto oblasti nekoná. Príklad: „Krajský plán na roky 2026 – 2030 pokrýva zdravie pre všetky obce.“',
    'areas.situation':
      'Dnešná situácia v tejto oblasti v niekoľkých vetách: východiskový stav, ktorý chce plán zmeniť. Kde ich máte, použite údaje školy, zdravotníckeho zariadenia alebo úradu práce.',
    'areas:more':
      'Odpovedzte áno, ak chcete doplniť údaje, ktoré situáciu dokladajú, a potreby zoradené komunitou. Posudzovatelia ich očakávajú; doplniť ich môžete aj neskôr.',
    'areas.data:add': 'Údaj, ktorý situáciu dokladá, so zdrojom a rokom. Príklad: dochádzka rómskych detí do materskej školy, 45 %, školská evidencia, 2025.',
    'data.indicator': 'Čo údaj meria. Príklad: rómske deti zapísané do materskej školy.',
    'data.value': 'Samotná hodnota, s mernou jednotkou, ak ju má. Príklad: 45 %.',
    'data.year': 'Rok, ku ktorému sa údaj vzťahuje.',
    'data.source': 'Odkiaľ údaj pochádza. Príklad: evidencia zápisu do materskej školy.',
    'areas.needs': 'Potreby, ktoré komunita uviedla na konzultáciách, od najdôležitejšej, oddelené bodkočiarkou.',
    'objectives.title': 'Čo chce obec v tejto oblasti do konca plánu dosiahnuť, v jednej vete. Príklad: „Do materskej školy chodí viac rómskych detí.“',
    'measures.practice':
      'Opatrenie je konkrétna činnosť. Môžete vychádzať z dobrej praxe, ktorú použili iné obce (jej text sa navrhne a môžete ho upraviť), alebo napísať vlastné opatrenie.',
    'measures.title': 'Krátky názov činnosti. Príklad: Bezplatné miesta v materskej škole a doprava.',
    'measures.description': 'Čo sa urobí, kto to urobí a pre koho, v niekoľkých vetách. Klávesmi Ctrl+E otvoríte na dlhší text svoj editor.',
    'measures.lead': 'Inštitúcia, ktorá za vykonanie opatrenia zodpovedá. Príklad: centrum sociálnych služieb mesta.',
    'measures.partners': 'Ďalšie inštitúcie a skupiny, ktoré pomáhajú, oddelené bodkočiarkou. Príklad: základná škola; rómska mimovládna organizácia.',
    'measures:when':
      'Kedy opatrenie začína a končí: dva roky alebo dva štvrťroky, napr. 2026 – 2028 alebo 2026-Q3 – 2027-Q2. Jediný rok znamená, že opatrenie v tom roku začína aj končí.',
    'measures:details':
      'Odpovedzte áno, ak chcete doplniť partnerov, riziká, ciele, ktorým opatrenie slúži, a spôsob, ako sa meria pokrok. Doplniť ich môžete aj neskôr.',
    'measures.goals':
      'Ciele verejnej politiky, ktorým toto opatrenie slúži. Medzerníkom označíte, klávesom Enter potvrdíte. Z nich sa zostavuje tabuľka pokrytia v pláne.',
    'measures.risks': 'Čo by mohlo opatrenie zastaviť a čo s tým obec urobí. Príklad: „Rodiny nemôžu platiť dopravu; obec zaplatí autobus.“',
    'cost.total':
      'Náklady opatrenia za celé obdobie v mene plánu. Píšte číslice; medzery alebo bodky medzi tisícami nevadia. 0, ak opatrenie nič navyše nestojí.',
    'cost.sources:add': 'Odkiaľ peniaze pochádzajú. Sumy všetkých zdrojov spolu by mali dať celkové náklady.',
    'sources.type': 'Druh zdroja: rozpočet obce, štátny rozpočet, fondy EÚ, darcovia a podobne.',
    'sources.name': 'Názov zdroja alebo programu. Príklad: Program Slovensko 2021 – 2027.',
    'sources.amount': 'Koľko tento zdroj platí, v mene plánu.',
    'indicators.name': 'Čo sa bude počítať, aby bolo vidieť pokrok. Príklad: rómske deti zapísané do materskej školy.',
    'indicators.unit': 'Čo číslo počíta. Príklad: deti, %, domácnosti.',
    'indicators.baseline': 'Dnešná hodnota, pred začiatkom opatrenia. Vezmite ju z toho istého zdroja, z ktorého sa bude zisťovať cieľová hodnota.',
    'indicators.target': 'Hodnota, ktorú má opatrenie do svojho konca dosiahnuť.',
    'indicators.direction':
      'Odpovedzte áno, ak je lepšia nižšia hodnota (predčasné ukončenie školskej dochádzky), nie, ak je lepšia vyššia hodnota (dochádzka).',
    'indicators.verification': 'Kde sa hodnota zistí. Príklad: evidencia zápisu do materskej školy; zápisnice zo zasadnutí pracovnej skupiny.',
    'indicators.disaggregation':
      'Sledujte hodnotu osobitne podľa pohlavia, veku alebo osídlenia, aby plán ukázal, či ženy, deti alebo niektoré osídlenie nezaostávajú.',
    'measures:next': 'Čo ďalej: pridať ďalší ukazovateľ, ďalšie opatrenie, ďalší cieľ, alebo pokračovať ďalšou oblasťou.',
    'monitoring.body': 'Kto sleduje, ako plnenie plánu napreduje, a píše ročnú správu. Príklad: pracovná skupina pre začleňovanie Rómov.',
    'monitoring.frequency': 'Ako často sa podávajú správy o plnení: zvyčajne raz ročne.',
    'monitoring.reportTo': 'Kto správy dostáva. Príklad: obecné zastupiteľstvo.',
    'monitoring.communityRole': 'Ako sa rómski obyvatelia podieľajú na monitorovaní. Príklad: komunitná akčná skupina prerokuje ročnú správu.',
    'monitoring.midTermReview': 'Rok priebežného hodnotenia, keď sa plán preverí a prípadne zmení. Navrhuje sa polovica obdobia.',
    'monitoring.finalEvaluation': 'Rok záverečného hodnotenia plánu. Navrhuje sa posledný rok obdobia.',
    'monitoring.publication': 'Kde sa ročné správy zverejňujú, aby si ich obyvatelia mohli prečítať. Príklad: webové sídlo obce a úradná tabuľa.',
    'monitoring.budget': 'Peniaze vyčlenené na monitorovanie a hodnotenie, v mene plánu. Nepovinné.',
    'monitoring.evaluationMethod': 'Ako sa plán na konci vyhodnotí. Príklad: externé hodnotenie s rozhovormi v osídleniach.',
    'monitoring.revision': 'Ako sa plán v prípade potreby mení. Príklad: zastupiteľstvo ho zmení po priebežnom hodnotení.',
    'monitoring.nationalReporting': 'Ako obec podáva správy národnému kontaktnému bodu pre Rómov, ak to štát požaduje.',
    'plan.legalBasis':
      'Predpisy a ich ustanovenia, na základe ktorých zastupiteľstvo plán schvaľuje, oddelené bodkočiarkou. Pozná ich právne oddelenie obecného úradu.',
    'decision.responsible': 'Kto zodpovedá za splnenie uznesenia. Príklad: starosta.',
    'decision.deadline': 'Dokedy sa má uznesenie splniť. Príklad: ihneď, alebo dátum.',
    'decision.gazette': 'Kde sa uznesenie úradne zverejňuje. Príklad: úradný vestník obce.',
    'decision.signatory': 'Funkcia toho, kto uznesenie podpisuje. Príklad: predsedajúci zasadnutia obecného zastupiteľstva.',
    'plan.sustainability': 'Ako výsledky pretrvajú po skončení plánu: kto potom bude služby platiť a ktorí pracovníci zostanú.',
    crossCutting:
      'Záväzky, ktoré platia pre každé opatrenie: rovnosť žien a mužov, deti a mládež, boj proti diskriminácii, desegregácia. Označte tie, ktoré plán prijíma.',
    'crossCutting.statement': 'Jedna veta o tom, ako plán tento záväzok dodržiava. Príklad: „Každé opatrenie vykazuje svoje údaje osobitne za ženy a za mužov.“',
    'risks.risk': 'Niečo, čo by mohlo zastaviť plán ako celok. Príklad: peniaze z národného programu prídu neskoro.',
    'risks.likelihood': 'Aké pravdepodobné riziko je: nízka, stredná alebo vysoká pravdepodobnosť.',
    'risks.impact': 'Ako vážne by plánu uškodilo: nízka, stredná alebo vysoká závažnosť.',
    'risks.mitigation': 'Čo obec urobí, aby riziku predišla alebo škodu obmedzila.',
    'risks.owner': 'Kto riziko sleduje a koná. Príklad: koordinátor pre rómske záležitosti.',
    'measures.crossCutting': 'Záväzky, ktorým toto opatrenie slúži. Medzerníkom označíte, klávesom Enter potvrdíte.',
    'measures.sustainability': 'Ako výsledky tohto opatrenia pretrvajú, keď sa skončí jeho financovanie.',
    'sources.status': 'Či sú peniaze zabezpečené (rozhodnuté), prisľúbené, alebo ich ešte treba získať.',
    'indicators.baselineYear': 'Rok, ku ktorému sa východisková hodnota vzťahuje.',
    'indicators.targetYear': 'Rok, do ktorého sa má cieľová hodnota dosiahnuť. Navrhuje sa koniec opatrenia.',
    details:
      'Odpovedzte áno, ak chcete doplniť túto časť plánu. Posudzovatelia ju požadujú, ale je nepovinná; doplniť ju môžete aj neskôr príkazom `roma-plan edit`.',
    review:
      'Posledná obrazovka: plán v prehľade so všetkými problémami, ktoré kontroly našli. Zvoľte „Zmeniť jednu odpoveď“ a opravte jedinú odpoveď, alebo zvoľte časť a prejdite ju znova, alebo plán dokončite a uložte.',
    add: 'Odpovedzte áno, ak chcete pridať ďalšie, alebo nie, ak chcete pokračovať.',
    menu: 'Vyberte položku, ktorú chcete zmeniť, pridajte novú, alebo pokračujte.',
  },
  goals: {
    'conflict-prevention': 'Zabrániť tomu, aby napätie medzi Rómami a ostatnými obyvateľmi prerástlo do konfliktu, napr. mediáciou a včasným riešením sťažností.',
    'consensual-democracy': 'Prijímať miestne rozhodnutia po dohode medzi komunitami, aby rómski obyvatelia boli vypočutí skôr, ako zastupiteľstvo rozhodne.',
    'balancing-interests': 'Spravodlivo vážiť kultúrne, sociálne a politické záujmy väčšiny aj rómskej komunity pri miestnom rozhodovaní.',
    'checks-and-balances':
      'Politické strany a skupiny v zastupiteľstve spolupracujú a navzájom sa kontrolujú, aby žiadne rozhodnutie o začleňovaní Rómov nezáviselo len od jednej strany.',
    'cultural-autonomy': 'Právo na vlastnú kultúru: kultúrne inštitúcie, médiá a vzdelávanie v materinskom jazyku.',
    'service-provision': 'Získať dôveru rómskej komunity službami, ktoré v praxi fungujú: doklady, voda, miesta v školách.',
    'public-participation': 'Rómski obyvatelia sa aktívne zapájajú do miestneho verejného života: do konzultácií, zastupiteľstiev, komisií a volieb.',
    'needs-based-budgeting': 'Plánovať rozpočet obce podľa rovnakých pravidiel pre všetkých, na základe potrieb rómskej komunity.',
    'economic-activity': 'Podporovať prácu a podnikanie, ktoré prospievajú komunite: pracovné miesta, vzdelávanie, sociálne podniky.',
    security: 'Predchádzať extrémizmu, diskriminácii a vylúčeniu, odbúravať predsudky voči Rómom a udržiavať verejný poriadok.',
  },
  nextMenu: {
    indicator: 'Pridať k tomuto opatreniu ďalší ukazovateľ',
    measure: 'Pridať k tomuto cieľu ďalšie opatrenie',
    objective: 'Pridať v tejto oblasti ďalší cieľ',
  },
  review: {
    changeOne: 'Zmeniť jednu odpoveď',
    pickPart: 'Ktorú časť plánu?',
    pickField: 'Ktorú odpoveď chcete zmeniť?',
    nothingToPick: 'Táto časť nemá jednotlivé odpovede na zmenu; vyberte ju v ponuke a prejdite ju celú.',
  },
};
