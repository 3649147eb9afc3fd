import { contentSq } from './content-sq.js';
import { wizardLegalSq } from './wizard-legal-sq.js';
import { decisionSq } from './decision-sq.js';
import { followUpSq } from './follow-up-sq.js';
import type { LanguageFile } from './index.js';
import { wizardSq } from './wizard-sq.js';
import { wizardHelpSq } from './wizard-help-sq.js';
import { reviewSq } from './review-sq.js';

/**
 * Albanian. Same keys, in the same order, as en.ts. The words follow the glossary in
 * glossary/sq.md (bashkia, këshilli bashkiak, vendim, masë, institucioni përgjegjës, tregues).
 * Ethnonyms are written in lower case, as Albanian spells them: romët, rom, rome.
 */
export const sq: LanguageFile = {
  meta: { name: 'Albanian', nativeName: 'shqip' },
  /** The names of the areas, goals and EU objectives, and the good-practice catalogue. */
  catalogue: {
    areas: {
      participation: { title: 'Pjesëmarrja efektive e romëve në nivel vendor', short: 'Pjesëmarrja' },
      employment: { title: 'Fuqizimi ekonomik dhe punësimi', short: 'Punësimi' },
      health: { title: 'Shëndeti publik', short: 'Shëndeti' },
      culture: { title: 'Integrimi kulturor', short: 'Kultura' },
      education: { title: 'Arsimi', short: 'Arsimi' },
      'birth-registration': { title: 'Regjistrimi i lindjeve dhe dokumentet e gjendjes civile', short: 'Regjistrimi civil' },
      'living-conditions': { title: 'Kushtet e jetesës në vendbanime', short: 'Kushtet e jetesës' },
    },
    goals: {
      'conflict-prevention': { title: 'Parandalimi i konflikteve ndëretnike në nivel vendor', short: 'Parandalimi i konflikteve' },
      'consensual-democracy': { title: 'Zbatimi i demokracisë konsensuale në nivel vendor', short: 'Demokracia konsensuale' },
      'balancing-interests': {
        title: 'Balancimi i interesave sociokulturore dhe politike të komuniteteve etnike të shumicës dhe të pakicave',
        short: 'Balancimi i interesave',
      },
      'checks-and-balances': {
        title: 'Bashkëpunimi dhe kontrolli e balancimi i ndërsjellë ndërmjet forcave politike konkurruese',
        short: 'Kontrolli dhe balancimi',
      },
      'cultural-autonomy': {
        title: 'Realizimi i të drejtave për autonomi kulturore (institucione kulturore, mjete informimi, arsim në gjuhën amtare)',
        short: 'Autonomia kulturore',
      },
      'service-provision': {
        title: 'Kultivimi i besnikërisë së komuniteteve të pakicave përmes ofrimit pragmatik të shërbimeve',
        short: 'Ofrimi i shërbimeve',
      },
      'public-participation': { title: 'Pjesëmarrja aktive e komuniteteve të pakicave në jetën publike vendore', short: 'Pjesëmarrja në jetën publike' },
      'needs-based-budgeting': {
        title: 'Planifikim buxhetor i njëtrajtshëm, i bazuar në nevojat e komuniteteve të pakicave',
        short: 'Buxhetimi sipas nevojave',
      },
      'economic-activity': { title: 'Nxitja e veprimtarisë ekonomike të dobishme për shoqërinë', short: 'Veprimtaria ekonomike' },
      security: {
        title:
          'Siguria: parandalimi i ekstremizmit, i diskriminimit dhe i përjashtimit, zbutja e qëndrimeve kundër pakicave, garantimi i rendit publik',
        short: 'Siguria',
      },
    },
    eu: {
      antigypsyism: 'Luftimi dhe parandalimi i racizmit ndaj romëve dhe i diskriminimit',
      poverty: 'Ulja e varfërisë dhe e përjashtimit social',
      participation: 'Nxitja e pjesëmarrjes përmes fuqizimit, bashkëpunimit dhe besimit',
      education: 'Akses i barabartë në arsim të rregullt, cilësor dhe gjithëpërfshirës',
      employment: 'Akses i barabartë në punësim cilësor dhe të qëndrueshëm',
      health: 'Përmirësimi i shëndetit dhe akses i barabartë në kujdesin shëndetësor dhe në shërbimet sociale',
      housing: 'Akses i barabartë në strehim të përshtatshëm e të desegreguar dhe në shërbimet bazë',
    },
    practices: {
      'intercultural-mediators': {
        title: 'Ndërmjetës ndërkulturorë',
        description:
          'Rekrutoni anëtarë të respektuar të komunitetit rom vendor, mundësisht të njohur si nga banorët ashtu edhe nga institucionet, dhe trajnojini sipas metodës ROMED të Këshillit të Evropës: kodi i etikës, komunikimi dhe negocimi, menaxhimi i konflikteve dhe planifikimi i përbashkët. Pasi punësohen, ndërmjetësit mbeten të paanshëm dhe mbajnë të hapur një kanal të përhershëm ndërmjet familjeve dhe shkollave, shërbimeve shëndetësore dhe bashkisë, duke përcjellë nevojat dhe informacionin në të dy drejtimet. Qëllimi është të parandalohen konfliktet dhe dialogu të bëhet pjesë e punës së zakonshme të bashkisë, jo të zgjidhen mosmarrëveshje të veçanta.',
      },
      'community-action-group': {
        title: 'Grupi i veprimit në komunitet',
        description:
          'Ndërmjetësi bashkon banorët romë në një grup që vendos vetë rregullat e veta dhe merr vendime në mënyrë demokratike, në mënyrë që komuniteti t’i shprehë nevojat me zërin e vet. Grupi identifikon dhe rendit problemet vendore dhe dërgon përfaqësues në takimet me bashkinë dhe institucionet publike. Përmendeni grupin në plan dhe jepini një rol në monitorim.',
      },
      'round-tables': {
        title: 'Tryeza të rrumbullakëta për planifikim me komunitetin',
        description:
          'Mbani takime të rregullta të moderuara ku grupi i veprimit në komunitet planifikon së bashku me bashkinë, shkollat, qendrën shëndetësore dhe institucione të tjera vendore. Ndërmjetësi e përgatit çdo takim mbi bazën e nevojave që kanë identifikuar të dyja palët, në bashkëpunim me një person kontakti brenda institucioneve. Mbani shënim datat, pjesëmarrësit dhe marrëveshjet; ky bëhet regjistri i pjesëmarrjes së planit.',
      },
      'local-mini-project': {
        title: 'Miniprojekt i përbashkët vendor',
        description:
          'Marrëveshjen e parë të arritur në tryezat e rrumbullakëta shndërrojeni në një projekt të vogël me rezultat të dukshëm, që banorët dhe institucionet e zbatojnë së bashku. Të dyja palët kontribuojnë me njerëz ose burime dhe ndajnë përgjegjësinë për rezultatin. Një sukses i hershëm i përbashkët ndërton besimin që do t’u nevojitet masave më të mëdha të planit.',
      },
      'leader-training': {
        title: 'Trajnimi i liderëve vendorë romë',
        description:
          'Identifikoni një ose dy persona që tashmë kanë rol udhëheqës në komunitet, qofshin figura joformale, profesionistë, drejtues organizatash joqeveritare apo të zgjedhur vendorë, dhe mbështetini në organizimin dhe drejtimin e grupit vendor. Ofrojuni trajnim për moderimin, planifikimin dhe punën me institucionet, të ndjekur nga mentorimi. Një udhëheqje e fortë vendore e mban grupin aktiv edhe pasi mbaron mbështetja nga jashtë.',
      },
      'community-centre': {
        title: 'Qendër komunitare në lagje',
        description:
          'Hapni një qendër brenda lagjes së përjashtuar ose pranë saj, ku këshillimi social, aktivitetet për fëmijët dhe të rinjtë, këshillimi për punësim dhe takimet e komunitetit ofrohen në një vend. Në Ostravë një organizatë joqeveritare hapi një qendër të tillë në një lagje të re banimi në vitin 2003, më vonë shtoi edhe dy të tjera në zona të tjera të përjashtuara dhe u shërbeu edhe banorëve të lagjeve përreth. Punësoni aty punonjës socialë të kualifikuar dhe përfshini banorët në drejtimin e saj.',
      },
      'outreach-social-work': {
        title: 'Punë sociale në terren dhe këshillim ligjor',
        description:
          'Punonjësit socialë vizitojnë familjet në shtëpi për t’i ndihmuar të përfitojnë pagesat që u takojnë, të merren me autoritetet dhe të kenë akses në shërbimet e zakonshme. Këshillimi mbulon banimin dhe borxhet për shpenzimet e banimit, punën, shkollimin, shëndetin, çështjet familjare dhe diskriminimin, dhe synon që njerëzit ta zgjidhin vetë më vonë një problem të ngjashëm. Një program që shpjegon shpenzimet e banimit dhe marrëdhëniet e mira me fqinjët i ndihmon familjet të shmangin borxhet dhe dëbimin.',
      },
      'mixed-social-housing': {
        title: 'Banesa sociale me qira për familje të përziera',
        description:
          'Ndërtoni banesa sociale standarde me qira dhe jepini me pjesë të barabarta familjeve rome, joreme dhe të përziera; “Fshati i Bashkëjetesës” në Ostravë ndërtoi 30 njësi banimi në vitet 2000–2002 për 10 familje rome, 10 joreme dhe 10 të përziera. Qiramarrësit e ardhshëm marrin pjesë në përgatitjen dhe ndërtimin e banesave, dhe më pas kompleksin e drejton një bord administrimi me qiramarrës dhe përfaqësues të bashkisë e të shoqërisë civile, i cili zgjedh edhe qiramarrësit e rinj. Vite të tëra punë shoqëruese sociale dhe komunitare i mbajtën banesat në gjendje të mirë dhe iu përgjigjën kundërshtimeve të ngritura para ndërtimit.',
      },
      'transition-housing': {
        title: 'Strehim social tranzitor',
        description:
          'Siguroni një numër të vogël banesash, për shembull nga një agjenci private qiradhënieje, dhe jepini me qira për një kohë të kufizuar familjeve që kanë humbur shtëpinë, sidomos familjeve me fëmijë, së bashku me mbështetje sociale intensive derisa situata e tyre të stabilizohet. Në Ostravë një organizatë joqeveritare ishte qiradhënëse e 8 banesave të tilla, që agjencia më e madhe private e qiradhënies ia kaloi për këtë qëllim. Ndihmoni gjithashtu familjet që rrezikojnë dëbimin të gjejnë strehë, bujtina ose nënqira.',
      },
      'family-support': {
        title: 'Ekip për mbështetjen e familjes',
        description:
          'Një ekip punonjësish socialë punon me prindërit që fëmijët të mos vendosen në kujdestari familjare, ose të kthehen në shtëpi nëse janë vendosur tashmë. Mbështetja përfshin këshillim ligjor, aftësi prindërimi, plotësimin e nevojave të fëmijëve, problemet familjare dhe financiare, si dhe ndjekjen e rregullt të shkollës. Në Ostravë ky shërbim u financua përmes një kontrate shërbimi publik me autoritetin rajonal.',
      },
      'job-service': {
        title: 'Shërbim këshillimi për punësim',
        description:
          'Ofrojuni romëve dhe punëkërkuesve të tjerë nga lagjet e përjashtuara këshillim se si të kërkojnë punë, si të përballojnë intervistat dhe si të komunikojnë në vendin e punës. Stafi krijon kontakte me punëdhënësit vendorë dhe i drejton njerëzit në trajnime dhe arsimim të përshtatshëm. Drejtojeni shërbimin së bashku me zyrën e punësimit, që klientët të përfitojnë edhe nga programet e saj.',
      },
      'crime-prevention': {
        title: 'Mbështetje për viktimat dhe parandalim i krimit',
        description:
          'Ngrini një shërbim që, në bashkëpunim të ngushtë me policinë bashkiake dhe komisariatet vendore të policisë, mbështet viktimat e fajdesë dhe të krimeve të tjera në lagjet e përjashtuara dhe punon kundër përdorimit dhe shitjes së drogës. Ai ndërthur punën individuale me viktimat dhe personat në rrezik, patrullime të përbashkëta me punonjës policie për të lehtësuar komunikimin me banorët, dhe takime të rregullta ku të gjithë aktorët vendorë ndajnë informacion dhe zgjidhin problemet së bashku. Me kohë ai ndërton besim ndërmjet familjeve rome dhe policisë.',
      },
      'neighbourhood-improvement': {
        title: 'Përmirësim i përbashkët i lagjes',
        description:
          'Organizoni banorët që të pastrojnë së bashku hapësirat publike, të rinovojnë pjesët e përbashkëta të ndërtesave dhe të krijojnë ose riparojnë parqe dhe kënde lojërash. Bashkia siguron materialet, veglat dhe grumbullimin e mbetjeve; partnerët privatë mund të dhurojnë materiale, siç bëri një investitor për një projekt pilot riparimi ndërtese në Ostravë. Puna krah për krah për përmirësime të dukshme forcon marrëdhëniet ndërmjet fqinjëve romë dhe joromë dhe u jep një rol fëmijëve dhe të rinjve.',
      },
      'anti-discrimination-campaign': {
        title: 'Veprim kundër diskriminimit dhe segregimit në shkolla',
        description:
          'Bashkohuni me organizatat e shoqërisë civile në fushata ndërgjegjësimi dhe projekte konkrete kundër diskriminimit, mbi të gjitha kundër vendosjes së fëmijëve romë në shkolla ose klasa të veçanta. Kur bindja nuk mjafton, mbështetni ankesat dhe veprimet ligjore. Parashikoni një kontroll të shkollave vendore për segregim dhe një plan me afate për ta shuar atë.',
      },
      'ngo-service-contract': {
        title: 'Organizatë joqeveritare vendore si ofruese shërbimesh me kontratë',
        description:
          'Në vend që të financoni projekte të njëhershme, kontraktoni një organizatë joqeveritare vendore me përvojë si partner strategjik që ofron shërbime sociale të regjistruara në lagjet e përjashtuara dhe merr pjesë në planifikimin e shërbimeve të bashkisë. Kombinoni fonde të qytetit dhe të lagjeve, fonde rajonale dhe qendrore për shërbimet sociale të regjistruara, fonde të BE-së si Fondi Social Evropian dhe kontribute private për projekte të veçanta. Kontratat shumëvjeçare japin qëndrueshmërinë që u nevojitet rezultateve afatgjata.',
      },
      'roma-officials-network': {
        title: 'Rrjet i zyrtarëve vendorë romë',
        description:
          'Mbështetni një grup formal kryetarësh bashkish, këshilltarësh, ndërmjetësish dhe koordinatorësh bashkiakë romë për trajnim të përbashkët, shkëmbim përvoje dhe qëndrime të përbashkëta, siç propozoi “nisma e Konjicit” në Ballkanin Perëndimor. Rrjeti mund të flasë me një zë në shoqatat e pushtetit vendor, përfshirë Këshillin e Evropës. Bashkia cakton zyrtarët e saj romë dhe mbulon shpenzimet e pjesëmarrjes së tyre.',
      },
      'official-training': {
        title: 'Trajnim për nëpunësit e bashkisë',
        description:
          'Trajnoni nëpunësit që planifikojnë, hartojnë buxhetin dhe ofrojnë shërbime për të menaxhuar politikat që lidhen me romët: kornizat kombëtare dhe të BE-së, vlerësimin e nevojave, planifikimin me pjesëmarrje, buxhetimin dhe monitorimin. Përfshini edhe drejtuesit e drejtorive dhe stafin e financës, jo vetëm koordinatorin për çështjet e romëve, që masat të hyjnë në buxhetin e rregullt. Përsëriteni trajnimin pas zgjedhjeve dhe ndryshimeve të stafit.',
      },
      'coordination-body': {
        title: 'Organ koordinues bashkiak',
        description:
          'Ngrini një organ pranë bashkisë ku drejtoritë, institucionet publike dhe shoqëria civile diskutojnë masat e përfshirjes dhe përfshijnë në hartimin e politikave komunitetin që preket prej tyre. Para se ta themelonin, partnerët në Koper (Slloveni) identifikuan të gjitha shërbimet dhe programet e disponueshme në nivel vendor, vlerësuan nevojat dhe hartuan një dokument strategjik, dhe organi u krijua në vitin 2021. Organi i Koperit merret me përfshirjen e migrantëve; i njëjti model shërben si organ koordinues për çështjet e romëve.',
      },
      'inclusion-council': {
        title: 'Këshill për përfshirjen',
        description:
          'Një këshill këshillimor i bashkon institucionet vendore rreth një pengese që e kanë identifikuar vetë, si vështirësitë gjuhësore që raportojnë shkollat. Në Shkofja Lokë (Slloveni) këshilli organizoi trajnimin e stafit të institucioneve publike për ndërmjetësim ndërkulturor, dhe që nga viti 2021 aty punojnë dy ndërmjetës, kryesisht në arsim. Ai nis nga nevojat urgjente dhe mund të rritet në një politikë sistematike përfshirjeje; shembulli vjen nga përfshirja e migrantëve dhe vlen njësoj për komunitetet rome.',
      },
      'mediator-evaluation': {
        title: 'Standarde dhe vlerësim për ndërmjetësit',
        description:
          'Bëjeni ndërmjetësimin ndërkulturor profesion: përcaktoni me shkrim rolin e ndërmjetësit, kompetencat e kërkuara dhe etikën, dhe vlerësoni punën e çdo ndërmjetësi në intervale të caktuara. Kompetencat që vlerësohen përfshijnë komunikimin ndërkulturor, ndërmjetësimin dhe menaxhimin e konflikteve, njohjen e historisë dhe kulturës së komunitetit, planifikimin dhe vetëvlerësimin, si dhe menaxhimin e rasteve. Vlerësimi u jep institucioneve besim te ndërmjetësit dhe ndërmjetësve një rrugë drejt njohjes profesionale.',
      },
      'roma-coordinator': {
        title: 'Koordinator për çështjet e romëve',
        description:
          'Krijoni në administratën e bashkisë një pozicion të përhershëm koordinatori për çështjet e romëve, mundësisht të mbuluar nga një profesionist rom, me përshkrim pune me shkrim dhe vend në strukturën organizative. Koordinatori është pika e kontaktit për komunitetin, harton planin e veprimit dhe monitoron zbatimin e tij, dhe kujdeset që masat e tij të përfshihen në buxhetin vjetor. Bashkitë në Serbi e përdorin gjerësisht këtë pozicion.',
      },
      'mobile-team': {
        title: 'Ekip i lëvizshëm për përfshirjen',
        description:
          'Krijoni një ekip që mblidhet rregullisht dhe viziton vendbanimet së bashku: koordinatori për çështjet e romëve, një asistent pedagogjik, një ndërmjetës shëndetësor dhe punonjës të shërbimit social dhe të zyrës së punësimit. Ekipi zgjidh problemet që kapërcejnë kufijtë e shërbimeve, për shembull një familje pa dokumente, fëmijët e së cilës nuk shkojnë në shkollë. Themelojeni me vendim të bashkisë që cakton anëtarët dhe sa shpesh mblidhen.',
      },
      'health-mediators': {
        title: 'Ndërmjetës shëndetësorë romë',
        description:
          'Punësoni ndërmjetës shëndetësorë nga komuniteti rom pranë qendrës shëndetësore vendore. Ata vizitojnë familjet për të mbështetur vaksinimin, kujdesin para dhe pas lindjes dhe regjistrimin te mjeku i familjes, i ndihmojnë njerëzit të sigurojnë sigurimin shëndetësor dhe i shoqërojnë te shërbimet kur duhet. Jepuni një kontratë me qendrën shëndetësore dhe mbikëqyrje të rregullt.',
      },
      'pedagogical-assistants': {
        title: 'Asistentë pedagogjikë',
        description:
          'Vendosni asistentë pedagogjikë, mundësisht që flasin gjuhën rome, në kopshtet dhe shkollat që ndjekin fëmijët romë, për të mbështetur nxënësit në klasë, për të punuar me mësuesit dhe për të mbajtur lidhje me prindërit. Ata ndihmojnë edhe me regjistrimin dhe me organizimin e transportit, teksteve falas dhe mjeteve shkollore. Në Serbi ky rol është pjesë e sistemit të rregullt arsimor.',
      },
      'preschool-enrolment': {
        title: 'Regjistrim në arsimin parashkollor për çdo fëmijë rom',
        description:
          'Synoni që çdo fëmijë rom të ndjekë arsimin parashkollor, të paktën vitin e detyrueshëm dhe mundësisht më gjatë, duke hequr tarifat, duke organizuar transportin dhe duke vizituar familjet për t’u shpjeguar si bëhet regjistrimi. Vendosini fëmijët në grupe të përziera në kopshte të zakonshme, kurrë në grupe vetëm për fëmijë romë. Ndiqni regjistrimin dhe frekuentimin krahasuar me numrin e fëmijëve të moshës parashkollore në çdo vendbanim.',
      },
      'civil-registration-drive': {
        title: 'Fushatë regjistrimi në gjendjen civile',
        description:
          'Identifikoni personat pa dokumente, si certifikatë lindjeje, kartë identiteti ose vendbanim të regjistruar, pastaj ofrojuni ndihmë juridike falas dhe përjashtim nga tarifat administrative. Organizoni seanca të lëvizshme të gjendjes civile në vendbanim dhe ndihmoni me regjistrimin e vonuar të lindjes, që njerëzit të regjistrohen në shkollë, të marrin sigurim shëndetësor dhe të përfitojnë pagesat. Bini dakord me maternitetin që çdo i porsalindur të regjistrohet para se të dalë nga spitali.',
      },
      'settlement-legalisation': {
        title: 'Legalizimi i vendbanimit dhe infrastruktura',
        description:
          'Miratoni ose ndryshoni një plan urbanistik që mbulon vendbanimin informal, sqaroni pronësinë e tokës dhe ndihmoni familjet të paraqesin kërkesat për legalizim. Pasi të zgjidhet statusi ligjor, planifikoni në buxhet me faza furnizimin me ujë, kanalizimet, energjinë elektrike dhe rrugët hyrëse të asfaltuara. Kur legalizimi nuk është i mundur, planifikoni strehim të denjë e të desegreguar në një vend tjetër, në marrëveshje me banorët.',
      },
      'roma-responsive-budgeting': {
        title: 'Buxhetim që u përgjigjet nevojave të romëve',
        description:
          'Shënoni çdo zë të buxhetit të bashkisë si të lidhur drejtpërdrejt, të lidhur tërthorazi ose të palidhur me përfshirjen e romëve, pastaj ndiqni sa shpenzohet realisht nga çdo zë gjatë vitit. Kështu duket nëse plani i veprimit ka fonde pas tij dhe çfarë pjese siguron vetë bashkia. Raportojini shifrat këshillit bashkiak së bashku me raportin e monitorimit të planit.',
      },
      'romani-language-culture': {
        title: 'Gjuha dhe kultura rome',
        description:
          'Ofroni kurse të gjuhës rome dhe futni në shkollat vendore historinë e romëve, përfshirë gjenocidin ndaj romëve në Luftën e Dytë Botërore. Mbështetni qendrat kulturore rome, shoqatat dhe mediat në gjuhën rome, dhe shënoni me aktivitete publike Ditën Ndërkombëtare të Romëve më 8 prill. Kështu kultura rome zë një vend të dukshëm në jetën publike vendore dhe paragjykimet e shumicës kundërshtohen.',
      },
      'public-works-employment': {
        title: 'Punë publike dhe punësim në bashki',
        description:
          'U jepni punëkërkuesve romë akses të drejtë në programet e punëve publike dhe në vendet e punës në bashki dhe në ndërmarrjet e saj, me rekrutim transparent dhe informim aktiv në vendbanime. Shtoni grante të vogla dhe këshillim për ata që nisin biznesin e tyre, dhe mbështetni ndërmarrjet sociale që punësojnë banorë. Lidhini punët publike me trajnimin, që pjesëmarrësit të kalojnë në punë të rregullt.',
      },
    },
  },
  /** Labels of the rendered action plan (Markdown and PDF). */
  document: {
    // ---- What the document is (PDF metadata, cover) ----
    /** The kind of document; PDF subject and keywords. */
    documentSubject: 'Plan lokal veprimi për përfshirjen e romëve',
    coverMunicipality: 'Bashkia',
    coverCity: 'Bashkia',
    coverTown: 'Bashkia',
    coverPeriod: 'Periudha',
    coverStatus: 'Statusi',
    coverVersion: 'Versioni',
    coverAdoptedBy: 'Miratuar nga',
    coverDecision: 'Vendimi',
    coverAdoptionDate: 'Data e miratimit',
    coverDate: 'Data e këtij dokumenti',

    // ---- Where the plan stands (plan.status) ----
    statusDraft: 'Projekt',
    statusConsultation: 'Projekt për konsultim publik',
    statusAdopted: 'Miratuar',

    // ---- Chapter and section titles, in document order ----
    chapterContents: 'Përmbajtja',
    chapterIntroduction: 'Hyrje dhe baza strategjike',
    chapterMethod: 'Metodologjia dhe pjesëmarrja',
    chapterMunicipality: 'Bashkia dhe lagjet ku jetojnë romët',
    chapterGoals: 'Qëllimet e politikave',
    chapterBudget: 'Përmbledhje e buxhetit',
    chapterNotCovered: 'Fushat që plani nuk i mbulon dhe arsyet',
    sectionBudgetByArea: 'Buxheti sipas fushave prioritare',
    sectionBudgetByYear: 'Buxheti sipas viteve',
    sectionBudgetBySource: 'Buxheti sipas burimeve të financimit',
    chapterCoverage: 'Mbulimi i qëllimeve të politikave',
    chapterTimeline: 'Kalendari i zbatimit',
    chapterImplementation: 'Organizimi i zbatimit',
    chapterMonitoring: 'Monitorimi dhe vlerësimi',
    chapterAnnexes: 'Shtojcat',
    annexIndicators: 'Shtojca 1. Treguesit',
    annexParticipation: 'Shtojca 2. Regjistri i pjesëmarrjes',
    annexDecision: 'Shtojca 3. Vendimi për miratimin e planit',
    /** Only present when the checks found something to review. */
    annexReview: 'Shtojca 4. Shënime për shqyrtuesit',

    // ---- Introduction ----
    /** Opening paragraph. {municipality}: its name; {period}: e.g. 2026–2030. */
    introSummary:
      'Ky plan përcakton si do të nxisë Bashkia {municipality} barazinë, përfshirjen dhe pjesëmarrjen e banorëve të saj romë gjatë periudhës {period}. Ai mbulon shtatë fushat prioritare vendore të përfshirjes së romëve dhe tregon se cilit prej dhjetë qëllimeve të politikave për pakicat i shërben secila masë.',
    introVision: 'Vizioni',
    introPolicyBasis: 'Baza strategjike',
    introEuFramework: 'Kontributi në Kornizën Strategjike të BE-së për Romët 2020–2030',
    introEuFrameworkText:
      'Masat e këtij plani u shërbejnë objektivave të mëposhtme të Kornizës Strategjike të BE-së për Romët për barazinë, përfshirjen dhe pjesëmarrjen 2020–2030:',

    // ---- Method and participation ----
    methodIntro:
      'Plani u hartua së bashku me komunitetin rom. Konsultimet e mbajtura gjatë hartimit përshkruhen më poshtë; Shtojca 2 jep shifrat e tyre në një tabelë.',
    methodIntroUnrecorded: 'Konsultimet e mbajtura gjatë hartimit përshkruhen më poshtë; Shtojca 2 jep shifrat e tyre në një tabelë.',
    methodConsultations: 'Konsultimet e mbajtura',
    methodParticipants: 'Pjesëmarrës gjithsej',
    methodRomaParticipants: 'Pjesëmarrës romë',
    methodWomenParticipants: 'Gra pjesëmarrëse',
    /** Kinds of consultation (participation[].format). */
    formatRoundTable: 'Tryezë e rrumbullakët',
    formatCommunityMeeting: 'Takim me komunitetin',
    formatWorkingGroup: 'Grup pune',
    formatSurvey: 'Anketë',
    formatPublicHearing: 'Dëgjesë publike',
    formatOther: 'Formë tjetër konsultimi',

    // ---- The municipality ----
    municipalityCountry: 'Shteti',
    municipalityRegion: 'Qarku',
    populationTotal: 'Popullsia',
    populationRoma: 'Popullsia rome (vlerësim)',
    populationRomaShare: 'Pesha e romëve në popullsi',
    populationRomaSource: 'Burimi i vlerësimit',
    settlements: 'Lagjet dhe vendbanimet ku jetojnë romët',
    noSettlements: 'Plani nuk rendit lagje apo vendbanime.',
    /** Legal status of a settlement's land and buildings. */
    legalFormal: 'Formal',
    legalInformal: 'Informal',
    legalPartlyFormal: 'Pjesërisht formal',
    /** Basic services of a settlement, and how far residents have them. */
    serviceWater: 'Uji',
    serviceElectricity: 'Energjia elektrike',
    serviceSewage: 'Kanalizimet',
    serviceRoad: 'Rruga hyrëse',
    levelFull: 'plotësisht',
    levelPartial: 'pjesërisht',
    levelNone: 'nuk ka',

    // ---- Policy goals ----
    goalsIntro:
      'Fushat prioritare tregojnë ku vepron bashkia; dhjetë qëllimet e politikave për pakicat tregojnë për çfarë. Tabela tregon përparësinë që bashkia i jep secilit qëllim dhe masat që i shërbejnë atij.',
    goalsStatements: 'Si i ndjek bashkia qëllimet',
    goalNotAddressed: 'nuk trajtohet',
    priorityHigh: 'E lartë',
    priorityMedium: 'Mesatare',
    priorityLow: 'E ulët',

    // ---- A priority area chapter ----
    areaNotApplicable: 'Kjo fushë prioritare nuk zbatohet në këtë bashki.',
    areaReason: 'Arsyeja',
    areaSituation: 'Situata',
    areaData: 'Të dhënat',
    areaNeeds: 'Nevojat sipas renditjes së komunitetit, nga më urgjentja',
    areaEuObjectives: 'Objektivat e kornizës së BE-së që u shërben fusha',
    areaTotal: 'Kostoja e masave në këtë fushë',
    /** Heading of the measure descriptions under an action matrix. */
    measureDetails: 'Masat',
    measureGoals: 'Qëllimet e politikave',
    measureEuObjectives: 'Objektivat e kornizës së BE-së',
    measurePractice: 'Praktika e mirë mbi të cilën mbështetet',
    measureBeneficiaries: 'Përfituesit',
    beneficiariesTotal: 'Të gjithë përfituesit',
    beneficiariesRomaWomen: 'Gra dhe vajza rome',
    beneficiariesRomaMen: 'Burra dhe djem romë',
    measureRisks: 'Rreziqet dhe si menaxhohen',
    /** Between an indicator's value and the means of verification, in the action matrix. */
    indicatorVerifiedBy: 'burimi i verifikimit:',

    // ---- Table column headings ----
    colNumber: 'Nr.',
    colMeasure: 'Masa',
    colLead: 'Institucioni përgjegjës',
    colLeadPartners: 'Institucioni përgjegjës dhe partnerët',
    colPartners: 'Partnerët',
    colPeriod: 'Periudha',
    colCost: 'Kostoja dhe financimi',
    colIndicators: 'Treguesit: vlera bazë → vlera e synuar',
    colIndicator: 'Treguesi',
    colValue: 'Vlera',
    colYear: 'Viti',
    colSource: 'Burimi',
    colGoal: 'Qëllimi i politikës',
    colPriority: 'Përparësia',
    colMeasures: 'Masat',
    colArea: 'Fusha prioritare',
    colTotal: 'Gjithsej',
    colShare: 'Pesha',
    colFundingSource: 'Burimi i financimit',
    colStart: 'Fillimi',
    colEnd: 'Përfundimi',
    colObjective: 'Objektivi specifik',
    colSettlement: 'Lagjja ose vendbanimi',
    colHouseholds: 'Familje',
    colResidents: 'Banorë',
    colLegalStatus: 'Statusi ligjor',
    colServices: 'Shërbimet bazë',
    colMediatorField: 'Fusha',
    colMediatorCount: 'Ndërmjetës',
    colUnit: 'Njësia',
    colBaseline: 'Vlera bazë',
    colTarget: 'Vlera e synuar',
    colVerification: 'Burimi i verifikimit',
    colDisaggregation: 'Ndarja sipas',
    colDate: 'Data',
    colFormat: 'Forma',
    colParticipants: 'Pjesëmarrës',
    colRoma: 'Romë',
    colWomen: 'Gra',
    colPath: 'Vendi në plan',
    colNote: 'Shënim',
    /** The sum row at the bottom of a table. */
    rowTotal: 'Gjithsej',
    /** An empty value in a table. */
    none: '–',

    // ---- Budget ----
    budgetTotal: 'Kostoja totale e planit',
    budgetMunicipal: 'Nga buxheti i bashkisë',
    budgetMunicipalShare: 'Pesha e bashkisë',
    budgetSpreadNote: 'Kostoja e çdo mase ndahet ndër vitet e zbatimit në përpjesëtim me numrin e tremujorëve në çdo vit, në shuma të plota; mbetja nga rrumbullakimi i shtohet vitit të fundit.',
    /** Funding source types (cost.sources[].type). */
    sourceMunicipal: 'Buxheti i bashkisë',
    sourceNational: 'Buxheti i shtetit',
    sourceEu: 'Fondet e BE-së',
    sourceDonor: 'Donatorët',
    sourcePrivate: 'Sektori privat',
    sourceOther: 'Burime të tjera',

    // ---- Coverage matrix ----
    coverageIntro:
      'Matrica numëron, për secilën fushë prioritare, masat që i shërbejnë secilit qëllim të politikave. Kolonat janë numrat e qëllimeve të renditura poshtë saj.',
    /** A cell of a priority area marked not applicable. */
    coverageNotApplicable: 'n/z',
    coverageLegend: 'Qëllimet e politikave',
    coverageGaps: 'Qëllimet e politikave të cilave nuk u shërben asnjë masë',
    coverageNoGaps: 'Çdo qëllimi të politikave i shërben të paktën një masë.',

    // ---- Timeline ----
    timelineIntro: 'Kur zbatohet secila masë. T1–T4 janë tremujorët kalendarikë.',
    /** A quarter of a year, e.g. "Q3 2027". */
    quarter: 'T{quarter} {year}',
    /** From one year or quarter to another, e.g. "2026 – 2028". */
    range: '{from} – {to}',

    // ---- Implementation ----
    implementationIntro:
      'Kush e koordinon dhe e zbaton planin. Çdo masë ka edhe institucionin e vet përgjegjës, të përmendur në tabelat e masave.',
    coordinator: 'Koordinatori për çështjet e romëve',
    coordinatorUnit: 'Struktura e bashkisë',
    coordinationBody: 'Organi koordinues',
    coordinationMembers: 'Anëtarët',
    communityActionGroup: 'Grupi i veprimit në komunitet',
    cagMembers: 'Anëtarët',
    cagWomen: 'Prej tyre gra',
    cagEstablished: 'Krijuar më',
    mediators: 'Ndërmjetësit',
    noMediators: 'Plani nuk përmend ndërmjetës.',
    /** Fields mediators work in (governance.mediators[].field). */
    mediatorEducation: 'Arsimi',
    mediatorHealth: 'Shëndeti',
    mediatorCommunity: 'Komuniteti',
    mediatorEmployment: 'Punësimi',

    // ---- Monitoring and evaluation ----
    monitoringBody: 'Organi i monitorimit',
    monitoringFrequency: 'Raportet e progresit',
    monitoringReportTo: 'Raportet i dërgohen',
    monitoringMidTerm: 'Vlerësimi afatmesëm',
    monitoringFinal: 'Vlerësimi përfundimtar',
    monitoringCommunityRole: 'Roli i komunitetit në monitorim',
    monitoringIndicators: 'Shtojca 1 rendit treguesit e të gjitha masave, me vlerat bazë, vlerat e synuara dhe burimet e verifikimit.',
    frequencyQuarterly: 'çdo tremujor',
    frequencySemiAnnual: 'çdo gjashtë muaj',
    frequencyAnnual: 'një herë në vit',

    // ---- Annexes ----
    /** Ways an indicator is broken down (indicators[].disaggregation). */
    disaggregationSex: 'gjinia',
    disaggregationAge: 'mosha',
    disaggregationSettlement: 'vendbanimi',
    reviewIntro:
      'Kontrollet automatike të planit gjetën pikat e mëposhtme. Ato nuk e pengojnë miratimin, por shqyrtuesit u kushtojnë vëmendje.',

    // ---- The decision adopting the plan (Annex 3) ----
    // {body}: the council; {title}: the plan title; {municipality}; {period}: e.g. 2026–2030;
    // {decision}: the decision number; {coordinator}: the coordinator's role; {monitoringBody};
    // {reportTo}; {frequency}: e.g. "every year"; {total} and {municipal}: amounts; {date}.
    // Every value stands in the nominative (the form the plan gives), so each sits where
    // Albanian keeps the nominative: as the subject, or after "nga".
    decisionPlaceDate: '{municipality}, {date}',
    /** Stands for the date of a decision not yet taken. */
    decisionDateBlank: '……………………',
  },
  /** Labels only the PDF needs (running header and footer, chart legends). */
  pdf: {
    /** Footer of every page but the cover. */
    pageOf: 'Faqja {page} nga {pages}',
    /** Title of the contents when the view has no contents entry of its own. */
    contents: 'Përmbajtja',
    ganttTitle: 'Masat gjatë periudhës së planit, sipas fushave',
    /** Quarter label on the time axis of the Gantt chart. */
    quarter: 'T{quarter}',
    budgetChartTitle: 'Buxheti sipas fushave dhe burimeve të financimit',
    legend: 'Burimet e financimit:',
    /** Caption under each chart. */
    figure: 'Figura {number}: {title}',
  },
  /** Words of the council decision that adopts the plan (kept in decision-sq.ts). */
  decision: decisionSq,
  /** Questions of the wizard's legal-basis step (kept in wizard-legal-sq.ts). */
  wizardLegal: wizardLegalSq,
  /** Labels of the annual report (kept in follow-up-sq.ts). */
  followUp: followUpSq,
  content: contentSq,
  review: reviewSq,
  /** Questions, choices and messages of `roma-plan init` (kept in wizard-sq.ts). */
  wizard: wizardSq,
  wizardHelp: wizardHelpSq,
};
