import type { WizardHelp } from './wizard-help-en.js';

/**
 * Slovenian help of the wizard (same keys as wizard-help-en.ts), in the words of wizard-sl.ts and
 * glossary/sl.md, addressing the user politely (vikanje).
 */
export const wizardHelpSl: WizardHelp = {
  keysLine: 'Esc: eno vprašanje nazaj · F1 ali ?: pomoč',
  keysLineLong: 'Esc: eno vprašanje nazaj · F1 ali ?: pomoč · Ctrl+E: pisanje v vašem urejevalniku',
  atFirst: 'To je prvo vprašanje v tem zagonu čarovnika: ni se kam vrniti.',
  wentBack: 'Eno vprašanje nazaj. Predlagan je prejšnji odgovor; če ga želite obdržati, pritisnite Enter.',
  title: 'Pomoč',
  editorFailed: 'Vašega urejevalnika ni bilo mogoče odpreti ({reason}). Odgovor raje vpišite v eno vrstico.',
  general:
    'Vpišite odgovor in pritisnite Enter. Če odgovora še ne poznate, pustite neobvezno vprašanje prazno: izpolnite ga lahko pozneje z ukazom `roma-plan edit`. S tipko Esc se vrnete eno vprašanje nazaj; s tipkama Ctrl+C čarovnik ustavite in shranite, kar ste že odgovorili.',
  fields: {
    language:
      'Jezik, v katerem je napisan načrt. V tem jeziku se natisne akcijski načrt, ki ga sprejme občinski svet; čarovnik vam nato v njem postavlja tudi vprašanja.',
    'municipality.name': 'Uradno ime občine ali mesta, kot je navedeno v sklepih občinskega sveta. Primer: Kočevje.',
    'municipality.country': 'Država, v kateri je občina. Od nje sta odvisna oblika sklepa občinskega sveta in valuta. Za iskanje vpišite nekaj črk.',
    'municipality.region': 'Regija ali upravna enota, ki ji občina pripada, z uradnim imenom. Neobvezno.',
    'municipality:more':
      'Odgovorite z da, če želite dodati število prebivalcev in naselja ali dele naselij, v katerih živijo Romi. Pregledovalci te podatke pričakujejo; dodate jih lahko tudi pozneje.',
    'municipality.population.total': 'Koliko ljudi živi v občini. Uporabite zadnji popis prebivalstva ali register prebivalstva in isto leto kot pri drugih podatkih.',
    'municipality.population.roma':
      'Koliko Romov živi v občini. Popis šteje le tiste, ki se sami opredelijo za Rome, zato številni načrti navajajo tudi oceno koordinatorja za romska vprašanja, mediatorjev ali nevladnih organizacij; v naslednjem vprašanju navedite, katero število uporabljate.',
    'municipality.population.romaSource': 'Od kod je število Romov, z letnico. Primer: ocena centra za socialno delo, 2024; ocena koordinatorja za romska vprašanja, 2025.',
    'municipality.settlements:add':
      'Naselje ali del naselja, kjer živi veliko romskih družin. Njegove potrebe (voda, cesta, pravni status) določajo ukrepe načrta za bivanjske razmere.',
    'settlements.name': 'Ime, ki ga ljudje uporabljajo za naselje ali del naselja. Primer: Brezje.',
    'settlements.population': 'Koliko ljudi živi tam. Zadostuje ocena mediatorjev ali socialnih služb; to navedite v načrtu.',
    'settlements.households': 'Koliko gospodinjstev (družin, ki si delijo en dom) živi tam.',
    'settlements.legalStatus':
      'Ali so zemljišča in hiše vpisani v zemljiško knjigo in ali imajo stavbe dovoljenje: pravno urejeno, pravno neurejeno ali delno urejeno. Podatke ima zemljiška knjiga ali služba za urejanje prostora občinske uprave.',
    'services.water': 'Ali imajo domovi tekočo vodo: vsi, nekateri ali noben. Vprašajte komunalno podjetje ali mediatorje.',
    'services.sewage': 'Ali so domovi priključeni na kanalizacijo.',
    'services.electricity': 'Ali imajo domovi zakonit priključek na električno omrežje.',
    'services.road': 'Ali je naselje vse leto dostopno po asfaltirani cesti.',
    'plan.status': 'V kateri fazi je načrt: osnutek ali sprejet na občinskem svetu. Dokler občinski svet ni glasoval, izberite osnutek.',
    'plan.period.from': 'Prvo leto, ki ga zajema načrt. Večina načrtov zajema štiri ali pet let. Primer: 2026.',
    'plan.period.to': 'Zadnje leto, ki ga zajema načrt. Primer: 2030 za načrt od leta 2026.',
    'plan:more': 'Odgovorite z da, če želite dodati številko različice, vizijo in strategije, ki jih načrt uresničuje. Vse je neobvezno.',
    'plan.version': 'Številka ali oznaka različice tega besedila, da vsi vedo, kateri osnutek berejo. Primer: 1.0 ali „osnutek za javno obravnavo“.',
    'plan.vision': 'Eden ali dva stavka o tem, kje želi biti občina ob koncu načrta. Primer: „Do leta 2030 vsak romski otrok v občini obiskuje vrtec.“',
    'plan.policyBasis': 'Nacionalne ali regionalne strategije, ki jih načrt pomaga uresničevati, ločene s podpičjem. Primer: Nacionalni program ukrepov za Rome.',
    'plan.legalBasis:accept':
      'Predpisi, na podlagi katerih občinski svet sprejme načrt. Čarovnik predlaga, kar je znano za vašo državo, skupaj z virom; preden gre načrt na občinski svet, to preverite s pravno službo občinske uprave.',
    'governance.coordinator.unit': 'Urad ali oddelek, v katerem dela koordinator za romska vprašanja. Primer: Oddelek za družbene dejavnosti.',
    'governance.coordinationBody:add':
      'Delovna skupina ali komisija, ki usmerja načrt: oddelki občinske uprave, šole, zdravstveni dom, predstavniki Romov. Večina načrtov jo ima.',
    'coordinationBody.name': 'Ime delovne skupine, kot jo imenuje sklep občinskega sveta. Primer: Lokalna delovna skupina za vključevanje Romov.',
    'coordinationBody.members': 'Ustanove in skupine, ki so v njej, ločene s podpičjem. Primer: center za socialno delo; osnovna šola; romska nevladna organizacija.',
    'governance.communityActionGroup:add':
      'Skupina romskih prebivalcev, ki sodelujejo pri načrtovanju in spremljanju. Če je bila ustanovljena za ta načrt, odgovorite z da in navedite, koliko članov ima.',
    'communityActionGroup.established': 'Datum ustanovitve skupine. Vpišite ga tako, kot običajno pišete datum.',
    'communityActionGroup.members': 'Koliko ljudi je v skupini.',
    'communityActionGroup.women': 'Koliko od njih je žensk. Pregledovalci preverjajo, ali ženske sodelujejo.',
    'governance.mediators':
      'Področja, na katerih mediatorji (zdravstveni, šolski ali zaposlitveni mediatorji) delajo s skupnostjo. Če jih ni, ne označite ničesar; s preslednico označite, s tipko Enter potrdite.',
    'mediators.count': 'Koliko mediatorjev dela na tem področju.',
    'participation:add': 'Posvetovanja z romskimi prebivalci med pripravo načrta: srečanja, delavnice, ankete. Pregledovalci zahtevajo vsaj eno.',
    'participation.date': 'Dan posvetovanja. Vpišite ga tako, kot običajno pišete datum.',
    'participation.format': 'Kakšno posvetovanje je bilo: javno srečanje, delavnica, anketa in podobno.',
    'participants.total': 'Koliko ljudi je sodelovalo. Število razberete z liste prisotnosti.',
    'participants.roma': 'Koliko od njih je bilo Romov.',
    'participants.women': 'Koliko od njih je bilo žensk.',
    'participation.summary': 'Kaj so ljudje povedali in kaj se je zaradi tega spremenilo v načrtu, v enem ali dveh stavkih.',
    'participation:more': 'Odgovorite z da, če želite dodati število udeležencev in povzetek povedanega.',
    goals:
      'Deset ciljev politik, povezanih z manjšinskimi skupnostmi, pove, čemu služijo ukrepi načrta. Označite tiste, ki jim občina daje prednost; pri vsakem ukrepu boste pozneje navedli, katerim ciljem sledi. Vrstica pod seznamom s preprostimi besedami razloži označeni cilj.',
    'goals.priority': 'Kako pomemben je ta cilj za občino v tem načrtu: visoka, srednja ali nizka prednost.',
    'goals.statement': 'En stavek o tem, kaj ta cilj pomeni v vaši občini. Primer: „Romski prebivalci soodločajo o tem, kako se porabi socialni proračun.“',
    'goals:statements':
      'Odgovorite z da, če želite za vsak izbrani cilj napisati en stavek o tem, kaj pomeni v vaši občini. Neobvezno, vendar pregledovalci to berejo.',
    'areas:scope':
      'Sedem lokalnih prednostnih področij, na katerih bo občina delovala. Označite tista, ki jih zajema načrt; za druga navedete eno utemeljitev (na primer, da to storitev zagotavlja regija).',
    'areas.reason': 'Zakaj načrt na tem področju ne deluje. Primer: „Regionalni načrt 2026–2030 zajema zdravje za vse občine.“',
    'areas.situation':
      'Današnje stanje na tem področju v nekaj stavkih: izhodišče, ki ga želi načrt spremeniti. Kjer jih imate, uporabite podatke šole, zdravstvenega doma ali zavoda za zaposlovanje.',
    'areas:more':
      'Odgovorite z da, če želite dodati podatke, ki ponazarjajo stanje, in potrebe, ki jih je razvrstila skupnost. Pregledovalci jih pričakujejo; dodate jih lahko tudi pozneje.',
    'areas.data:add': 'Podatek, ki ponazarja stanje, z virom in letom. Primer: vključenost romskih otrok v vrtec, 45 %, evidenca vrtca, 2025.',
    'data.indicator': 'Kaj podatek meri. Primer: romski otroci, vpisani v vrtec.',
    'data.value': 'Sam podatek, z enoto, če jo ima. Primer: 45 %.',
    'data.year': 'Leto, iz katerega je podatek.',
    'data.source': 'Od kod je podatek. Primer: evidenca vpisa v vrtec.',
    'areas.needs': 'Potrebe, ki jih je skupnost navedla na posvetovanjih, najpomembnejša najprej, ločene s podpičjem.',
    'objectives.title': 'Kaj želi občina na tem področju doseči do konca načrta, v enem stavku. Primer: „Več romskih otrok obiskuje vrtec.“',
    'measures.practice':
      'Ukrep je konkretna dejavnost. Izhajate lahko iz primera dobre prakse, ki so ga uporabile druge občine (njegovo besedilo se predlaga in ga lahko spremenite), ali napišete lasten ukrep.',
    'measures.title': 'Kratko ime dejavnosti. Primer: Brezplačna mesta v vrtcu in prevoz.',
    'measures.description': 'Kaj se bo naredilo, kdo bo to naredil in za koga, v nekaj stavkih. S tipkama Ctrl+E odprete svoj urejevalnik za daljše besedilo.',
    'measures.lead': 'Ustanova, odgovorna za izvedbo ukrepa (nosilec). Primer: center za socialno delo.',
    'measures.partners': 'Druge ustanove in skupine, ki pomagajo, ločene s podpičjem. Primer: osnovna šola; romska nevladna organizacija.',
    'measures:when':
      'Kdaj se ukrep začne in konča: dve leti ali dve četrtletji, npr. 2026–2028 ali 2026-Q3–2027-Q2. Eno samo leto pomeni, da se ukrep v tem letu začne in konča.',
    'measures:details':
      'Odgovorite z da, če želite dodati partnerje, tveganja, cilje, ki jim ukrep sledi, in način merjenja napredka. Dodate jih lahko tudi pozneje.',
    'measures.goals': 'Cilji politik, ki jim ta ukrep sledi. S preslednico označite, s tipko Enter potrdite. Iz njih nastane preglednica pokritosti v načrtu.',
    'measures.risks': 'Kaj bi lahko ustavilo ukrep in kaj bo občina storila glede tega. Primer: „Družine ne morejo plačati prevoza; občina plača avtobus.“',
    'cost.total':
      'Stroški ukrepa za celotno obdobje v valuti načrta. Vpišite števke; presledki ali pike med tisočicami so dovoljeni. 0, če ukrep ne stane nič dodatnega.',
    'cost.sources:add': 'Od kod prihaja denar. Zneski vseh virov skupaj naj pokrijejo skupne stroške.',
    'sources.type': 'Vrsta vira: občinski proračun, državni proračun, sredstva EU, donatorji in podobno.',
    'sources.name': 'Ime vira ali programa. Primer: Program evropske kohezijske politike 2021–2027.',
    'sources.amount': 'Koliko plača ta vir, v valuti načrta.',
    'indicators.name': 'Kaj se bo štelo, da se pokaže napredek. Primer: romski otroci, vpisani v vrtec.',
    'indicators.unit': 'Kaj število šteje. Primer: otroci, %, gospodinjstva.',
    'indicators.baseline': 'Vrednost danes, preden se ukrep začne. Vzemite jo iz istega vira, iz katerega se bo odčitala ciljna vrednost.',
    'indicators.target': 'Vrednost, ki naj jo ukrep doseže do svojega konca.',
    'indicators.direction': 'Odgovorite z da, če je boljša nižja vrednost (osip), in z ne, če je boljša višja vrednost (vpis).',
    'indicators.verification': 'Kje se bo vrednost odčitala. Primer: evidenca vpisa v vrtec; zapisniki sej delovne skupine.',
    'indicators.disaggregation':
      'Vrednost prikažite ločeno po spolu, starosti ali naselju, da bo načrt pokazal, ali ženske, otroci ali posamezno naselje zaostajajo.',
    'measures:next': 'Kaj zdaj: dodate še en kazalnik, še en ukrep, še en cilj ali nadaljujete z naslednjim področjem.',
    'monitoring.body': 'Kdo spremlja napredek načrta in piše letno poročilo. Primer: delovna skupina za vključevanje Romov.',
    'monitoring.frequency': 'Kako pogosto se poroča o napredku: običajno enkrat letno.',
    'monitoring.reportTo': 'Kdo prejema poročila. Primer: občinski svet.',
    'monitoring.communityRole': 'Kako romski prebivalci sodelujejo pri spremljanju. Primer: akcijska skupina skupnosti obravnava letno poročilo.',
    'monitoring.midTermReview': 'Leto vmesnega vrednotenja, ko se načrt preveri in po potrebi spremeni. Predlagana je sredina obdobja.',
    'monitoring.finalEvaluation': 'Leto končnega vrednotenja načrta. Predlagano je zadnje leto obdobja.',
    'monitoring.publication': 'Kje se objavljajo letna poročila, da jih lahko preberejo prebivalci. Primer: spletna stran občine in oglasna deska.',
    'monitoring.budget': 'Sredstva, namenjena spremljanju in vrednotenju, v valuti načrta. Neobvezno.',
    'monitoring.evaluationMethod': 'Kako bo načrt ovrednoten ob koncu. Primer: zunanje vrednotenje s pogovori v naseljih.',
    'monitoring.revision': 'Kako se načrt po potrebi spremeni. Primer: občinski svet ga spremeni po vmesnem vrednotenju.',
    'monitoring.nationalReporting': 'Kako občina poroča nacionalni kontaktni točki za Rome, če to država zahteva.',
    'plan.legalBasis': 'Predpisi in njihovi členi, na podlagi katerih občinski svet sprejme načrt, ločeni s podpičjem. Pozna jih pravna služba občinske uprave.',
    'decision.responsible': 'Kdo je odgovoren za izvedbo sklepa. Primer: župan.',
    'decision.deadline': 'Do kdaj je treba sklep izvesti. Primer: takoj ali datum.',
    'decision.gazette': 'Kje se sklep uradno objavi. Primer: uradno glasilo občine.',
    'decision.signatory': 'Funkcija tistega, ki sklep podpiše. Primer: predsedujoči seji občinskega sveta.',
    'plan.sustainability': 'Kako se bodo rezultati ohranili po koncu načrta: kdo bo nato plačeval storitve, kateri zaposleni ostanejo.',
    crossCutting:
      'Zaveze, ki veljajo za vsak ukrep: enakost spolov, otroci in mladi, boj proti diskriminaciji, desegregacija. Označite tiste, ki jih sprejema načrt.',
    'crossCutting.statement': 'En stavek o tem, kako načrt izpolnjuje to zavezo. Primer: „Vsak ukrep poroča svoje podatke ločeno za ženske in moške.“',
    'risks.risk': 'Nekaj, kar bi lahko ustavilo načrt kot celoto. Primer: sredstva iz nacionalnega programa prispejo pozno.',
    'risks.likelihood': 'Kako verjetno je tveganje: nizka, srednja ali visoka verjetnost.',
    'risks.impact': 'Koliko bi škodovalo načrtu: nizka, srednja ali visoka stopnja vpliva.',
    'risks.mitigation': 'Kaj bo občina storila, da ga prepreči ali omeji škodo.',
    'risks.owner': 'Kdo spremlja to tveganje in ukrepa. Primer: koordinator za romska vprašanja.',
    'measures.crossCutting': 'Zaveze, ki jim ta ukrep služi. S preslednico označite, s tipko Enter potrdite.',
    'measures.sustainability': 'Kako se bodo rezultati tega ukrepa ohranili, ko se njegovo financiranje konča.',
    'sources.status': 'Ali so sredstva zagotovljena (odločeno), obljubljena ali jih je še treba pridobiti.',
    'indicators.baselineYear': 'Leto, iz katerega je izhodiščna vrednost.',
    'indicators.targetYear': 'Leto, do katerega naj bo ciljna vrednost dosežena. Predlagan je konec ukrepa.',
    details:
      'Odgovorite z da, če želite dodati ta del načrta. Pregledovalci ga zahtevajo, vendar je neobvezen; dodate ga lahko tudi pozneje z ukazom `roma-plan edit`.',
    review:
      'Zadnji zaslon: načrt na enem mestu z vsemi težavami, ki so jih našla preverjanja. Izberite „Spremeni en odgovor“, da popravite en sam odgovor, ali razdelek, da greste še enkrat skozenj, ali pa končajte in shranite načrt.',
    add: 'Odgovorite z da, če želite dodati še enega, ali z ne, če želite nadaljevati.',
    menu: 'Izberite postavko, da jo spremenite, dodajte novo ali nadaljujte.',
  },
  goals: {
    'conflict-prevention': 'Preprečevanje, da bi napetosti med Romi in drugimi prebivalci prerasle v konflikt, npr. z mediacijo in hitrim odzivom na pritožbe.',
    'consensual-democracy': 'Sprejemanje lokalnih odločitev s soglasjem med skupnostmi, tako da so romski prebivalci slišani, preden odloči občinski svet.',
    'balancing-interests': 'Pravično tehtanje kulturnih, socialnih in političnih interesov večine in romske skupnosti pri lokalnih odločitvah.',
    'checks-and-balances':
      'Politične stranke in skupine v občinskem svetu sodelujejo in se medsebojno nadzorujejo, tako da nobena odločitev o vključevanju Romov ni odvisna le od ene strani.',
    'cultural-autonomy': 'Pravica do lastne kulture: kulturne ustanove, mediji in izobraževanje v maternem jeziku.',
    'service-provision': 'Pridobivanje zaupanja romske skupnosti s storitvami, ki v praksi delujejo: dokumenti, voda, mesta v šolah.',
    'public-participation': 'Dejavna udeležba romskih prebivalcev v lokalnem javnem življenju: posvetovanja, sveti, odbori, volitve.',
    'needs-based-budgeting': 'Načrtovanje občinskega proračuna po enakih pravilih za vse, na podlagi potreb romske skupnosti.',
    'economic-activity': 'Podpora delu in podjetništvu, ki koristita skupnosti: delovna mesta, usposabljanje, socialna podjetja.',
    security: 'Preprečevanje ekstremizma, diskriminacije in izključenosti, odpravljanje predsodkov do Romov in ohranjanje javnega reda.',
  },
  nextMenu: {
    indicator: 'Dodaj še en kazalnik temu ukrepu',
    measure: 'Dodaj še en ukrep za ta cilj',
    objective: 'Dodaj še en cilj na tem področju',
  },
  review: {
    changeOne: 'Spremeni en odgovor',
    pickPart: 'Kateri razdelek načrta?',
    pickField: 'Kateri odgovor želite spremeniti?',
    nothingToPick: 'Ta razdelek nima posameznih odgovorov za spremembo; izberite ga v meniju in pojdite skozenj.',
  },
};
