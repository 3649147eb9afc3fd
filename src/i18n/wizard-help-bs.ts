import type { WizardHelp } from './wizard-help-en.js';

/** The wizard's help in Bosnian (registered in bs.ts as `wizardHelp: wizardHelpBs`). */
export const wizardHelpBs: WizardHelp = {
  keysLine: 'Esc: jedno pitanje nazad · F1 ili ?: pomoć',
  keysLineLong: 'Esc: jedno pitanje nazad · F1 ili ?: pomoć · Ctrl+E: napišite tekst u svom uređivaču',
  atFirst: 'Ovo je prvo pitanje u ovom pokretanju: nema pitanja na koje biste se vratili.',
  wentBack: 'Jedno pitanje nazad. Predložen je raniji odgovor; pritisnite Enter da ga zadržite.',
  title: 'Pomoć',
  editorFailed: 'Nije bilo moguće otvoriti Vaš uređivač ({reason}). Umjesto toga upišite odgovor u jednom redu.',
  general:
    'Upišite odgovor i pritisnite Enter. Ako odgovor još ne znate, neobavezno pitanje ostavite prazno: možete ga popuniti kasnije komandom `roma-plan edit`. Esc vraća jedno pitanje nazad; Ctrl+C prekida rad i čuva ono na što ste već odgovorili.',
  fields: {
    language:
      'Jezik na kojem je plan napisan. Akcioni plan koji vijeće usvaja štampa se na ovom jeziku; vodič zatim i pitanja postavlja na njemu.',
    'municipality.name': 'Službeni naziv općine ili grada, kako je naveden u odlukama vijeća. Primjer: Tuzla.',
    'municipality.country': 'Država u kojoj se općina nalazi. Od nje zavise oblik odluke vijeća i valuta. Upišite nekoliko slova za pretragu.',
    'municipality.region': 'Kanton, regija ili distrikt kojem općina pripada, pod službenim nazivom. Nije obavezno.',
    'municipality:more':
      'Odgovorite s „da“ ako želite dodati broj stanovnika i romska naselja ili dijelove naselja. Recenzenti očekuju ove podatke; možete ih dodati i kasnije.',
    'municipality.population.total':
      'Koliko ljudi živi u općini. Koristite posljednji popis stanovništva ili registar stanovništva, i istu godinu kao za ostale podatke.',
    'municipality.population.roma':
      'Koliko Roma živi u općini. Popis stanovništva broji samo one koji se izjasne kao Romi, pa mnogi planovi navode i procjenu koordinatora za romska pitanja, medijatora ili nevladinih organizacija; u sljedećem pitanju navedite koji broj koristite.',
    'municipality.population.romaSource':
      'Odakle potiče broj Roma i iz koje je godine. Primjer: popis stanovništva 2013; procjena koordinatora za romska pitanja, 2025.',
    'municipality.settlements:add':
      'Naselje ili dio naselja u kojem živi mnogo romskih porodica. Njegove potrebe (voda, put, pravni status) određuju mjere plana za uslove života.',
    'settlements.name': 'Naziv koji ljudi koriste za naselje ili dio naselja. Primjer: Gornja mahala.',
    'settlements.population': 'Koliko ljudi tamo živi. Dovoljna je procjena medijatora ili socijalnih službi; navedite to u planu.',
    'settlements.households': 'Koliko domaćinstava (porodica koje žive u istom domu) tamo živi.',
    'settlements.legalStatus':
      'Da li su zemljište i kuće upisani i objekti izgrađeni s dozvolom: formalno, neformalno ili djelimično. To zna zemljišnoknjižni ured ili služba za urbanizam općine.',
    'services.water': 'Da li domovi imaju tekuću vodu: svi, neki ili nijedan. Pitajte vodovod ili medijatore.',
    'services.sewage': 'Da li su domovi priključeni na kanalizaciju.',
    'services.electricity': 'Da li domovi imaju legalan priključak na električnu energiju.',
    'services.road': 'Da li se do naselja tokom cijele godine može doći asfaltiranim putem.',
    'plan.status': 'U kojoj je fazi plan: nacrt ili usvojen na vijeću. Birajte nacrt dok vijeće ne glasa.',
    'plan.period.from': 'Prva godina koju plan obuhvata. Većina planova obuhvata četiri ili pet godina. Primjer: 2026.',
    'plan.period.to': 'Posljednja godina koju plan obuhvata. Primjer: 2030 za plan od 2026.',
    'plan:more': 'Odgovorite s „da“ ako želite dodati broj verzije, viziju i strategije koje plan provodi. Ništa od toga nije obavezno.',
    'plan.version':
      'Broj ili oznaka verzije ovog teksta, da svi znaju koji nacrt čitaju. Primjer: 1.0 ili „nacrt za konsultacije“.',
    'plan.vision':
      'Jedna ili dvije rečenice o tome gdje općina želi biti na kraju plana. Primjer: „Do 2030. svako romsko dijete u gradu pohađa predškolski odgoj.“',
    'plan.policyBasis':
      'Državne ili kantonalne strategije koje ovaj plan pomaže provesti, odvojene znakom ;. Primjer: državna strategija za inkluziju Roma.',
    'plan.legalBasis:accept':
      'Zakoni na osnovu kojih vijeće može usvojiti plan. Vodič predlaže ono što je poznato za Vašu državu, s izvorom; provjerite to s pravnom službom općine prije nego što plan ide na vijeće.',
    'governance.coordinator.unit': 'Služba ili odjeljenje u kojem radi koordinator za romska pitanja. Primjer: Služba za socijalna pitanja.',
    'governance.coordinationBody:add':
      'Radna grupa ili odbor koji usmjerava plan: općinske službe, škole, dom zdravlja, predstavnici Roma. Većina planova ima takvo koordinaciono tijelo.',
    'coordinationBody.name': 'Naziv koordinacionog tijela kako ga navodi odluka vijeća. Primjer: Lokalna radna grupa za inkluziju Roma.',
    'coordinationBody.members':
      'Institucije i grupe koje ga čine, odvojene znakom ;. Primjer: centar za socijalni rad; osnovna škola; romsko udruženje.',
    'governance.communityActionGroup:add':
      'Grupa romskih stanovnika koji učestvuju u planiranju i praćenju. Ako je takva grupa osnovana za ovaj plan, odgovorite s „da“ i navedite broj članova.',
    'communityActionGroup.established': 'Datum osnivanja grupe. Upišite ga kako inače pišete datum.',
    'communityActionGroup.members': 'Koliko članova ima grupa.',
    'communityActionGroup.women': 'Koliko je među njima žena. Recenzenti provjeravaju da li učestvuju žene.',
    'governance.mediators':
      'Oblasti u kojima medijatori (zdravstveni, školski medijatori ili medijatori za zapošljavanje) rade sa zajednicom. Ako ih nema, ne označavajte ništa; Space označava, Enter potvrđuje.',
    'mediators.count': 'Koliko medijatora radi u ovoj oblasti.',
    'participation:add':
      'Konsultacije s romskim stanovnicima održane tokom izrade plana: sastanci, radionice, ankete. Recenzenti traže barem jedne.',
    'participation.date': 'Dan održavanja konsultacija. Upišite ga kako inače pišete datum.',
    'participation.format': 'Kakve su konsultacije bile: javni sastanak, radionica, anketa i slično.',
    'participants.total': 'Koliko je ljudi učestvovalo. Broj se vidi na listi prisutnih.',
    'participants.roma': 'Koliko je među njima bilo Roma.',
    'participants.women': 'Koliko je među njima bilo žena.',
    'participation.summary': 'Šta su ljudi rekli i šta se zbog toga promijenilo u planu, u jednoj ili dvije rečenice.',
    'participation:more': 'Odgovorite s „da“ ako želite dodati broj učesnika i sažetak onoga što je rečeno.',
    goals:
      'Deset ciljeva javnih politika koji se odnose na manjine govore čemu služe mjere plana. Označite ciljeve kojima općina daje prednost; svaka mjera kasnije navodi kojim ciljevima doprinosi. Red ispod liste jednostavnim riječima objašnjava označeni cilj.',
    'goals.priority': 'Koliko je ovaj cilj važan za općinu u ovom planu: visok, srednji ili nizak prioritet.',
    'goals.statement':
      'Jedna rečenica o tome šta ovaj cilj znači u Vašoj općini. Primjer: „Romski stanovnici učestvuju u odlučivanju o tome kako se troši socijalni budžet.“',
    'goals:statements':
      'Odgovorite s „da“ ako želite za svaki izabrani cilj napisati jednu rečenicu o tome šta znači u općini. Nije obavezno, ali recenzenti to čitaju.',
    'areas:scope':
      'Sedam lokalnih prioritetnih oblasti u kojima će općina djelovati. Označite one koje plan obuhvata; za ostale navedite jedno obrazloženje (na primjer, tu uslugu pruža kanton).',
    'areas.reason': 'Zašto plan ne djeluje u ovoj oblasti. Primjer: „Kantonalni plan za 2026-2030 obuhvata zdravstvo za sve općine.“',
    'areas.situation':
      'Današnje stanje u ovoj oblasti, u nekoliko rečenica: polazna situacija koju plan želi promijeniti. Koristite podatke škole, doma zdravlja ili službe za zapošljavanje kada ih imate.',
    'areas:more':
      'Odgovorite s „da“ ako želite dodati podatke koji potkrepljuju stanje i potrebe koje je zajednica rangirala. Recenzenti ih očekuju; možete ih dodati i kasnije.',
    'areas.data:add':
      'Podatak koji pokazuje stanje, s izvorom i godinom. Primjer: obuhvat romske djece predškolskim odgojem, 45 %, evidencija škole, 2025.',
    'data.indicator': 'Šta podatak mjeri. Primjer: romska djeca upisana u predškolski odgoj.',
    'data.value': 'Sam podatak, s jedinicom mjere ako je ima. Primjer: 45 %.',
    'data.year': 'Godina iz koje je podatak.',
    'data.source': 'Odakle podatak potiče. Primjer: evidencija upisa u vrtić.',
    'areas.needs': 'Potrebe koje je zajednica navela na konsultacijama, od najvažnije, odvojene znakom ;.',
    'objectives.title':
      'Šta općina želi postići u ovoj oblasti do kraja plana, u jednoj rečenici. Primjer: „Više romske djece pohađa predškolski odgoj.“',
    'measures.practice':
      'Mjera je konkretna aktivnost. Možete krenuti od primjera dobre prakse koji su koristile druge općine (njegov tekst je predložen i možete ga izmijeniti) ili napisati vlastitu mjeru.',
    'measures.title': 'Kratak naziv aktivnosti. Primjer: Besplatna mjesta u vrtiću i prevoz.',
    'measures.description': 'Šta će se raditi, ko to radi i za koga, u nekoliko rečenica. Ctrl+E otvara Vaš uređivač za duži tekst.',
    'measures.lead': 'Institucija odgovorna za provođenje mjere (nosilac mjere). Primjer: općinski centar za socijalni rad.',
    'measures.partners': 'Druge institucije i grupe koje pomažu, odvojene znakom ;. Primjer: osnovna škola; romsko udruženje.',
    'measures:when':
      'Kada mjera počinje i završava: dvije godine ili dva kvartala, npr. 2026-2028 ili 2026-Q3 2027-Q2. Jedna godina znači da mjera počinje i završava te godine.',
    'measures:details':
      'Odgovorite s „da“ ako želite dodati partnere, rizike, ciljeve kojima mjera doprinosi i način mjerenja napretka. Možete ih dodati i kasnije.',
    'measures.goals': 'Ciljevi javnih politika kojima ova mjera doprinosi. Space označava, Enter potvrđuje. Iz njih se popunjava tabela obuhvata u planu.',
    'measures.risks':
      'Šta bi moglo zaustaviti mjeru i šta će općina preduzeti. Primjer: „Porodice ne mogu platiti prevoz; općina plaća autobus.“',
    'cost.total':
      'Troškovi mjere za cijeli period, u valuti plana. Upišite cifre; razmaci ili tačke za odvajanje hiljada su dozvoljeni. 0 ako mjera ne zahtijeva dodatna sredstva.',
    'cost.sources:add': 'Odakle dolazi novac. Iznosi svih izvora finansiranja zajedno treba da daju ukupne troškove.',
    'sources.type': 'Vrsta izvora finansiranja: općinski budžet, budžeti viših nivoa vlasti, fondovi EU, donatori i slično.',
    'sources.name': 'Naziv izvora ili programa. Primjer: IPA III 2021-2027.',
    'sources.amount': 'Koliko plaća ovaj izvor, u valuti plana.',
    'indicators.name': 'Šta će se brojati da se pokaže napredak. Primjer: romska djeca upisana u predškolski odgoj.',
    'indicators.unit': 'Šta broj broji. Primjer: djeca, %, domaćinstva.',
    'indicators.baseline': 'Vrijednost danas, prije početka mjere (polazna vrijednost). Uzmite je iz istog izvora iz kojeg će se očitavati ciljna vrijednost.',
    'indicators.target': 'Vrijednost koju mjera treba dostići do svog kraja.',
    'indicators.direction': 'Odgovorite s „da“ ako je bolja niža vrijednost (napuštanje škole), s „ne“ ako je bolja viša (upis).',
    'indicators.verification': 'Gdje će se vrijednost očitavati (izvor provjere). Primjer: evidencija upisa u vrtić; zapisnici radne grupe.',
    'indicators.disaggregation':
      'Vrijednost iskažite posebno prema spolu, starosti ili naselju, da plan pokaže da li žene, djeca ili jedno naselje zaostaju.',
    'measures:next': 'Šta dalje: dodati još jedan indikator, još jednu mjeru, još jedan cilj ili preći na sljedeću oblast.',
    'monitoring.body': 'Ko prati napredak plana i piše godišnji izvještaj. Primjer: radna grupa za inkluziju Roma.',
    'monitoring.frequency': 'Koliko često se izvještava o napretku: uobičajeno je jednom godišnje.',
    'monitoring.reportTo': 'Ko prima izvještaje. Primjer: općinsko vijeće.',
    'monitoring.communityRole': 'Kako romski stanovnici učestvuju u praćenju. Primjer: akciona grupa zajednice razmatra godišnji izvještaj.',
    'monitoring.midTermReview':
      'Godina evaluacije na polovini perioda, kada se plan provjerava i može se izmijeniti. Predlaže se sredina perioda.',
    'monitoring.finalEvaluation': 'Godina završne evaluacije plana. Predlaže se posljednja godina perioda.',
    'monitoring.publication': 'Gdje se objavljuju godišnji izvještaji, da ih stanovnici mogu pročitati. Primjer: web-stranica i oglasna ploča općine.',
    'monitoring.budget': 'Sredstva izdvojena za praćenje i evaluaciju, u valuti plana. Nije obavezno.',
    'monitoring.evaluationMethod': 'Kako će se plan evaluirati na kraju. Primjer: vanjska evaluacija s intervjuima u naseljima.',
    'monitoring.revision': 'Kako se plan mijenja kada je potrebno. Primjer: vijeće ga mijenja nakon evaluacije na polovini perioda.',
    'monitoring.nationalReporting': 'Kako općina izvještava državnu kontakt tačku za Rome, ako država to traži.',
    'plan.legalBasis': 'Zakoni i članovi na osnovu kojih vijeće može usvojiti plan, odvojeni znakom ;. Zna ih pravna služba općine.',
    'decision.responsible': 'Ko je odgovoran za provođenje odluke vijeća. Primjer: općinski načelnik.',
    'decision.deadline': 'Do kada se odluka mora provesti. Primjer: odmah, ili datum.',
    'decision.gazette': 'Gdje se odluka službeno objavljuje. Primjer: službeno glasilo općine.',
    'decision.signatory': 'Ko potpisuje odluku, prema funkciji. Primjer: predsjedavajući općinskog vijeća.',
    'plan.sustainability': 'Kako će rezultati trajati nakon završetka plana: ko poslije plaća usluge, koje osoblje ostaje.',
    crossCutting:
      'Obaveze koje važe za svaku mjeru: ravnopravnost žena i muškaraca, djeca i mladi, borba protiv diskriminacije, okončanje segregacije. Označite one koje plan preuzima.',
    'crossCutting.statement':
      'Jedna rečenica o tome kako plan ispunjava ovu obavezu. Primjer: „Svaka mjera iskazuje svoje podatke posebno za žene i muškarce.“',
    'risks.risk': 'Nešto što bi moglo zaustaviti plan u cjelini. Primjer: sredstva iz državnog programa kasne.',
    'risks.likelihood': 'Koliko je rizik vjerovatan: nizak, srednji ili visok.',
    'risks.impact': 'Koliko bi naštetio planu: nizak, srednji ili visok.',
    'risks.mitigation': 'Šta će općina preduzeti da ga spriječi ili ograniči štetu.',
    'risks.owner': 'Ko prati ovaj rizik i djeluje. Primjer: koordinator za romska pitanja.',
    'measures.crossCutting': 'Obaveze kojima ova mjera služi. Space označava, Enter potvrđuje.',
    'measures.sustainability': 'Kako će rezultati ove mjere trajati kada njeno finansiranje završi.',
    'sources.status': 'Da li su sredstva osigurana (o njima je odlučeno), obećana ili ih tek treba osigurati.',
    'indicators.baselineYear': 'Godina iz koje je polazna vrijednost.',
    'indicators.targetYear': 'Godina do koje treba dostići ciljnu vrijednost. Predlaže se kraj mjere.',
    details:
      'Odgovorite s „da“ ako želite dodati ovaj dio plana. Recenzenti ga traže, ali nije obavezan; možete ga dodati i kasnije komandom `roma-plan edit`.',
    review:
      'Posljednji ekran: plan na jednom mjestu, sa svim problemima koje su provjere pronašle. Izaberite „Izmijeni jedan odgovor“ da ispravite pojedinačan odgovor, odjeljak da ga ponovo prođete, ili završite da sačuvate plan.',
    add: 'Odgovorite s „da“ ako želite dodati još jedno, s „ne“ ako želite nastaviti.',
    menu: 'Izaberite stavku da je izmijenite, dodajte novu ili nastavite.',
  },
  goals: {
    'conflict-prevention':
      'Sprečavanje toga da napetosti između Roma i drugih stanovnika prerastu u sukob, npr. medijacijom i ranim reagovanjem na pritužbe.',
    'consensual-democracy':
      'Donošenje lokalnih odluka dogovorom među zajednicama, tako da romski stanovnici budu saslušani prije nego što vijeće odluči.',
    'balancing-interests':
      'Pravedno odmjeravanje kulturnih, društvenih i političkih interesa većine i romske zajednice u lokalnim odlukama.',
    'checks-and-balances':
      'Političke stranke i grupe u vijeću sarađuju i međusobno se nadziru, tako da nijedna odluka o inkluziji Roma ne zavisi od jedne strane.',
    'cultural-autonomy': 'Pravo na vlastitu kulturu: ustanove kulture, mediji i obrazovanje na maternjem jeziku.',
    'service-provision':
      'Sticanje povjerenja romske zajednice pružanjem usluga koje funkcionišu u praksi: dokumenti, voda, mjesta u školi.',
    'public-participation': 'Aktivno učešće romskih stanovnika u lokalnom javnom životu: konsultacije, vijeća, odbori, izbori.',
    'needs-based-budgeting': 'Planiranje općinskog budžeta po istim pravilima za sve, na osnovu potreba romske zajednice.',
    'economic-activity': 'Podrška radu i preduzetništvu od kojih zajednica ima koristi: radna mjesta, obuke, socijalna preduzeća.',
    security:
      'Sprečavanje ekstremizma, diskriminacije i isključenosti, razbijanje predrasuda prema Romima i očuvanje javnog reda.',
  },
  nextMenu: {
    indicator: 'Dodaj još jedan indikator ovoj mjeri',
    measure: 'Dodaj još jednu mjeru za ovaj cilj',
    objective: 'Dodaj još jedan cilj u ovoj oblasti',
  },
  review: {
    changeOne: 'Izmijeni jedan odgovor',
    pickPart: 'Koji dio plana?',
    pickField: 'Koji odgovor želite izmijeniti?',
    nothingToPick: 'Ovaj dio nema pojedinačnih odgovora za izmjenu; izaberite ga u meniju da ga prođete.',
  },
};
