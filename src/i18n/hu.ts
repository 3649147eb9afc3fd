import { contentHu } from './content-hu.js';
import { wizardLegalHu } from './wizard-legal-hu.js';
import { decisionHu } from './decision-hu.js';
import { followUpHu } from './follow-up-hu.js';
import type { LanguageFile } from './index.js';
import { wizardHu } from './wizard-hu.js';
import { wizardHelpHu } from './wizard-help-hu.js';
import { reviewHu } from './review-hu.js';

/** Hungarian. Same keys, in the same order, as en.ts. */
export const hu: LanguageFile = {
  meta: { name: 'Hungarian', nativeName: 'Magyar' },
  /** The names of the areas, goals and EU objectives, and the good-practice catalogue. */
  catalogue: {
    areas: {
      participation: { title: 'A romák hatékony részvétele helyi szinten', short: 'Részvétel' },
      employment: { title: 'Gazdasági megerősödés és foglalkoztatás', short: 'Foglalkoztatás' },
      health: { title: 'Népegészségügy', short: 'Egészségügy' },
      culture: { title: 'Kulturális integráció', short: 'Kultúra' },
      education: { title: 'Oktatás', short: 'Oktatás' },
      'birth-registration': { title: 'Születési anyakönyvezés és személyi okmányok', short: 'Anyakönyvezés' },
      'living-conditions': { title: 'Életkörülmények a telepeken', short: 'Életkörülmények' },
    },
    goals: {
      'conflict-prevention': { title: 'A helyi interetnikus konfliktusok megelőzése', short: 'Konfliktusmegelőzés' },
      'consensual-democracy': { title: 'A konszenzusos demokrácia megvalósítása helyi szinten', short: 'Konszenzusos demokrácia' },
      'balancing-interests': {
        title: 'A többségi és a kisebbségi etnikai közösségek társadalmi-kulturális és politikai érdekeinek kiegyensúlyozása',
        short: 'Érdekek kiegyensúlyozása',
      },
      'checks-and-balances': {
        title: 'Együttműködés, kölcsönös ellenőrzés és egyensúly a versengő politikai erők között',
        short: 'Fékek és ellensúlyok',
      },
      'cultural-autonomy': {
        title: 'A kulturális autonómiához való jogok érvényesítése (kulturális intézmények, tájékoztatási csatornák, anyanyelvi oktatás)',
        short: 'Kulturális autonómia',
      },
      'service-provision': {
        title: 'A kisebbségi közösségek lojalitásának erősítése gyakorlatias szolgáltatásnyújtással',
        short: 'Szolgáltatásnyújtás',
      },
      'public-participation': { title: 'A kisebbségi közösségek aktív részvétele a helyi közéletben', short: 'Közéleti részvétel' },
      'needs-based-budgeting': {
        title: 'A kisebbségi közösségek szükségletein alapuló egységes költségvetési tervezés',
        short: 'Szükségletalapú költségvetés',
      },
      'economic-activity': { title: 'A társadalmilag hasznos gazdasági tevékenység előmozdítása', short: 'Gazdasági tevékenység' },
      security: {
        title:
          'Biztonság: a szélsőségesség, a hátrányos megkülönböztetés és a kirekesztés megelőzése, a kisebbségellenes előítéletek lebontása, a közrend biztosítása',
        short: 'Biztonság',
      },
    },
    eu: {
      antigypsyism: 'A romaellenesség és a hátrányos megkülönböztetés elleni küzdelem és megelőzésük',
      poverty: 'A szegénység és a társadalmi kirekesztés csökkentése',
      participation: 'A részvétel előmozdítása megerősítés, együttműködés és bizalomépítés révén',
      education: 'Egyenlő hozzáférés a minőségi, befogadó többségi oktatáshoz',
      employment: 'Egyenlő hozzáférés a minőségi és fenntartható foglalkoztatáshoz',
      health: 'Az egészségi állapot javítása és egyenlő hozzáférés az egészségügyi és szociális szolgáltatásokhoz',
      housing: 'Egyenlő hozzáférés a megfelelő, nem szegregált lakhatáshoz és az alapvető szolgáltatásokhoz',
    },
    practices: {
      'intercultural-mediators': {
        title: 'Interkulturális mediátorok',
        description:
          'A helyi roma közösség megbecsült tagjai közül – lehetőleg olyanok közül, akiket a lakók és az intézmények egyaránt ismernek – mediátorok toborzása és képzése az Európa Tanács ROMED-módszere szerint: etikai kódex, kommunikáció és tárgyalás, konfliktuskezelés és közös tervezés. Alkalmazásuk után a mediátorok semlegesek maradnak, és állandó kapcsolatot tartanak fenn a családok, valamint az iskolák, az egészségügyi szolgáltatók és a polgármesteri hivatal között, mindkét irányban továbbítva a szükségleteket és az információkat. A cél nem egy-egy vita rendezése, hanem a konfliktusok megelőzése, és hogy a párbeszéd az önkormányzat szokásos működésének részévé váljon.',
      },
      'community-action-group': {
        title: 'Közösségi akciócsoport',
        description:
          'A mediátor csoportba szervezi a roma lakosokat; a csoport maga alakítja ki működési szabályait, és demokratikusan hozza meg döntéseit, így a közösség a saját hangján fogalmazza meg szükségleteit. A csoport feltérképezi és rangsorolja a helyi problémákat, és képviselőket delegál az önkormányzattal és a közintézményekkel tartott egyeztetésekre. A csoportot a tervben nevesíteni kell, és szerepet kell kapnia a nyomon követésben.',
      },
      'round-tables': {
        title: 'Közösségi tervezési kerekasztalok',
        description:
          'Rendszeres, moderált egyeztetések, amelyeken a közösségi akciócsoport az önkormányzattal, az iskolákkal, az egészségügyi központtal és más helyi intézményekkel közösen tervez. Minden ülést a mediátor készít elő a két fél által feltárt szükségletek alapján, az intézményeken belüli kapcsolattartóval együttműködve. Az ülések időpontját, résztvevőit és a megállapodásokat rögzíteni kell; ez a nyilvántartás lesz a terv részvételi naplója.',
      },
      'local-mini-project': {
        title: 'Közös helyi miniprojekt',
        description:
          'A kerekasztalokon született első megállapodásból kis, látható eredménnyel járó projekt lesz, amelyet a lakók és az intézmények közösen valósítanak meg. Mindkét fél embereket vagy erőforrásokat biztosít, és osztozik az eredményért viselt felelősségben. A korai közös siker megteremti azt a bizalmat, amelyre a terv nagyobb intézkedéseinek szükségük lesz.',
      },
      'leader-training': {
        title: 'Helyi roma vezetők képzése',
        description:
          'Egy-két olyan személy kiválasztása, aki már most is vezető szerepet tölt be a közösségben – legyen az informális vezető, szakember, civil szervezet vezetője vagy választott tisztségviselő –, és támogatása a helyi csoport megszervezésében és működtetésében. A képzés kiterjed a moderálásra, a tervezésre és az intézményekkel való együttműködésre, ezt mentorálás követi. Az erős helyi vezetés biztosítja, hogy a csoport a külső támogatás megszűnése után is aktív maradjon.',
      },
      'community-centre': {
        title: 'Közösségi ház a városrészben',
        description:
          'A társadalmilag kirekesztett városrészben vagy annak közvetlen közelében olyan központ nyílik, ahol egy helyen érhető el a szociális tanácsadás, a gyermek- és ifjúsági programok, az álláskeresési tanácsadás és a közösségi találkozók. Ostravában egy civil szervezet 2003-ban egy új lakótelepen nyitott ilyen központot, később további kettőt más kirekesztett területeken, és a környező városrészek lakóit is kiszolgálta. A központban képzett szociális munkások dolgoznak, működtetésébe a lakókat is bevonják.',
      },
      'outreach-social-work': {
        title: 'Terepi szociális munka és jogi tanácsadás',
        description:
          'Szociális munkások otthonukban keresik fel a családokat, hogy segítsenek nekik igénybe venni a számukra járó ellátásokat, ügyeiket intézni a hatóságoknál és elérni az általános közszolgáltatásokat. A tanácsadás kiterjed a lakhatásra és a lakhatási költségekből eredő tartozásokra, a munkára, az iskoláztatásra, az egészségre, a családi ügyekre és a hátrányos megkülönböztetésre, célja pedig az, hogy az érintettek a jövőben egy hasonló problémát önállóan is meg tudjanak oldani. A lakhatási költségeket és a jó szomszédi kapcsolatokat bemutató program segít megóvni a családokat az eladósodástól és a kilakoltatástól.',
      },
      'mixed-social-housing': {
        title: 'Vegyes összetételű szociális bérlakások',
        description:
          'Szabványos szociális bérlakások építése, amelyeket egyenlő arányban roma, nem roma és vegyes családok bérelnek; az ostravai Együttélés Falu (Vesnička soužití) 2000 és 2002 között 30 lakással épült fel 10 roma, 10 nem roma és 10 vegyes család számára. A leendő bérlők részt vesznek a lakások előkészítésében és építésében, a lakóparkot pedig a bérlők, az önkormányzat és a civil társadalom képviselőiből álló kezelőtestület irányítja, beleértve az új bérlők kiválasztását is. A hosszú évekig tartó kísérő szociális és közösségi munka révén a lakások jó állapotban maradtak, és sikerült választ adni az építkezés előtt felmerült kifogásokra.',
      },
      'transition-housing': {
        title: 'Átmeneti szociális lakhatás',
        description:
          'Kisszámú lakás biztosítása – például egy magán lakásbérbeadó ügynökségtől –, amelyeket határozott időre olyan családok bérelhetnek, akik elveszítették otthonukat, különösen gyermekes családok, intenzív szociális támogatással, amíg helyzetük nem stabilizálódik. Ostravában egy civil szervezet bérbeadóként kezelt 8 ilyen lakást, amelyeket a legnagyobb magán lakásbérbeadó ügynökség adott át erre a célra. Ezt egészíti ki a kilakoltatással fenyegetett családok segítése abban, hogy menedékhelyet, szállást vagy albérletet találjanak.',
      },
      'family-support': {
        title: 'Családtámogató csoport',
        description:
          'Szociális munkásokból álló csoport dolgozik a szülőkkel azért, hogy a gyermekeket ne vegyék nevelésbe, illetve ha ez már megtörtént, hazatérhessenek. A támogatás kiterjed a jogi tanácsadásra, a szülői készségekre, a gyermekek szükségleteinek kielégítésére, a családi és pénzügyi problémákra, valamint a rendszeres iskolába járásra. Ostravában ezt a szolgáltatást a regionális önkormányzattal kötött közszolgáltatási szerződés finanszírozta.',
      },
      'job-service': {
        title: 'Álláskeresési tanácsadó szolgálat',
        description:
          'Tanácsadás a kirekesztett városrészekben élő roma és más álláskeresők számára arról, hogyan keressenek munkát, hogyan boldoguljanak az állásinterjún, és hogyan kommunikáljanak a munkahelyen. A munkatársak kapcsolatot építenek a helyi munkáltatókkal, és megfelelő képzésekre, oktatásra irányítják az ügyfeleket. A szolgálat a munkaügyi hivatallal közösen működik, hogy az ügyfelek annak programjait is igénybe vehessék.',
      },
      'crime-prevention': {
        title: 'Áldozatsegítés és bűnmegelőzés',
        description:
          'A városi rendészettel és a helyi rendőrséggel szorosan együttműködő szolgáltatás létrehozása, amely segíti az uzsora és más bűncselekmények áldozatait a kirekesztett városrészekben, és fellép a kábítószer-fogyasztás és -terjesztés ellen. Ötvözi az áldozatokkal és a veszélyeztetett személyekkel végzett egyéni munkát, a rendőrökkel közös járőrözést, amely megkönnyíti a kommunikációt a lakókkal, valamint a rendszeres egyeztetéseket, amelyeken minden helyi szereplő megosztja az információkat, és közösen kezelik a problémákat. Idővel bizalmat épít a roma családok és a rendőrség között.',
      },
      'neighbourhood-improvement': {
        title: 'Közös lakókörnyezet-megújítás',
        description:
          'A lakók megszervezése a közterületek közös takarítására, az épületek közös részeinek felújítására, valamint parkok és játszóterek létrehozására vagy helyreállítására. Az önkormányzat biztosítja az anyagokat, az eszközöket és a hulladék elszállítását; magánpartnerek anyagokat adományozhatnak, ahogyan Ostravában egy ingatlanfejlesztő tette egy épületfelújítási kísérleti projektnél. A látható eredményekért vállvetve végzett munka erősíti a roma és nem roma szomszédok kapcsolatát, és a gyermekeknek, fiataloknak is szerepet ad.',
      },
      'anti-discrimination-campaign': {
        title: 'Fellépés a hátrányos megkülönböztetés és az iskolai szegregáció ellen',
        description:
          'Együttműködés civil szervezetekkel figyelemfelhívó kampányokban és konkrét projektekben a hátrányos megkülönböztetés ellen, mindenekelőtt a roma gyermekek elkülönített iskolákba vagy osztályokba sorolása ellen. Ahol a meggyőzés nem elég, panaszok és jogi lépések támogatása. Része a helyi iskolák szegregációs felülvizsgálata és a szegregáció felszámolásának ütemezett terve.',
      },
      'ngo-service-contract': {
        title: 'Helyi civil szervezet mint szerződött szolgáltató',
        description:
          'Egyedi projektek finanszírozása helyett szerződés egy tapasztalt helyi civil szervezettel mint stratégiai partnerrel, amely nyilvántartásba vett szociális szolgáltatásokat nyújt a kirekesztett városrészekben, és részt vesz az önkormányzati szolgáltatástervezésben. A finanszírozás ötvözi a város és a kerületek forrásait, a nyilvántartott szociális szolgáltatásokra szánt regionális és központi forrásokat, az uniós alapokat, például az Európai Szociális Alapot, valamint egyes projektekhez magánhozzájárulásokat. A többéves szerződések adják meg azt a stabilitást, amelyet a tartós eredmények igényelnek.',
      },
      'roma-officials-network': {
        title: 'Roma helyi tisztségviselők hálózata',
        description:
          'Roma polgármesterek, önkormányzati képviselők, mediátorok és önkormányzati roma koordinátorok formális csoportjának támogatása közös képzés, tapasztalatcsere és közös álláspontok kialakítása céljából, ahogyan azt a nyugat-balkáni „konjici kezdeményezés” javasolta. A hálózat egységesen léphet fel a helyi önkormányzatok szövetségeiben, többek között az Európa Tanácsnál is. Az önkormányzat jelöli ki roma tisztségviselőit, és fedezi részvételük költségeit.',
      },
      'official-training': {
        title: 'Önkormányzati köztisztviselők képzése',
        description:
          'A tervezésért, a költségvetésért és a szolgáltatásnyújtásért felelős köztisztviselők képzése a romákat érintő szakpolitikák kezelésére: a nemzeti és uniós keretek, a szükségletfelmérés, a részvételen alapuló tervezés, a költségvetés-tervezés és a nyomon követés. A képzésbe a roma koordinátoron kívül az osztályvezetőket és a pénzügyi munkatársakat is be kell vonni, hogy az intézkedések bekerüljenek a rendes költségvetésbe. A képzést választások és személyi változások után meg kell ismételni.',
      },
      'coordination-body': {
        title: 'Önkormányzati koordinációs testület',
        description:
          'Az önkormányzat mellett működő testület létrehozása, amelyben a hivatal szervezeti egységei, a közintézmények és a civil társadalom egyeztetik a befogadást szolgáló intézkedéseket, és bevonják az érintett közösséget a szakpolitikai döntéshozatalba. Megalakítása előtt a koperi (Szlovénia) partnerek feltérképezték a helyben elérhető összes szolgáltatást és programot, felmérték a szükségleteket és stratégiai dokumentumot dolgoztak ki; a testület 2021-ben jött létre. A koperi testület a migránsok befogadásával foglalkozik; ugyanez a felépítés roma koordinációs testületként is működik.',
      },
      'inclusion-council': {
        title: 'Befogadási tanács',
        description:
          'Tanácsadó testület, amely a helyi intézményeket egy általuk azonosított akadály köré szervezi, például az iskolák által jelzett nyelvi nehézségek köré. Škofja Lokában (Szlovénia) a tanács kezdeményezésére a közintézmények munkatársai interkulturális mediációs képzést kaptak, és 2021 óta két mediátor dolgozik ott, főként az oktatásban. A tanács a sürgető szükségletekből indul ki, és rendszerszintű befogadási politikává fejlődhet; a példa a migránsok befogadásából származik, és a roma közösségekre ugyanúgy alkalmazható.',
      },
      'mediator-evaluation': {
        title: 'Mediátori szakmai standardok és értékelés',
        description:
          'Az interkulturális mediáció szakmává tétele: írásban rögzíteni kell a mediátor szerepét, az elvárt kompetenciákat és az etikai szabályokat, és rendszeres időközönként értékelni kell minden mediátor munkáját. Az értékelendő kompetenciák közé tartozik az interkulturális kommunikáció, a mediáció és a konfliktuskezelés, a közösség történetének és kultúrájának ismerete, a tervezés és az önértékelés, valamint az esetkezelés. Az értékelés bizalmat ad az intézményeknek a mediátorok iránt, a mediátoroknak pedig utat nyit a szakmai elismeréshez.',
      },
      'roma-coordinator': {
        title: 'Roma ügyekért felelős koordinátor',
        description:
          'Állandó, roma ügyekért felelős koordinátori munkakör létrehozása az önkormányzati hivatalban, lehetőleg roma szakember alkalmazásával, írásos munkaköri leírással és a szervezeti ábrában rögzített hellyel. A koordinátor a közösség kapcsolattartója, előkészíti és nyomon követi az akciótervet, és gondoskodik arról, hogy intézkedései bekerüljenek az éves költségvetésbe. A szerbiai önkormányzatok széles körben alkalmazzák ezt a munkakört.',
      },
      'mobile-team': {
        title: 'Mobil befogadási csoport',
        description:
          'Olyan csoport létrehozása, amely rendszeresen ülésezik, és közösen keresi fel a telepeket: a roma ügyekért felelős koordinátor, egy pedagógiai asszisztens, egy egészségügyi mediátor, valamint a szociális központ és a foglalkoztatási szolgálat munkatársai. A csoport a szolgáltatások határain átnyúló problémákat oldja meg, például ha egy személyi okmányok nélküli család gyermekei nem járnak iskolába. A csoportot önkormányzati határozat hozza létre, amely megnevezi a tagokat és az ülések gyakoriságát.',
      },
      'health-mediators': {
        title: 'Roma egészségügyi mediátorok',
        description:
          'A roma közösségből származó egészségügyi mediátorok alkalmazása a helyi egészségügyi központ keretében. Felkeresik a családokat, hogy segítsék az oltásokat, a szülés előtti és utáni gondozást és a háziorvosnál történő bejelentkezést, segítenek az egészségbiztosítás megszerzésében, és szükség esetén elkísérik az érintetteket a szolgáltatásokhoz. Szerződést kapnak az egészségügyi központtal, és rendszeres szakmai felügyeletben részesülnek.',
      },
      'pedagogical-assistants': {
        title: 'Pedagógiai asszisztensek',
        description:
          'Lehetőleg romani nyelven is beszélő pedagógiai asszisztensek alkalmazása azokban az óvodákban és iskolákban, ahová roma gyermekek járnak; feladatuk a tanulók támogatása a tanórán, az együttműködés a pedagógusokkal és a kapcsolattartás a szülőkkel. Segítenek a beíratásban, valamint a szállítás, az ingyenes tankönyvek és a taneszközök megszervezésében is. Szerbiában ez a munkakör a rendes oktatási rendszer része.',
      },
      'preschool-enrolment': {
        title: 'Óvodai beíratás minden roma gyermek számára',
        description:
          'A cél, hogy minden roma gyermek járjon óvodába, legalább a kötelező óvodai évben, de lehetőleg hosszabb ideig; ezt a díjak elengedése, a szállítás megszervezése és olyan családlátogatások segítik, amelyeken elmagyarázzák a beíratás menetét. A gyermekek rendes óvodák vegyes csoportjaiba kerülnek, soha nem csak romákból álló csoportokba. A beíratást és az óvodába járást az egyes telepeken élő óvodáskorú gyermekek számához viszonyítva kell nyomon követni.',
      },
      'civil-registration-drive': {
        title: 'Anyakönyvezési és okmányügyi kampány',
        description:
          'Azoknak a személyeknek a felmérése, akik nem rendelkeznek okmányokkal – például születési anyakönyvi kivonattal, személyazonosító igazolvánnyal vagy bejelentett lakcímmel –, majd ingyenes jogi segítségnyújtás és az igazgatási díjak elengedése. Az anyakönyvi hivatal kihelyezett ügyfélfogadást tart a telepen, és segítséget nyújt a születés utólagos (késedelmes) anyakönyvezéséhez, hogy az érintettek beiratkozhassanak az iskolába, egészségbiztosítást kapjanak és ellátásokban részesüljenek. Megállapodás a szülészeti osztállyal arról, hogy minden újszülöttet anyakönyveznek, mielőtt elhagyja a kórházat.',
      },
      'settlement-legalisation': {
        title: 'A telep jogi rendezése és infrastruktúrája',
        description:
          'Az informális telepre is kiterjedő településrendezési terv elfogadása vagy módosítása, a földtulajdon tisztázása, valamint segítség a háztartásoknak a legalizálási kérelmek benyújtásában. A jogi helyzet rendezése után szakaszosan kell költségvetést biztosítani a vízellátásra, a csatornázásra, a villamosenergia-ellátásra és a szilárd burkolatú bekötőutakra. Ahol a jogi rendezés nem lehetséges, a lakókkal egyeztetve máshol kell megfelelő, nem szegregált lakhatást tervezni.',
      },
      'roma-responsive-budgeting': {
        title: 'A romák szükségleteit figyelembe vevő költségvetés-tervezés',
        description:
          'Az önkormányzati költségvetés minden sorát meg kell jelölni aszerint, hogy közvetlenül, közvetve vagy egyáltalán nem kapcsolódik a romák társadalmi befogadásához, majd követni kell, hogy az egyes sorokból ténylegesen mennyit költenek el az év során. Ebből kiderül, hogy az akcióterv mögött van-e pénz, és mekkora részt vállal belőle maga az önkormányzat. Az adatokról a terv nyomonkövetési jelentésével együtt kell beszámolni a képviselő-testületnek.',
      },
      'romani-language-culture': {
        title: 'Romani nyelv és roma kultúra',
        description:
          'Romani nyelvórák szervezése, valamint a roma történelem – köztük a romák második világháborús népirtásának – bevitele a helyi iskolák tananyagába. A roma kulturális központok, egyesületek és romani nyelvű médiumok támogatása, a romák nemzetközi napjának (április 8.) megünneplése nyilvános rendezvényekkel. Így a roma kultúra látható helyet kap a helyi közéletben, és ez ellensúlyozza a többségi társadalom előítéleteit.',
      },
      'public-works-employment': {
        title: 'Közfoglalkoztatás és önkormányzati munkahelyek',
        description:
          'A roma álláskeresők tisztességes hozzáférésének biztosítása a közfoglalkoztatási programokhoz, valamint az önkormányzatnál és cégeinél betölthető állásokhoz, átlátható toborzással és a telepeken végzett aktív megkereséssel. Ezt kis összegű támogatások és tanácsadás egészíti ki a saját vállalkozást indítóknak, valamint a helyi lakosokat foglalkoztató szociális vállalkozások támogatása. A közfoglalkoztatást képzéssel kell összekapcsolni, hogy a résztvevők a nyílt munkaerőpiacon helyezkedjenek el.',
      },
    },
  },
  /** Labels of the rendered action plan (Markdown and PDF). */
  document: {
    // ---- What the document is (PDF metadata, cover) ----
    documentSubject: 'Helyi roma integrációs akcióterv',
    coverMunicipality: 'Település',
    coverCity: 'Város',
    coverTown: 'Város',
    coverPeriod: 'Időszak',
    coverStatus: 'Állapot',
    coverVersion: 'Változat',
    coverAdoptedBy: 'Elfogadta',
    coverDecision: 'Határozat',
    coverAdoptionDate: 'Az elfogadás időpontja',
    coverDate: 'A dokumentum dátuma',

    // ---- Where the plan stands (plan.status) ----
    statusDraft: 'Tervezet',
    statusConsultation: 'Társadalmi egyeztetésre bocsátott tervezet',
    statusAdopted: 'Elfogadva',

    // ---- Chapter and section titles, in document order ----
    chapterContents: 'Tartalomjegyzék',
    chapterIntroduction: 'Bevezetés és szakpolitikai háttér',
    chapterMethod: 'Módszertan és részvétel',
    chapterMunicipality: 'A település és roma lakta városrészei',
    chapterGoals: 'Szakpolitikai célok',
    chapterBudget: 'Költségvetési összesítő',
    chapterNotCovered: 'A terv által nem érintett területek és ennek okai',
    sectionBudgetByArea: 'Költségvetés prioritási területenként',
    sectionBudgetByYear: 'Költségvetés évenként',
    sectionBudgetBySource: 'Költségvetés finanszírozási forrásonként',
    chapterCoverage: 'A szakpolitikai célok lefedettsége',
    chapterTimeline: 'Ütemterv',
    chapterImplementation: 'A végrehajtás rendje',
    chapterMonitoring: 'Nyomon követés és értékelés',
    chapterAnnexes: 'Mellékletek',
    annexIndicators: '1. melléklet. Mutatók',
    annexParticipation: '2. melléklet. Részvételi napló',
    annexDecision: '3. melléklet. Határozat a terv elfogadásáról',
    annexReview: '4. melléklet. Megjegyzések a véleményezők számára',

    // ---- Introduction ----
    introSummary:
      'Ez a terv bemutatja, hogyan mozdítja elő {municipality} roma lakosainak egyenlőségét, társadalmi befogadását és részvételét a {period} közötti időszakban. A terv a romák társadalmi befogadásának hét helyi prioritási területére terjed ki, és megmutatja, hogy az egyes intézkedések a tíz kisebbségpolitikai cél közül melyeket szolgálják.',
    introVision: 'Jövőkép',
    introPolicyBasis: 'Szakpolitikai háttér',
    introEuFramework: 'Hozzájárulás az EU 2020–2030-as roma stratégiai keretéhez',
    introEuFrameworkText:
      'A terv intézkedései a romák egyenlőségére, társadalmi befogadására és részvételére vonatkozó 2020–2030-as uniós stratégiai keret alábbi célkitűzéseit szolgálják:',

    // ---- Method and participation ----
    methodIntro:
      'A terv a roma közösséggel együtt készült. A kidolgozás során tartott egyeztetéseket az alábbiak ismertetik; adataikat a 2. melléklet egy táblázatban foglalja össze.',
    methodIntroUnrecorded:
      'A kidolgozás során tartott egyeztetéseket az alábbiak ismertetik; adataikat a 2. melléklet egy táblázatban foglalja össze.',
    methodConsultations: 'Megtartott egyeztetések',
    methodParticipants: 'Résztvevők összesen',
    methodRomaParticipants: 'Roma résztvevők',
    methodWomenParticipants: 'Női résztvevők',
    formatRoundTable: 'Kerekasztal',
    formatCommunityMeeting: 'Lakossági fórum',
    formatWorkingGroup: 'Munkacsoport',
    formatSurvey: 'Kérdőíves felmérés',
    formatPublicHearing: 'Közmeghallgatás',
    formatOther: 'Egyéb egyeztetés',

    // ---- The municipality ----
    municipalityCountry: 'Ország',
    municipalityRegion: 'Régió',
    populationTotal: 'Lakónépesség',
    populationRoma: 'Roma népesség (becslés)',
    populationRomaShare: 'A romák aránya a népességben',
    populationRomaSource: 'A becslés forrása',
    settlements: 'Roma lakta városrészek és telepek',
    noSettlements: 'A terv nem sorol fel városrészeket vagy telepeket.',
    legalFormal: 'Rendezett',
    legalInformal: 'Rendezetlen',
    legalPartlyFormal: 'Részben rendezett',
    serviceWater: 'Víz',
    serviceElectricity: 'Villany',
    serviceSewage: 'Csatorna',
    serviceRoad: 'Bekötőút',
    levelFull: 'teljes',
    levelPartial: 'részleges',
    levelNone: 'nincs',

    // ---- Policy goals ----
    goalsIntro:
      'A prioritási területek azt mutatják meg, hol lép fel az önkormányzat, a tíz kisebbségpolitikai cél pedig azt, hogy milyen céllal. A táblázat bemutatja, milyen prioritást ad az önkormányzat az egyes céloknak, és mely intézkedések szolgálják azokat.',
    goalsStatements: 'Hogyan valósítja meg az önkormányzat a célokat',
    goalNotAddressed: 'Nem kezelt',
    priorityHigh: 'Magas',
    priorityMedium: 'Közepes',
    priorityLow: 'Alacsony',

    // ---- A priority area chapter ----
    areaNotApplicable: 'Ez a prioritási terület a településen nem releváns.',
    areaReason: 'Indoklás',
    areaSituation: 'Helyzetkép',
    areaData: 'Adatok',
    areaNeeds: 'A közösség által rangsorolt szükségletek, a legsürgetőbbel kezdve',
    areaEuObjectives: 'Az uniós keret célkitűzései, amelyekhez a terület hozzájárul',
    areaTotal: 'A terület intézkedéseinek költsége',
    measureDetails: 'Intézkedések',
    measureGoals: 'Szakpolitikai célok',
    measureEuObjectives: 'Az uniós keret célkitűzései',
    measurePractice: 'Adaptált jó gyakorlat',
    measureBeneficiaries: 'Kedvezményezettek',
    beneficiariesTotal: 'Összes kedvezményezett',
    beneficiariesRomaWomen: 'Roma nők és lányok',
    beneficiariesRomaMen: 'Roma férfiak és fiúk',
    measureRisks: 'Kockázatok és kezelésük',
    indicatorVerifiedBy: 'ellenőrzés forrása:',

    // ---- Table column headings ----
    colNumber: 'Ssz.',
    colMeasure: 'Intézkedés',
    colLead: 'Felelős intézmény',
    colPartners: 'Partnerek',
    colLeadPartners: 'Felelős intézmény és partnerek',
    colPeriod: 'Időszak',
    colCost: 'Költség és forrás',
    colIndicators: 'Mutatók: kiinduló érték → célérték',
    colIndicator: 'Mutató',
    colValue: 'Érték',
    colYear: 'Év',
    colSource: 'Forrás',
    colGoal: 'Szakpolitikai cél',
    colPriority: 'Prioritás',
    colMeasures: 'Intézkedések',
    colArea: 'Prioritási terület',
    colTotal: 'Összesen',
    colShare: 'Arány',
    colFundingSource: 'Finanszírozási forrás',
    colStart: 'Kezdés',
    colEnd: 'Befejezés',
    colObjective: 'Konkrét célkitűzés',
    colSettlement: 'Városrész vagy telep',
    colHouseholds: 'Háztartások',
    colResidents: 'Lakosok',
    colLegalStatus: 'Jogi helyzet',
    colServices: 'Alapszolgáltatások',
    colMediatorField: 'Terület',
    colMediatorCount: 'Mediátorok',
    colUnit: 'Mértékegység',
    colBaseline: 'Kiinduló érték',
    colTarget: 'Célérték',
    colVerification: 'Az ellenőrzés forrása',
    colDisaggregation: 'Bontás',
    colDate: 'Dátum',
    colFormat: 'Forma',
    colParticipants: 'Résztvevők',
    colRoma: 'Roma',
    colWomen: 'Nők',
    colPath: 'Hely a tervben',
    colNote: 'Megjegyzés',
    rowTotal: 'Összesen',
    none: '–',

    // ---- Budget ----
    budgetTotal: 'A terv teljes költsége',
    budgetMunicipal: 'Az önkormányzati költségvetésből',
    budgetMunicipalShare: 'Önkormányzati részarány',
    budgetSpreadNote: 'Minden intézkedés költsége a megvalósítás éveire oszlik, az egyes évekre eső negyedévek számának arányában, egész összegekben; a kerekítésből adódó maradék az intézkedés utolsó évére kerül.',
    sourceMunicipal: 'Önkormányzati költségvetés',
    sourceNational: 'Központi költségvetés',
    sourceEu: 'Uniós források',
    sourceDonor: 'Támogatók',
    sourcePrivate: 'Magánszektor',
    sourceOther: 'Egyéb források',

    // ---- Coverage matrix ----
    coverageIntro:
      'A mátrix prioritási területenként megmutatja, hány intézkedés szolgálja az egyes szakpolitikai célokat. Az oszlopok az alatta felsorolt célok sorszámai.',
    coverageNotApplicable: 'n. r.',
    coverageLegend: 'Szakpolitikai célok',
    coverageGaps: 'Szakpolitikai célok, amelyeket egyetlen intézkedés sem szolgál',
    coverageNoGaps: 'Minden szakpolitikai célt legalább egy intézkedés szolgál.',

    // ---- Timeline ----
    timelineIntro: 'Az egyes intézkedések megvalósításának ideje. A negyedévek naptári negyedévek.',
    quarter: '{year}. {roman}. negyedév',
    range: '{from} – {to}',

    // ---- Implementation ----
    implementationIntro:
      'A terv koordinálói és végrehajtói. Minden intézkedésnek felelős intézménye is van, ezeket az intézkedési mátrixok nevezik meg.',
    coordinator: 'Roma ügyekért felelős koordinátor',
    coordinatorUnit: 'Szervezeti egység',
    coordinationBody: 'Koordinációs testület',
    coordinationMembers: 'Tagok',
    communityActionGroup: 'Közösségi akciócsoport',
    cagMembers: 'Tagok',
    cagWomen: 'Ebből nő',
    cagEstablished: 'Megalakulás',
    mediators: 'Mediátorok',
    noMediators: 'A terv nem nevez meg mediátorokat.',
    mediatorEducation: 'Oktatás',
    mediatorHealth: 'Egészségügy',
    mediatorCommunity: 'Közösségi munka',
    mediatorEmployment: 'Foglalkoztatás',

    // ---- Monitoring and evaluation ----
    monitoringBody: 'A nyomon követésért felelős testület',
    monitoringFrequency: 'Előrehaladási jelentések',
    monitoringReportTo: 'A jelentések címzettje',
    monitoringMidTerm: 'Félidei felülvizsgálat',
    monitoringFinal: 'Záró értékelés',
    monitoringCommunityRole: 'A közösség szerepe a nyomon követésben',
    monitoringIndicators:
      'Az 1. melléklet valamennyi intézkedés mutatóit tartalmazza, a kiinduló értékekkel, a célértékekkel és az ellenőrzés forrásával.',
    frequencyQuarterly: 'negyedévente',
    frequencySemiAnnual: 'félévente',
    frequencyAnnual: 'évente',

    // ---- Annexes ----
    disaggregationSex: 'nemek szerint',
    disaggregationAge: 'életkor szerint',
    disaggregationSettlement: 'településrészenként',
    reviewIntro:
      'A terv automatikus ellenőrzése az alábbi pontokat tárta fel. Ezek nem akadályozzák az elfogadást, de a véleményezők figyelnek rájuk.',

    // ---- The decision adopting the plan (Annex 3) ----
    decisionPlaceDate: '{municipality}, {date}',
    decisionDateBlank: '……………………',
  },
  /** Labels only the PDF needs (running header and footer, chart legends). */
  pdf: {
    pageOf: '{page}/{pages}. oldal',
    contents: 'Tartalomjegyzék',
    ganttTitle: 'Az intézkedések a tervidőszakban, területenként',
    quarter: '{quarter}. n.',
    budgetChartTitle: 'Költségvetés területenként és finanszírozási forrásonként',
    legend: 'Finanszírozási források:',
    figure: '{number}. ábra: {title}',
  },
  /** Words of the council decision that adopts the plan (kept in decision-hu.ts). */
  decision: decisionHu,
  /** Questions of the wizard's legal-basis step (kept in wizard-legal-hu.ts). */
  wizardLegal: wizardLegalHu,
  /** Labels of the annual report (kept in follow-up-hu.ts). */
  followUp: followUpHu,
  content: contentHu,
  review: reviewHu,
  /** Questions, choices and messages of `roma-plan init` (kept in wizard-hu.ts). */
  wizard: wizardHu,
  wizardHelp: wizardHelpHu,
};
