import type { WizardHelp } from './wizard-help-en.js';

/** The wizard's help in Croatian (registered in hr.ts as `wizardHelp: wizardHelpHr`). */
export const wizardHelpHr: WizardHelp = {
  keysLine: 'Esc: jedno pitanje natrag · F1 ili ?: pomoć',
  keysLineLong: 'Esc: jedno pitanje natrag · F1 ili ?: pomoć · Ctrl+E: napišite tekst u svojem uređivaču',
  atFirst: 'Ovo je prvo pitanje u ovom pokretanju: nema pitanja na koje biste se vratili.',
  wentBack: 'Jedno pitanje natrag. Predložen je raniji odgovor; pritisnite Enter da ga zadržite.',
  title: 'Pomoć',
  editorFailed: 'Vaš uređivač nije bilo moguće otvoriti ({reason}). Umjesto toga upišite odgovor u jedan redak.',
  general:
    'Upišite odgovor i pritisnite Enter. Ako odgovor još ne znate, neobvezno pitanje ostavite praznim: možete ga ispuniti kasnije naredbom `roma-plan edit`. Esc vraća jedno pitanje natrag; Ctrl+C prekida rad i sprema ono na što ste već odgovorili.',
  fields: {
    language:
      'Jezik na kojem je plan napisan. Akcijski plan koji vijeće donosi tiska se na tom jeziku; vodič zatim i pitanja postavlja na njemu.',
    'municipality.name': 'Službeni naziv općine ili grada, kako je naveden u odlukama vijeća. Primjer: Čakovec.',
    'municipality.country': 'Država u kojoj se općina nalazi. O njoj ovise oblik odluke vijeća i valuta. Upišite nekoliko slova za pretraživanje.',
    'municipality.region': 'Županija ili regija kojoj općina pripada, pod službenim nazivom. Nije obvezno.',
    'municipality:more':
      'Odgovorite s „da“ ako želite dodati broj stanovnika i romska naselja ili dijelove naselja. Recenzenti očekuju te podatke; možete ih dodati i kasnije.',
    'municipality.population.total':
      'Koliko ljudi živi u općini. Koristite posljednji popis stanovništva ili registar stanovništva, i istu godinu kao za ostale podatke.',
    'municipality.population.roma':
      'Koliko Roma živi u općini. Popis stanovništva broji samo one koji se izjasne kao Romi, pa mnogi planovi navode i procjenu koordinatora za romska pitanja, medijatora ili udruga; u sljedećem pitanju navedite koji broj koristite.',
    'municipality.population.romaSource':
      'Odakle potječe broj Roma i iz koje je godine. Primjer: popis stanovništva 2021.; procjena koordinatora za romska pitanja, 2025.',
    'municipality.settlements:add':
      'Naselje ili dio naselja u kojem živi mnogo romskih obitelji. Njegove potrebe (voda, cesta, pravni status) određuju mjere plana za uvjete života.',
    'settlements.name': 'Naziv kojim ljudi zovu naselje ili dio naselja. Primjer: Kuršanec.',
    'settlements.population': 'Koliko ljudi ondje živi. Dovoljna je procjena medijatora ili socijalnih službi; navedite to u planu.',
    'settlements.households': 'Koliko kućanstava (obitelji koje žive u istom domu) ondje živi.',
    'settlements.legalStatus':
      'Jesu li zemljište i kuće upisani i zgrade izgrađene s dozvolom: formalno, neformalno ili djelomično. To zna zemljišnoknjižni odjel suda ili upravni odjel općine za prostorno uređenje.',
    'services.water': 'Imaju li domovi tekuću vodu: svi, neki ili nijedan. Pitajte vodovod ili medijatore.',
    'services.sewage': 'Jesu li domovi priključeni na sustav odvodnje.',
    'services.electricity': 'Imaju li domovi legalan priključak na električnu energiju.',
    'services.road': 'Može li se do naselja tijekom cijele godine doći asfaltiranom cestom.',
    'plan.status': 'U kojoj je fazi plan: nacrt ili donesen na vijeću. Birajte nacrt dok vijeće ne glasa.',
    'plan.period.from': 'Prva godina koju plan obuhvaća. Većina planova obuhvaća četiri ili pet godina. Primjer: 2026',
    'plan.period.to': 'Posljednja godina koju plan obuhvaća. Primjer: 2030 za plan koji počinje 2026. godine.',
    'plan:more': 'Odgovorite s „da“ ako želite dodati broj inačice, viziju i strategije koje plan provodi. Ništa od toga nije obvezno.',
    'plan.version':
      'Broj ili oznaka inačice ovog teksta, da svi znaju koji nacrt čitaju. Primjer: 1.0 ili „nacrt za savjetovanje“.',
    'plan.vision':
      'Jedna ili dvije rečenice o tome gdje općina želi biti na kraju plana. Primjer: „Do 2030. svako romsko dijete u gradu pohađa predškolski odgoj.“',
    'plan.policyBasis':
      'Nacionalne ili županijske strategije koje ovaj plan pomaže provesti, odvojene znakom ;. Primjer: nacionalna strategija za uključivanje Roma.',
    'plan.legalBasis:accept':
      'Zakoni na temelju kojih vijeće može donijeti plan. Vodič predlaže ono što je poznato za Vašu državu, s izvorom; provjerite to s pravnom službom općine prije nego što plan ide na vijeće.',
    'governance.coordinator.unit': 'Upravni odjel ili služba u kojoj radi koordinator za romska pitanja. Primjer: Upravni odjel za društvene djelatnosti.',
    'governance.coordinationBody:add':
      'Radna skupina ili povjerenstvo koje usmjerava plan: upravni odjeli općine, škole, dom zdravlja, predstavnici Roma. Većina planova ima takvo koordinacijsko tijelo.',
    'coordinationBody.name': 'Naziv koordinacijskog tijela kako ga navodi odluka vijeća. Primjer: Lokalna radna skupina za uključivanje Roma.',
    'coordinationBody.members':
      'Ustanove i skupine koje ga čine, odvojene znakom ;. Primjer: socijalna služba; osnovna škola; romska udruga.',
    'governance.communityActionGroup:add':
      'Skupina romskih stanovnika koji sudjeluju u planiranju i praćenju. Ako je takva skupina osnovana za ovaj plan, odgovorite s „da“ i navedite broj članova.',
    'communityActionGroup.established': 'Datum osnivanja skupine. Upišite ga kako inače pišete datum.',
    'communityActionGroup.members': 'Koliko članova ima skupina.',
    'communityActionGroup.women': 'Koliko je među njima žena. Recenzenti provjeravaju sudjeluju li žene.',
    'governance.mediators':
      'Područja u kojima medijatori (zdravstveni, školski medijatori ili medijatori za zapošljavanje) rade sa zajednicom. Ako ih nema, ne označavajte ništa; Space označava, Enter potvrđuje.',
    'mediators.count': 'Koliko medijatora radi u ovom području.',
    'participation:add':
      'Savjetovanja s romskim stanovnicima održana tijekom izrade plana: sastanci, radionice, ankete. Recenzenti traže barem jedno.',
    'participation.date': 'Dan održavanja savjetovanja. Upišite ga kako inače pišete datum.',
    'participation.format': 'Kakvo je savjetovanje bilo: javni sastanak, radionica, anketa i slično.',
    'participants.total': 'Koliko je ljudi sudjelovalo. Broj se vidi na popisu nazočnih.',
    'participants.roma': 'Koliko je među njima bilo Roma.',
    'participants.women': 'Koliko je među njima bilo žena.',
    'participation.summary': 'Što su ljudi rekli i što se zbog toga promijenilo u planu, u jednoj ili dvije rečenice.',
    'participation:more': 'Odgovorite s „da“ ako želite dodati broj sudionika i sažetak onoga što je rečeno.',
    goals:
      'Deset ciljeva javnih politika koji se odnose na manjine govore čemu služe mjere plana. Označite ciljeve kojima općina daje prednost; svaka mjera kasnije navodi kojim ciljevima pridonosi. Redak ispod popisa jednostavnim riječima objašnjava označeni cilj.',
    'goals.priority': 'Koliko je ovaj cilj važan za općinu u ovom planu: visok, srednji ili nizak prioritet.',
    'goals.statement':
      'Jedna rečenica o tome što ovaj cilj znači u Vašoj općini. Primjer: „Romski stanovnici sudjeluju u odlučivanju o tome kako se troši socijalni proračun.“',
    'goals:statements':
      'Odgovorite s „da“ ako želite za svaki odabrani cilj napisati jednu rečenicu o tome što znači u općini. Nije obvezno, ali recenzenti to čitaju.',
    'areas:scope':
      'Sedam lokalnih prioritetnih područja u kojima će općina djelovati. Označite ona koja plan obuhvaća; za ostala navedite jedno obrazloženje (na primjer, tu uslugu pruža županija).',
    'areas.reason': 'Zašto plan ne djeluje u ovom području. Primjer: „Županijski plan za razdoblje 2026. – 2030. obuhvaća zdravstvo za sve općine.“',
    'areas.situation':
      'Današnje stanje u ovom području, u nekoliko rečenica: polazna situacija koju plan želi promijeniti. Koristite podatke škole, doma zdravlja ili zavoda za zapošljavanje kada ih imate.',
    'areas:more':
      'Odgovorite s „da“ ako želite dodati podatke koji potkrepljuju stanje i potrebe koje je zajednica rangirala. Recenzenti ih očekuju; možete ih dodati i kasnije.',
    'areas.data:add':
      'Podatak koji pokazuje stanje, s izvorom i godinom. Primjer: obuhvat romske djece predškolskim odgojem, 45 %, evidencija škole, 2025.',
    'data.indicator': 'Što podatak mjeri. Primjer: romska djeca upisana u predškolski odgoj.',
    'data.value': 'Sam podatak, s mjernom jedinicom ako je ima. Primjer: 45 %.',
    'data.year': 'Godina iz koje je podatak.',
    'data.source': 'Odakle podatak potječe. Primjer: evidencija upisa u dječji vrtić.',
    'areas.needs': 'Potrebe koje je zajednica navela na savjetovanjima, od najvažnije, odvojene znakom ;.',
    'objectives.title':
      'Što općina želi postići u ovom području do kraja plana, u jednoj rečenici. Primjer: „Više romske djece pohađa predškolski odgoj.“',
    'measures.practice':
      'Mjera je konkretna aktivnost. Možete krenuti od primjera dobre prakse koji su koristile druge općine (njegov je tekst predložen i možete ga izmijeniti) ili napisati vlastitu mjeru.',
    'measures.title': 'Kratak naziv aktivnosti. Primjer: Besplatna mjesta u vrtiću i prijevoz.',
    'measures.description': 'Što će se raditi, tko to radi i za koga, u nekoliko rečenica. Ctrl+E otvara Vaš uređivač za dulji tekst.',
    'measures.lead': 'Ustanova odgovorna za provedbu mjere (nositelj mjere). Primjer: općinska socijalna služba.',
    'measures.partners': 'Druge ustanove i skupine koje pomažu, odvojene znakom ;. Primjer: osnovna škola; romska udruga.',
    'measures:when':
      'Kada mjera počinje i završava: dvije godine ili dva tromjesečja, npr. 2026-2028 ili 2026-Q3 2027-Q2. Jedna godina znači da mjera počinje i završava te godine.',
    'measures:details':
      'Odgovorite s „da“ ako želite dodati partnere, rizike, ciljeve kojima mjera pridonosi i način mjerenja napretka. Možete ih dodati i kasnije.',
    'measures.goals': 'Ciljevi javnih politika kojima ova mjera pridonosi. Space označava, Enter potvrđuje. Iz njih se ispunjava tablica obuhvata u planu.',
    'measures.risks':
      'Što bi moglo zaustaviti mjeru i što će općina poduzeti. Primjer: „Obitelji ne mogu platiti prijevoz; općina plaća autobus.“',
    'cost.total':
      'Troškovi mjere za cijelo razdoblje, u valuti plana. Upišite znamenke; razmaci ili točke kao razdjelnici tisućica su dopušteni. 0 ako mjera ne traži dodatna sredstva.',
    'cost.sources:add': 'Odakle dolazi novac. Iznosi svih izvora financiranja zajedno trebaju dati ukupne troškove.',
    'sources.type': 'Vrsta izvora financiranja: općinski proračun, državni proračun, fondovi EU-a, donatori i slično.',
    'sources.name': 'Naziv izvora ili programa. Primjer: program ESF+ 2021. – 2027.',
    'sources.amount': 'Koliko plaća ovaj izvor, u valuti plana.',
    'indicators.name': 'Što će se brojiti da se pokaže napredak. Primjer: romska djeca upisana u predškolski odgoj.',
    'indicators.unit': 'Što broj broji. Primjer: djeca, %, kućanstva.',
    'indicators.baseline':
      'Vrijednost danas, prije početka mjere (polazna vrijednost). Uzmite je iz istog izvora iz kojeg će se očitavati ciljna vrijednost.',
    'indicators.target': 'Vrijednost koju mjera treba postići do svojeg završetka.',
    'indicators.direction': 'Odgovorite s „da“ ako je bolja niža vrijednost (napuštanje školovanja), s „ne“ ako je bolja viša (upis).',
    'indicators.verification': 'Gdje će se vrijednost očitavati (izvor provjere). Primjer: evidencija upisa u dječji vrtić; zapisnici radne skupine.',
    'indicators.disaggregation':
      'Vrijednost iskažite posebno prema spolu, dobi ili naselju, da plan pokaže zaostaju li žene, djeca ili jedno naselje.',
    'measures:next': 'Što dalje: dodati još jedan pokazatelj, još jednu mjeru, još jedan cilj ili prijeći na sljedeće područje.',
    'monitoring.body': 'Tko prati napredak plana i piše godišnje izvješće. Primjer: radna skupina za uključivanje Roma.',
    'monitoring.frequency': 'Koliko se često izvješćuje o napretku: uobičajeno je jednom godišnje.',
    'monitoring.reportTo': 'Tko prima izvješća. Primjer: općinsko vijeće.',
    'monitoring.communityRole': 'Kako romski stanovnici sudjeluju u praćenju. Primjer: akcijska skupina zajednice razmatra godišnje izvješće.',
    'monitoring.midTermReview':
      'Godina vrednovanja na polovini razdoblja, kada se plan provjerava i može se izmijeniti. Predlaže se sredina razdoblja.',
    'monitoring.finalEvaluation': 'Godina završnog vrednovanja plana. Predlaže se posljednja godina razdoblja.',
    'monitoring.publication':
      'Gdje se objavljuju godišnja izvješća, da ih stanovnici mogu pročitati. Primjer: mrežne stranice i oglasna ploča općine.',
    'monitoring.budget': 'Sredstva izdvojena za praćenje i vrednovanje, u valuti plana. Nije obvezno.',
    'monitoring.evaluationMethod': 'Kako će se plan vrednovati na kraju. Primjer: vanjsko vrednovanje s razgovorima u naseljima.',
    'monitoring.revision': 'Kako se plan mijenja kada je potrebno. Primjer: vijeće ga mijenja nakon vrednovanja na polovini razdoblja.',
    'monitoring.nationalReporting': 'Kako općina izvješćuje nacionalnu kontaktnu točku za Rome, ako država to traži.',
    'plan.legalBasis': 'Zakoni i članci na temelju kojih vijeće može donijeti plan, odvojeni znakom ;. Zna ih pravna služba općine.',
    'decision.responsible': 'Tko je odgovoran za provedbu odluke vijeća. Primjer: općinski načelnik.',
    'decision.deadline': 'Do kada se odluka mora provesti. Primjer: odmah, ili datum.',
    'decision.gazette': 'Gdje se odluka službeno objavljuje. Primjer: službeni glasnik općine.',
    'decision.signatory': 'Tko potpisuje odluku, prema funkciji. Primjer: predsjednik općinskog vijeća.',
    'plan.sustainability': 'Kako će rezultati trajati nakon završetka plana: tko poslije plaća usluge, koje osoblje ostaje.',
    crossCutting:
      'Obveze koje vrijede za svaku mjeru: ravnopravnost žena i muškaraca, djeca i mladi, suzbijanje diskriminacije, ukidanje segregacije. Označite one koje plan preuzima.',
    'crossCutting.statement':
      'Jedna rečenica o tome kako plan ispunjava ovu obvezu. Primjer: „Svaka mjera iskazuje svoje podatke posebno za žene i muškarce.“',
    'risks.risk': 'Nešto što bi moglo zaustaviti plan u cjelini. Primjer: sredstva iz nacionalnog programa kasne.',
    'risks.likelihood': 'Koliko je rizik vjerojatan: nizak, srednji ili visok.',
    'risks.impact': 'Koliko bi naštetio planu: nizak, srednji ili visok.',
    'risks.mitigation': 'Što će općina poduzeti da ga spriječi ili ograniči štetu.',
    'risks.owner': 'Tko prati ovaj rizik i djeluje. Primjer: koordinator za romska pitanja.',
    'measures.crossCutting': 'Obveze kojima ova mjera služi. Space označava, Enter potvrđuje.',
    'measures.sustainability': 'Kako će rezultati ove mjere trajati kada njezino financiranje završi.',
    'sources.status': 'Jesu li sredstva osigurana (o njima je odlučeno), obećana ili ih tek treba osigurati.',
    'indicators.baselineYear': 'Godina iz koje je polazna vrijednost.',
    'indicators.targetYear': 'Godina do koje treba postići ciljnu vrijednost. Predlaže se završetak mjere.',
    details:
      'Odgovorite s „da“ ako želite dodati ovaj dio plana. Recenzenti ga traže, ali nije obvezan; možete ga dodati i kasnije naredbom `roma-plan edit`.',
    review:
      'Posljednji zaslon: plan na jednom mjestu, sa svim problemima koje su provjere pronašle. Odaberite „Izmijeni jedan odgovor“ da ispravite pojedinačan odgovor, odjeljak da ga ponovno prođete, ili završite da spremite plan.',
    add: 'Odgovorite s „da“ ako želite dodati još jedno, s „ne“ ako želite nastaviti.',
    menu: 'Odaberite stavku da je izmijenite, dodajte novu ili nastavite.',
  },
  goals: {
    'conflict-prevention':
      'Sprječavanje toga da napetosti između Roma i drugih stanovnika prerastu u sukob, npr. posredovanjem i ranim reagiranjem na pritužbe.',
    'consensual-democracy':
      'Donošenje lokalnih odluka dogovorom među zajednicama, tako da romski stanovnici budu saslušani prije nego što vijeće odluči.',
    'balancing-interests':
      'Pravedno odmjeravanje kulturnih, društvenih i političkih interesa većine i romske zajednice u lokalnim odlukama.',
    'checks-and-balances':
      'Političke stranke i skupine u vijeću surađuju i međusobno se nadziru, tako da nijedna odluka o uključivanju Roma ne ovisi o jednoj strani.',
    'cultural-autonomy': 'Pravo na vlastitu kulturu: kulturne ustanove, mediji i obrazovanje na materinskom jeziku.',
    'service-provision':
      'Stjecanje povjerenja romske zajednice pružanjem usluga koje djeluju u praksi: dokumenti, voda, mjesta u školi.',
    'public-participation': 'Aktivno sudjelovanje romskih stanovnika u lokalnom javnom životu: savjetovanja, vijeća, povjerenstva, izbori.',
    'needs-based-budgeting': 'Planiranje općinskog proračuna po istim pravilima za sve, na temelju potreba romske zajednice.',
    'economic-activity': 'Potpora radu i poduzetništvu od kojih zajednica ima koristi: radna mjesta, osposobljavanje, društvena poduzeća.',
    security:
      'Sprječavanje ekstremizma, diskriminacije i isključenosti, razbijanje predrasuda prema Romima i očuvanje javnog reda.',
  },
  nextMenu: {
    indicator: 'Dodaj još jedan pokazatelj ovoj mjeri',
    measure: 'Dodaj još jednu mjeru za ovaj cilj',
    objective: 'Dodaj još jedan cilj u ovom području',
  },
  review: {
    changeOne: 'Izmijeni jedan odgovor',
    pickPart: 'Koji dio plana?',
    pickField: 'Koji odgovor želite izmijeniti?',
    nothingToPick: 'Ovaj dio nema pojedinačnih odgovora za izmjenu; odaberite ga u izborniku da ga prođete.',
  },
};
