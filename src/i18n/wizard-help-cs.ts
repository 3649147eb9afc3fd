import type { WizardHelp } from './wizard-help-en.js';

/**
 * Czech help of the wizard (same keys as wizard-help-en.ts), in the words of wizard-cs.ts and
 * glossary/cs.md, addressing the user formally (vykání).
 */
export const wizardHelpCs: WizardHelp = {
  keysLine: 'Esc: o otázku zpět · F1 nebo ?: nápověda',
  keysLineLong: 'Esc: o otázku zpět · F1 nebo ?: nápověda · Ctrl+E: napsat text ve vašem editoru',
  atFirst: 'Toto je první otázka tohoto spuštění průvodce: není se kam vrátit.',
  wentBack: 'O otázku zpět. Navrhuje se dřívější odpověď; klávesou Enter ji ponecháte.',
  title: 'Nápověda',
  editorFailed: 'Váš editor se nepodařilo otevřít ({reason}). Napište odpověď raději na jeden řádek.',
  general:
    'Napište odpověď a stiskněte Enter. Pokud odpověď zatím neznáte, nechte nepovinnou otázku prázdnou: doplnit ji můžete později příkazem `roma-plan edit`. Klávesou Esc se vrátíte o otázku zpět; klávesami Ctrl+C průvodce ukončíte a dosavadní odpovědi se uloží.',
  fields: {
    language:
      'Jazyk, ve kterém je plán napsán. V tomto jazyce se vytiskne akční plán, který schvaluje zastupitelstvo obce; průvodce pak v tomto jazyce klade i své otázky.',
    'municipality.name': 'Úřední název obce nebo města, jak ho uvádějí usnesení zastupitelstva. Příklad: Kolín.',
    'municipality.country': 'Stát, v němž obec leží. Určuje podobu usnesení zastupitelstva a měnu. Pro vyhledávání napište několik písmen.',
    'municipality.region': 'Kraj, okres nebo region, do něhož obec patří, pod jeho úředním názvem. Nepovinné.',
    'municipality:more':
      'Odpovězte ano, chcete-li doplnit počet obyvatel a čtvrti nebo lokality, kde žijí Romové. Posuzovatelé tyto údaje očekávají; doplnit je můžete i později.',
    'municipality.population.total': 'Kolik lidí v obci žije. Vyjděte z posledního sčítání lidu nebo z evidence obyvatel a použijte stejný rok jako u ostatních údajů.',
    'municipality.population.roma':
      'Kolik Romů v obci žije. Sčítání lidu zachytí jen ty, kdo sami uvedou, že jsou Romové, proto mnohé plány uvádějí také odhad koordinátora pro romské záležitosti, mediátorů nebo neziskových organizací; v další otázce uveďte, který údaj používáte.',
    'municipality.population.romaSource': 'Odkud počet Romů pochází, i s rokem. Příklad: sčítání lidu 2021; odhad koordinátora pro romské záležitosti, 2025.',
    'municipality.settlements:add': 'Čtvrť nebo lokalita, kde žije mnoho romských rodin. Její potřeby (voda, cesta, právní stav) určují opatření plánu v oblasti životních podmínek.',
    'settlements.name': 'Název, který lidé pro čtvrť nebo lokalitu používají. Příklad: sídliště Sever.',
    'settlements.population': 'Kolik lidí tam žije. Stačí odhad mediátorů nebo sociálních služeb; v plánu to uveďte.',
    'settlements.households': 'Kolik domácností (rodin, které sdílejí jedno obydlí) tam žije.',
    'settlements.legalStatus':
      'Zda jsou pozemky a domy zapsány v katastru a stavby povoleny: formální, neformální, nebo částečně formální stav. Ví to katastrální úřad nebo útvar územního plánování obecního úřadu.',
    'services.water': 'Zda mají domácnosti tekoucí vodu: všechny, některé, nebo žádné. Zeptejte se vodárenské společnosti nebo mediátorů.',
    'services.sewage': 'Zda jsou domy napojeny na kanalizaci.',
    'services.electricity': 'Zda mají domy řádnou (legální) přípojku elektřiny.',
    'services.road': 'Zda se do lokality dá po celý rok dojet po zpevněné cestě.',
    'plan.status': 'V jakém stavu plán je: návrh, nebo plán schválený zastupitelstvem. Dokud zastupitelstvo nehlasovalo, zvolte návrh.',
    'plan.period.from': 'První rok, na který se plán vztahuje. Většina plánů pokrývá čtyři nebo pět let. Příklad: 2026.',
    'plan.period.to': 'Poslední rok, na který se plán vztahuje. Příklad: 2030 u plánu od roku 2026.',
    'plan:more': 'Odpovězte ano, chcete-li doplnit číslo verze, vizi a strategie, které plán naplňuje. Vše je nepovinné.',
    'plan.version': 'Číslo nebo označení verze tohoto textu, aby všichni věděli, který návrh čtou. Příklad: 1.0 nebo „návrh k připomínkám“.',
    'plan.vision': 'Jedna nebo dvě věty o tom, kde chce obec být na konci plánu. Příklad: „Do roku 2030 chodí každé romské dítě v obci do mateřské školy.“',
    'plan.policyBasis': 'Národní nebo krajské strategie, k jejichž naplňování plán přispívá, oddělené středníkem. Příklad: národní strategie začleňování Romů.',
    'plan.legalBasis:accept':
      'Předpisy, na jejichž základě zastupitelstvo plán schvaluje. Průvodce navrhne, co je pro váš stát známo, i se zdrojem; než plán půjde do zastupitelstva, ověřte to s právním oddělením obecního úřadu.',
    'governance.coordinator.unit': 'Odbor nebo oddělení, kde koordinátor pro romské záležitosti pracuje. Příklad: odbor sociálních věcí.',
    'governance.coordinationBody:add':
      'Pracovní skupina nebo komise, která plán řídí: odbory obecního úřadu, školy, zdravotnické zařízení, zástupci Romů. Většina plánů ji má.',
    'coordinationBody.name': 'Název pracovní skupiny, jak ho uvádí usnesení zastupitelstva. Příklad: Místní pracovní skupina pro začleňování Romů.',
    'coordinationBody.members': 'Instituce a skupiny, které v ní zasedají, oddělené středníkem. Příklad: centrum sociálních služeb; základní škola; romská nezisková organizace.',
    'governance.communityActionGroup:add':
      'Skupina romských obyvatel, kteří se podílejí na plánování a monitorování. Pokud byla pro tento plán založena, odpovězte ano a uveďte počet jejích členů.',
    'communityActionGroup.established': 'Datum založení skupiny. Napište ho tak, jak datum obvykle píšete.',
    'communityActionGroup.members': 'Kolik lidí do skupiny patří.',
    'communityActionGroup.women': 'Kolik z nich jsou ženy. Posuzovatelé kontrolují, zda se ženy zapojují.',
    'governance.mediators':
      'Oblasti, v nichž s komunitou pracují mediátoři (zdravotní a školní mediátoři nebo mediátoři zaměstnanosti). Pokud žádní nejsou, nezaškrtávejte nic; mezerníkem zaškrtnete, klávesou Enter potvrdíte.',
    'mediators.count': 'Kolik mediátorů v této oblasti pracuje.',
    'participation:add':
      'Konzultace s romskými obyvateli uskutečněné během zpracování plánu: setkání, workshopy, dotazníková šetření. Posuzovatelé požadují alespoň jednu.',
    'participation.date': 'Den konzultace. Napište ho tak, jak datum obvykle píšete.',
    'participation.format': 'Jakou formu konzultace měla: veřejné setkání, workshop, dotazníkové šetření a podobně.',
    'participants.total': 'Kolik lidí se zúčastnilo. Počet uvádí prezenční listina.',
    'participants.roma': 'Kolik z nich byli Romové.',
    'participants.women': 'Kolik z nich byly ženy.',
    'participation.summary': 'Co lidé řekli a co se díky tomu v plánu změnilo, v jedné nebo dvou větách.',
    'participation:more': 'Odpovězte ano, chcete-li doplnit počty účastníků a shrnutí toho, co zaznělo.',
    goals:
      'Deset cílů veřejné politiky týkajících se menšin říká, k čemu opatření plánu slouží. Zaškrtněte ty, kterým obec dává přednost; u každého opatření pak uvedete, kterým cílům slouží. Řádek pod seznamem vysvětluje zvýrazněný cíl jednoduchými slovy.',
    'goals.priority': 'Jak důležitý je tento cíl pro obec v tomto plánu: vysoká, střední, nebo nízká priorita.',
    'goals.statement': 'Jedna věta o tom, co tento cíl znamená ve vaší obci. Příklad: „Romští obyvatelé spolurozhodují o tom, jak se využívá sociální rozpočet.“',
    'goals:statements':
      'Odpovězte ano, chcete-li u každého zvoleného cíle napsat jednu větu o tom, co znamená v místních podmínkách. Nepovinné, ale posuzovatelé to čtou.',
    'areas:scope':
      'Sedm místních prioritních oblastí, v nichž bude obec jednat. Zaškrtněte ty, které plán pokrývá; u ostatních uvedete jedno zdůvodnění (například že danou službu zajišťuje kraj).',
    'areas.reason': 'Proč plán v této oblasti nejedná. Příklad: „Krajský plán na období 2026–2030 pokrývá zdraví pro všechny obce.“',
    'areas.situation':
      'Dnešní situace v této oblasti v několika větách: výchozí stav, který chce plán změnit. Kde je máte, použijte údaje školy, zdravotnického zařízení nebo úřadu práce.',
    'areas:more':
      'Odpovězte ano, chcete-li doplnit údaje, které situaci dokládají, a potřeby seřazené komunitou. Posuzovatelé je očekávají; doplnit je můžete i později.',
    'areas.data:add': 'Údaj, který situaci dokládá, se zdrojem a rokem. Příklad: docházka romských dětí do mateřské školy, 45 %, školní evidence, 2025.',
    'data.indicator': 'Co údaj měří. Příklad: romské děti zapsané do mateřské školy.',
    'data.value': 'Samotná hodnota, s jednotkou, pokud ji má. Příklad: 45 %.',
    'data.year': 'Rok, k němuž se údaj vztahuje.',
    'data.source': 'Odkud údaj pochází. Příklad: evidence zápisu do mateřské školy.',
    'areas.needs': 'Potřeby, které komunita uvedla při konzultacích, od nejdůležitější, oddělené středníkem.',
    'objectives.title': 'Čeho chce obec v této oblasti do konce plánu dosáhnout, v jedné větě. Příklad: „Do mateřské školy chodí více romských dětí.“',
    'measures.practice':
      'Opatření je konkrétní činnost. Můžete vyjít z dobré praxe, kterou použily jiné obce (její text se navrhne a můžete ho upravit), nebo napsat vlastní opatření.',
    'measures.title': 'Krátký název činnosti. Příklad: Bezplatná místa v mateřské škole a doprava.',
    'measures.description': 'Co se udělá, kdo to udělá a pro koho, v několika větách. Klávesami Ctrl+E otevřete pro delší text svůj editor.',
    'measures.lead': 'Instituce, která za provedení opatření odpovídá. Příklad: centrum sociálních služeb obce.',
    'measures.partners': 'Další instituce a skupiny, které pomáhají, oddělené středníkem. Příklad: základní škola; romská nezisková organizace.',
    'measures:when':
      'Kdy opatření začíná a končí: dva roky nebo dvě čtvrtletí, např. 2026–2028 nebo 2026-Q3–2027-Q2. Jediný rok znamená, že opatření v tomto roce začíná i končí.',
    'measures:details':
      'Odpovězte ano, chcete-li doplnit partnery, rizika, cíle, kterým opatření slouží, a způsob, jak se měří pokrok. Doplnit je můžete i později.',
    'measures.goals': 'Cíle veřejné politiky, kterým toto opatření slouží. Mezerníkem zaškrtnete, klávesou Enter potvrdíte. Z nich se sestavuje tabulka pokrytí v plánu.',
    'measures.risks': 'Co by mohlo opatření zastavit a co s tím obec udělá. Příklad: „Rodiny nemohou platit dopravu; obec zaplatí autobus.“',
    'cost.total':
      'Náklady opatření za celé období v měně plánu. Pište číslice; mezery nebo tečky mezi tisíci nevadí. 0, pokud opatření nic navíc nestojí.',
    'cost.sources:add': 'Odkud peníze pocházejí. Částky všech zdrojů dohromady by měly dát celkové náklady.',
    'sources.type': 'Druh zdroje: rozpočet obce, státní rozpočet, fondy EU, dárci a podobně.',
    'sources.name': 'Název zdroje nebo programu. Příklad: Operační program Zaměstnanost plus 2021–2027.',
    'sources.amount': 'Kolik tento zdroj platí, v měně plánu.',
    'indicators.name': 'Co se bude počítat, aby byl vidět pokrok. Příklad: romské děti zapsané do mateřské školy.',
    'indicators.unit': 'Co číslo počítá. Příklad: děti, %, domácnosti.',
    'indicators.baseline': 'Dnešní hodnota, před zahájením opatření. Vezměte ji ze stejného zdroje, z něhož se bude zjišťovat cílová hodnota.',
    'indicators.target': 'Hodnota, které má opatření do svého konce dosáhnout.',
    'indicators.direction': 'Odpovězte ano, je-li lepší nižší hodnota (předčasné odchody ze školy), ne, je-li lepší vyšší hodnota (docházka).',
    'indicators.verification': 'Kde se hodnota zjistí. Příklad: evidence zápisu do mateřské školy; zápisy z jednání pracovní skupiny.',
    'indicators.disaggregation':
      'Sledujte hodnotu zvlášť podle pohlaví, věku nebo lokality, aby plán ukázal, zda ženy, děti nebo některá lokalita nezůstávají pozadu.',
    'measures:next': 'Co dál: přidat další indikátor, další opatření, další cíl, nebo pokračovat další oblastí.',
    'monitoring.body': 'Kdo sleduje, jak plnění plánu pokračuje, a píše roční zprávu. Příklad: pracovní skupina pro začleňování Romů.',
    'monitoring.frequency': 'Jak často se podávají zprávy o plnění: obvykle jednou ročně.',
    'monitoring.reportTo': 'Kdo zprávy dostává. Příklad: zastupitelstvo obce.',
    'monitoring.communityRole': 'Jak se romští obyvatelé podílejí na monitorování. Příklad: komunitní akční skupina projednává roční zprávu.',
    'monitoring.midTermReview': 'Rok průběžného hodnocení, kdy se plán prověří a případně změní. Navrhuje se polovina období.',
    'monitoring.finalEvaluation': 'Rok závěrečného hodnocení plánu. Navrhuje se poslední rok období.',
    'monitoring.publication': 'Kde se roční zprávy zveřejňují, aby si je obyvatelé mohli přečíst. Příklad: webové stránky obce a úřední deska.',
    'monitoring.budget': 'Peníze vyčleněné na monitorování a hodnocení, v měně plánu. Nepovinné.',
    'monitoring.evaluationMethod': 'Jak se plán na konci vyhodnotí. Příklad: externí hodnocení s rozhovory v lokalitách.',
    'monitoring.revision': 'Jak se plán v případě potřeby mění. Příklad: zastupitelstvo ho změní po průběžném hodnocení.',
    'monitoring.nationalReporting': 'Jak obec podává zprávy národnímu kontaktnímu místu pro Romy, pokud to stát požaduje.',
    'plan.legalBasis': 'Předpisy a jejich ustanovení, na jejichž základě zastupitelstvo plán schvaluje, oddělené středníkem. Zná je právní oddělení obecního úřadu.',
    'decision.responsible': 'Kdo zodpovídá za splnění usnesení. Příklad: starosta.',
    'decision.deadline': 'Do kdy se má usnesení splnit. Příklad: ihned, nebo datum.',
    'decision.gazette': 'Kde se usnesení úředně zveřejňuje. Příklad: úřední věstník obce.',
    'decision.signatory': 'Funkce toho, kdo usnesení podepisuje. Příklad: předsedající zasedání zastupitelstva.',
    'plan.sustainability': 'Jak výsledky vydrží po skončení plánu: kdo potom bude služby platit a kteří pracovníci zůstanou.',
    crossCutting:
      'Závazky, které platí pro každé opatření: rovnost žen a mužů, děti a mládež, boj proti diskriminaci, desegregace. Zaškrtněte ty, které plán přijímá.',
    'crossCutting.statement': 'Jedna věta o tom, jak plán tento závazek dodržuje. Příklad: „Každé opatření vykazuje své údaje zvlášť za ženy a za muže.“',
    'risks.risk': 'Něco, co by mohlo zastavit plán jako celek. Příklad: peníze z národního programu přijdou pozdě.',
    'risks.likelihood': 'Jak pravděpodobné riziko je: nízká, střední, nebo vysoká pravděpodobnost.',
    'risks.impact': 'Jak vážně by plánu uškodilo: nízká, střední, nebo vysoká závažnost.',
    'risks.mitigation': 'Co obec udělá, aby riziku předešla nebo škodu omezila.',
    'risks.owner': 'Kdo riziko sleduje a jedná. Příklad: koordinátor pro romské záležitosti.',
    'measures.crossCutting': 'Závazky, kterým toto opatření slouží. Mezerníkem zaškrtnete, klávesou Enter potvrdíte.',
    'measures.sustainability': 'Jak výsledky tohoto opatření vydrží, až skončí jeho financování.',
    'sources.status': 'Zda jsou peníze zajištěny (rozhodnuto), přislíbeny, nebo se teprve budou hledat.',
    'indicators.baselineYear': 'Rok, k němuž se výchozí hodnota vztahuje.',
    'indicators.targetYear': 'Rok, do kterého má být cílové hodnoty dosaženo. Navrhuje se konec opatření.',
    details:
      'Odpovězte ano, chcete-li doplnit tuto část plánu. Posuzovatelé ji požadují, ale je nepovinná; doplnit ji můžete i později příkazem `roma-plan edit`.',
    review:
      'Poslední obrazovka: plán v přehledu se všemi problémy, které kontroly našly. Zvolte „Změnit jednu odpověď“ a opravte jedinou odpověď, nebo zvolte oddíl a projděte ho znovu, nebo plán dokončete a uložte.',
    add: 'Odpovězte ano, chcete-li přidat další, nebo ne, chcete-li pokračovat.',
    menu: 'Vyberte položku, kterou chcete změnit, přidejte novou, nebo pokračujte.',
  },
  goals: {
    'conflict-prevention': 'Zabránit tomu, aby napětí mezi Romy a ostatními obyvateli přerostlo v konflikt, např. mediací a včasným řešením stížností.',
    'consensual-democracy': 'Přijímat místní rozhodnutí po dohodě mezi komunitami, aby romští obyvatelé byli vyslyšeni dřív, než zastupitelstvo rozhodne.',
    'balancing-interests': 'Spravedlivě vážit kulturní, sociální a politické zájmy většiny i romské komunity při místním rozhodování.',
    'checks-and-balances':
      'Politické strany a skupiny v zastupitelstvu spolupracují a navzájem se kontrolují, aby žádné rozhodnutí o začleňování Romů nezáviselo jen na jedné straně.',
    'cultural-autonomy': 'Právo na vlastní kulturu: kulturní instituce, sdělovací prostředky a vzdělávání v mateřském jazyce.',
    'service-provision': 'Získat důvěru romské komunity službami, které v praxi fungují: doklady, voda, místa ve školách.',
    'public-participation': 'Romští obyvatelé se aktivně zapojují do místního veřejného života: do konzultací, zastupitelstev, výborů a voleb.',
    'needs-based-budgeting': 'Plánovat rozpočet obce podle stejných pravidel pro všechny, na základě potřeb romské komunity.',
    'economic-activity': 'Podporovat práci a podnikání, které jsou prospěšné komunitě: pracovní místa, školení, sociální podniky.',
    security: 'Předcházet extremismu, diskriminaci a vyloučení, odbourávat předsudky vůči Romům a udržovat veřejný pořádek.',
  },
  nextMenu: {
    indicator: 'Přidat k tomuto opatření další indikátor',
    measure: 'Přidat k tomuto cíli další opatření',
    objective: 'Přidat v této oblasti další cíl',
  },
  review: {
    changeOne: 'Změnit jednu odpověď',
    pickPart: 'Který oddíl plánu?',
    pickField: 'Kterou odpověď chcete změnit?',
    nothingToPick: 'Tento oddíl nemá jednotlivé odpovědi ke změně; vyberte ho v nabídce a projděte ho celý.',
  },
};
