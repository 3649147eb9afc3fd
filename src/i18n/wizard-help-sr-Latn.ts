import type { WizardHelp } from './wizard-help-en.js';

/**
 * The wizard's help in Serbian, Latin script (registered in sr-Latn.ts as
 * `wizardHelp: wizardHelpSrLatn`); the Cyrillic help is transliterated from it in sr-Cyrl.ts.
 */
export const wizardHelpSrLatn: WizardHelp = {
  keysLine: 'Esc: jedno pitanje nazad · F1 ili ?: pomoć',
  keysLineLong: 'Esc: jedno pitanje nazad · F1 ili ?: pomoć · Ctrl+E: napišite tekst u svom uređivaču',
  atFirst: 'Ovo je prvo pitanje u ovom pokretanju: nema pitanja na koje biste se vratili.',
  wentBack: 'Jedno pitanje nazad. Predložen je raniji odgovor; pritisnite Enter da ga zadržite.',
  title: 'Pomoć',
  editorFailed: 'Vaš uređivač nije mogao da se otvori ({reason}). Umesto toga upišite odgovor u jednom redu.',
  general:
    'Upišite odgovor i pritisnite Enter. Ako odgovor još ne znate, neobavezno pitanje ostavite prazno: možete ga popuniti kasnije komandom `roma-plan edit`. Esc vraća jedno pitanje nazad; Ctrl+C prekida rad i čuva ono na šta ste već odgovorili.',
  fields: {
    language:
      'Jezik na kom je plan napisan. Akcioni plan koji skupština usvaja štampa se na ovom jeziku; vodič zatim i pitanja postavlja na njemu.',
    'municipality.name': 'Zvanični naziv opštine ili grada, kako stoji u odlukama skupštine. Primer: Niš.',
    'municipality.country': 'Država u kojoj se opština nalazi. Od nje zavise oblik odluke skupštine i valuta. Upišite nekoliko slova za pretragu.',
    'municipality.region': 'Okrug, oblast ili region kome opština pripada, pod zvaničnim nazivom. Nije obavezno.',
    'municipality:more':
      'Odgovorite sa „da“ ako želite da dodate broj stanovnika i romska naselja ili delove grada. Ocenjivači očekuju ove podatke; možete ih dodati i kasnije.',
    'municipality.population.total':
      'Koliko ljudi živi u opštini. Koristite poslednji popis stanovništva ili registar stanovništva, i istu godinu kao za ostale podatke.',
    'municipality.population.roma':
      'Koliko Roma živi u opštini. Popis broji samo one koji se izjasne kao Romi, pa mnogi planovi navode i procenu koordinatora za romska pitanja, medijatora ili udruženja; u sledećem pitanju navedite koji broj koristite.',
    'municipality.population.romaSource':
      'Odakle potiče broj Roma i iz koje je godine. Primer: popis 2022; procena koordinatora za romska pitanja, 2025.',
    'municipality.settlements:add':
      'Naselje ili deo grada u kome živi mnogo romskih porodica. Njegove potrebe (voda, put, pravni status) određuju mere plana za uslove života.',
    'settlements.name': 'Naziv koji ljudi koriste za naselje ili deo grada. Primer: Stočni trg.',
    'settlements.population': 'Koliko ljudi tamo živi. Dovoljna je procena medijatora ili socijalnih službi; navedite to u planu.',
    'settlements.households': 'Koliko domaćinstava (porodica koje žive u istom domu) tamo živi.',
    'settlements.legalStatus':
      'Da li su zemljište i kuće upisani i objekti izgrađeni sa dozvolom: legalizovano, neformalno ili delimično legalizovano. To zna katastar ili odeljenje opštine za urbanizam.',
    'services.water': 'Da li domovi imaju tekuću vodu: svi, neki ili nijedan. Pitajte vodovod ili medijatore.',
    'services.sewage': 'Da li su domovi priključeni na kanalizaciju.',
    'services.electricity': 'Da li domovi imaju legalan priključak na struju.',
    'services.road': 'Da li se do naselja tokom cele godine može doći asfaltiranim putem.',
    'plan.status': 'U kojoj je fazi plan: nacrt ili usvojen u skupštini. Birajte nacrt dok skupština ne glasa.',
    'plan.period.from': 'Prva godina koju plan obuhvata. Većina planova obuhvata četiri ili pet godina. Primer: 2026.',
    'plan.period.to': 'Poslednja godina koju plan obuhvata. Primer: 2030 za plan od 2026.',
    'plan:more': 'Odgovorite sa „da“ ako želite da dodate broj verzije, viziju i strategije koje plan sprovodi. Ništa od toga nije obavezno.',
    'plan.version':
      'Broj ili oznaka verzije ovog teksta, da svi znaju koji nacrt čitaju. Primer: 1.0 ili „nacrt za javnu raspravu“.',
    'plan.vision':
      'Jedna ili dve rečenice o tome gde opština želi da bude na kraju plana. Primer: „Do 2030. svako romsko dete u gradu pohađa predškolsku ustanovu.“',
    'plan.policyBasis':
      'Nacionalne ili pokrajinske strategije koje ovaj plan pomaže da se sprovedu, odvojene sa ;. Primer: nacionalna strategija za inkluziju Roma.',
    'plan.legalBasis:accept':
      'Zakoni na osnovu kojih skupština može da usvoji plan. Vodič predlaže ono što je poznato za Vašu državu, sa izvorom; proverite to sa pravnom službom opštine pre nego što plan ide u skupštinu.',
    'governance.coordinator.unit': 'Služba ili odeljenje u kome radi koordinator za romska pitanja. Primer: Odeljenje za društvene delatnosti.',
    'governance.coordinationBody:add':
      'Radna grupa ili odbor koji usmerava plan: odeljenja opštinske uprave, škole, dom zdravlja, predstavnici Roma. Većina planova ima takvo koordinaciono telo.',
    'coordinationBody.name': 'Naziv koordinacionog tela kako ga navodi odluka skupštine. Primer: Lokalna radna grupa za inkluziju Roma.',
    'coordinationBody.members':
      'Institucije i grupe koje ga čine, odvojene sa ;. Primer: centar za socijalni rad; osnovna škola; romsko udruženje.',
    'governance.communityActionGroup:add':
      'Grupa romskih stanovnika koji učestvuju u planiranju i praćenju (lokalna akciona grupa). Ako je takva grupa osnovana za ovaj plan, odgovorite sa „da“ i navedite broj članova.',
    'communityActionGroup.established': 'Datum osnivanja grupe. Upišite ga kako inače pišete datum.',
    'communityActionGroup.members': 'Koliko članova ima grupa.',
    'communityActionGroup.women': 'Koliko je među njima žena. Ocenjivači proveravaju da li učestvuju žene.',
    'governance.mediators':
      'Oblasti u kojima medijatori (zdravstveni, školski medijatori ili medijatori za zapošljavanje) rade sa zajednicom. Ako ih nema, ne označavajte ništa; Space označava, Enter potvrđuje.',
    'mediators.count': 'Koliko medijatora radi u ovoj oblasti.',
    'participation:add':
      'Konsultacije sa romskim stanovnicima održane tokom izrade plana: sastanci, radionice, ankete. Ocenjivači traže bar jednu.',
    'participation.date': 'Dan održavanja konsultacije. Upišite ga kako inače pišete datum.',
    'participation.format': 'Kakva je konsultacija bila: javni sastanak, radionica, anketa i slično.',
    'participants.total': 'Koliko je ljudi učestvovalo. Broj se vidi na listi prisutnih.',
    'participants.roma': 'Koliko je među njima bilo Roma.',
    'participants.women': 'Koliko je među njima bilo žena.',
    'participation.summary': 'Šta su ljudi rekli i šta se zbog toga promenilo u planu, u jednoj ili dve rečenice.',
    'participation:more': 'Odgovorite sa „da“ ako želite da dodate broj učesnika i sažetak onoga što je rečeno.',
    goals:
      'Deset ciljeva javnih politika koji se odnose na manjine govore čemu služe mere plana. Označite ciljeve kojima opština daje prednost; svaka mera kasnije navodi kojim ciljevima služi. Red ispod liste jednostavnim rečima objašnjava označeni cilj.',
    'goals.priority': 'Koliko je ovaj cilj važan za opštinu u ovom planu: visok, srednji ili nizak prioritet.',
    'goals.statement':
      'Jedna rečenica o tome šta ovaj cilj znači u Vašoj opštini. Primer: „Romski stanovnici učestvuju u odlučivanju o tome kako se troši socijalni budžet.“',
    'goals:statements':
      'Odgovorite sa „da“ ako želite da za svaki izabrani cilj napišete jednu rečenicu o tome šta znači u opštini. Nije obavezno, ali ocenjivači to čitaju.',
    'areas:scope':
      'Sedam lokalnih prioritetnih oblasti u kojima će opština delovati. Označite one koje plan obuhvata; za ostale navedite jedan razlog (na primer, tu uslugu pruža Republika).',
    'areas.reason': 'Zašto plan ne deluje u ovoj oblasti. Primer: „Republički plan za 2026-2030 obuhvata zdravstvo za sve opštine.“',
    'areas.situation':
      'Današnje stanje u ovoj oblasti, u nekoliko rečenica: polazna situacija koju plan želi da promeni. Koristite podatke škole, doma zdravlja ili službe za zapošljavanje kada ih imate.',
    'areas:more':
      'Odgovorite sa „da“ ako želite da dodate podatke koji potkrepljuju stanje i potrebe koje je zajednica rangirala. Ocenjivači ih očekuju; možete ih dodati i kasnije.',
    'areas.data:add':
      'Podatak koji pokazuje stanje, sa izvorom i godinom. Primer: obuhvat romske dece predškolskim vaspitanjem, 45 %, evidencija škole, 2025.',
    'data.indicator': 'Šta podatak meri. Primer: romska deca upisana u predškolsku ustanovu.',
    'data.value': 'Sam podatak, sa jedinicom mere ako je ima. Primer: 45 %.',
    'data.year': 'Godina iz koje je podatak.',
    'data.source': 'Odakle podatak potiče. Primer: evidencija upisa u vrtić.',
    'areas.needs': 'Potrebe koje je zajednica navela na konsultacijama, od najvažnije, odvojene sa ;.',
    'objectives.title':
      'Šta opština želi da postigne u ovoj oblasti do kraja plana, u jednoj rečenici. Primer: „Više romske dece pohađa predškolsku ustanovu.“',
    'measures.practice':
      'Mera je konkretna aktivnost. Možete krenuti od dobre prakse koju su koristile druge opštine (njen tekst je predložen i možete ga izmeniti) ili napisati sopstvenu meru.',
    'measures.title': 'Kratak naziv aktivnosti. Primer: Besplatna mesta u vrtiću i prevoz.',
    'measures.description': 'Šta će se raditi, ko to radi i za koga, u nekoliko rečenica. Ctrl+E otvara Vaš uređivač za duži tekst.',
    'measures.lead': 'Institucija odgovorna za sprovođenje mere (nosilac mere). Primer: centar za socijalni rad.',
    'measures.partners': 'Druge institucije i grupe koje pomažu, odvojene sa ;. Primer: osnovna škola; romsko udruženje.',
    'measures:when':
      'Kada mera počinje i završava se: dve godine ili dva kvartala, npr. 2026-2028 ili 2026-Q3 2027-Q2. Jedna godina znači da mera počinje i završava se te godine.',
    'measures:details':
      'Odgovorite sa „da“ ako želite da dodate partnere, rizike, ciljeve kojima mera služi i način merenja napretka. Možete ih dodati i kasnije.',
    'measures.goals': 'Ciljevi javnih politika kojima ova mera služi. Space označava, Enter potvrđuje. Iz njih se popunjava tabela pokrivenosti u planu.',
    'measures.risks':
      'Šta bi moglo da zaustavi meru i šta će opština preduzeti. Primer: „Porodice ne mogu da plate prevoz; opština plaća autobus.“',
    'cost.total':
      'Trošak mere za ceo period, u valuti plana. Upišite cifre; razmaci ili tačke za odvajanje hiljada su dozvoljeni. 0 ako mera ne traži dodatna sredstva.',
    'cost.sources:add': 'Odakle dolazi novac. Iznosi svih izvora finansiranja zajedno treba da daju ukupan trošak.',
    'sources.type': 'Vrsta izvora finansiranja: opštinski budžet, republički budžet, fondovi EU, donatori i slično.',
    'sources.name': 'Naziv izvora ili programa. Primer: program IPA 2021-2027.',
    'sources.amount': 'Koliko plaća ovaj izvor, u valuti plana.',
    'indicators.name': 'Šta će se brojati da se pokaže napredak. Primer: romska deca upisana u predškolsku ustanovu.',
    'indicators.unit': 'Šta broj broji. Primer: deca, %, domaćinstva.',
    'indicators.baseline':
      'Vrednost danas, pre početka mere (polazna vrednost). Uzmite je iz istog izvora iz kog će se očitavati ciljna vrednost.',
    'indicators.target': 'Vrednost koju mera treba da dostigne do svog završetka.',
    'indicators.direction': 'Odgovorite sa „da“ ako je bolja niža vrednost (napuštanje škole), sa „ne“ ako je bolja viša (upis).',
    'indicators.verification': 'Gde će se vrednost očitavati (izvor verifikacije). Primer: evidencija upisa u vrtić; zapisnici radne grupe.',
    'indicators.disaggregation':
      'Vrednost iskažite posebno prema polu, uzrastu ili naselju, da plan pokaže da li žene, deca ili jedno naselje zaostaju.',
    'measures:next': 'Šta dalje: dodati još jedan indikator, još jednu meru, još jedan cilj ili preći na sledeću oblast.',
    'monitoring.body': 'Ko prati napredak plana i piše godišnji izveštaj. Primer: radna grupa za inkluziju Roma.',
    'monitoring.frequency': 'Koliko često se izveštava o napretku: uobičajeno je jednom godišnje.',
    'monitoring.reportTo': 'Ko prima izveštaje. Primer: skupština opštine.',
    'monitoring.communityRole': 'Kako romski stanovnici učestvuju u praćenju. Primer: lokalna akciona grupa razmatra godišnji izveštaj.',
    'monitoring.midTermReview':
      'Godina srednjoročne revizije, kada se plan proverava i može da se izmeni. Predlaže se sredina perioda.',
    'monitoring.finalEvaluation': 'Godina završne evaluacije plana. Predlaže se poslednja godina perioda.',
    'monitoring.publication': 'Gde se objavljuju godišnji izveštaji, da bi ih stanovnici mogli pročitati. Primer: internet stranica i oglasna tabla opštine.',
    'monitoring.budget': 'Sredstva izdvojena za praćenje i evaluaciju, u valuti plana. Nije obavezno.',
    'monitoring.evaluationMethod': 'Kako će se plan evaluirati na kraju. Primer: eksterna evaluacija sa intervjuima u naseljima.',
    'monitoring.revision': 'Kako se plan menja kada je potrebno. Primer: skupština ga menja posle srednjoročne revizije.',
    'monitoring.nationalReporting': 'Kako opština izveštava nacionalnu kontakt tačku za Rome, ako država to traži.',
    'plan.legalBasis': 'Zakoni i članovi na osnovu kojih skupština može da usvoji plan, odvojeni sa ;. Zna ih pravna služba opštine.',
    'decision.responsible': 'Ko je odgovoran za sprovođenje odluke skupštine. Primer: predsednik opštine.',
    'decision.deadline': 'Do kada odluka mora da se sprovede. Primer: odmah, ili datum.',
    'decision.gazette': 'Gde se odluka zvanično objavljuje. Primer: službeni list opštine.',
    'decision.signatory': 'Ko potpisuje odluku, prema funkciji. Primer: predsednik skupštine opštine.',
    'plan.sustainability': 'Kako će rezultati trajati posle završetka plana: ko posle plaća usluge, koje osoblje ostaje.',
    crossCutting:
      'Obaveze koje važe za svaku meru: ravnopravnost žena i muškaraca, deca i mladi, borba protiv diskriminacije, ukidanje segregacije. Označite one koje plan preuzima.',
    'crossCutting.statement':
      'Jedna rečenica o tome kako plan ispunjava ovu obavezu. Primer: „Svaka mera iskazuje svoje podatke posebno za žene i muškarce.“',
    'risks.risk': 'Nešto što bi moglo da zaustavi plan u celini. Primer: sredstva iz nacionalnog programa kasne.',
    'risks.likelihood': 'Koliko je rizik verovatan: nizak, srednji ili visok.',
    'risks.impact': 'Koliko bi naškodio planu: nizak, srednji ili visok.',
    'risks.mitigation': 'Šta će opština preduzeti da ga spreči ili ograniči štetu.',
    'risks.owner': 'Ko prati ovaj rizik i reaguje. Primer: koordinator za romska pitanja.',
    'measures.crossCutting': 'Obaveze kojima ova mera služi. Space označava, Enter potvrđuje.',
    'measures.sustainability': 'Kako će rezultati ove mere trajati kada njeno finansiranje prestane.',
    'sources.status': 'Da li su sredstva obezbeđena (o njima je odlučeno), obećana ili tek treba da se obezbede.',
    'indicators.baselineYear': 'Godina iz koje je polazna vrednost.',
    'indicators.targetYear': 'Godina do koje treba dostići ciljnu vrednost. Predlaže se završetak mere.',
    details:
      'Odgovorite sa „da“ ako želite da dodate ovaj deo plana. Ocenjivači ga traže, ali nije obavezan; možete ga dodati i kasnije komandom `roma-plan edit`.',
    review:
      'Poslednji ekran: plan na jednom mestu, sa svim problemima koje su provere pronašle. Izaberite „Izmeni jedan odgovor“ da ispravite pojedinačan odgovor, odeljak da ga ponovo prođete, ili završite da sačuvate plan.',
    add: 'Odgovorite sa „da“ ako želite da dodate još jedno, sa „ne“ ako želite da nastavite.',
    menu: 'Izaberite stavku da je izmenite, dodajte novu ili nastavite.',
  },
  goals: {
    'conflict-prevention':
      'Sprečavanje toga da napetosti između Roma i drugih stanovnika prerastu u sukob, npr. posredovanjem i ranim reagovanjem na pritužbe.',
    'consensual-democracy':
      'Donošenje lokalnih odluka dogovorom među zajednicama, tako da romski stanovnici budu saslušani pre nego što skupština odluči.',
    'balancing-interests':
      'Pravično odmeravanje kulturnih, društvenih i političkih interesa većine i romske zajednice u lokalnim odlukama.',
    'checks-and-balances':
      'Političke stranke i grupe u skupštini sarađuju i međusobno se kontrolišu, tako da nijedna odluka o inkluziji Roma ne zavisi od jedne strane.',
    'cultural-autonomy': 'Pravo na sopstvenu kulturu: ustanove kulture, mediji i obrazovanje na maternjem jeziku.',
    'service-provision':
      'Sticanje poverenja romske zajednice pružanjem usluga koje funkcionišu u praksi: dokumenta, voda, mesta u školi.',
    'public-participation': 'Aktivno učešće romskih stanovnika u lokalnom javnom životu: konsultacije, saveti, odbori, izbori.',
    'needs-based-budgeting': 'Planiranje opštinskog budžeta po istim pravilima za sve, na osnovu potreba romske zajednice.',
    'economic-activity': 'Podrška radu i preduzetništvu od kojih zajednica ima koristi: radna mesta, obuke, socijalna preduzeća.',
    security:
      'Sprečavanje ekstremizma, diskriminacije i isključenosti, razbijanje predrasuda prema Romima i očuvanje javnog reda.',
  },
  nextMenu: {
    indicator: 'Dodaj još jedan indikator ovoj meri',
    measure: 'Dodaj još jednu meru za ovaj cilj',
    objective: 'Dodaj još jedan cilj u ovoj oblasti',
  },
  review: {
    changeOne: 'Izmeni jedan odgovor',
    pickPart: 'Koji deo plana?',
    pickField: 'Koji odgovor želite da izmenite?',
    nothingToPick: 'Ovaj deo nema pojedinačnih odgovora za izmenu; izaberite ga u meniju da ga prođete.',
  },
};
