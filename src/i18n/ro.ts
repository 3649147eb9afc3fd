import { contentRo } from './content-ro.js';
import { wizardLegalRo } from './wizard-legal-ro.js';
import { decisionRo } from './decision-ro.js';
import { followUpRo } from './follow-up-ro.js';
import type { LanguageFile } from './index.js';
import { wizardRo } from './wizard-ro.js';
import { wizardHelpRo } from './wizard-help-ro.js';
import { reviewRo } from './review-ro.js';

/** Romanian. Same keys, in the same order, as en.ts. */
export const ro: LanguageFile = {
  meta: { name: 'Romanian', nativeName: 'Română' },
  /** The names of the areas, goals and EU objectives, and the good-practice catalogue. */
  catalogue: {
    areas: {
      participation: { title: 'Participarea efectivă a romilor la nivel local', short: 'Participare' },
      employment: { title: 'Abilitare economică și ocupare', short: 'Ocupare' },
      health: { title: 'Sănătate publică', short: 'Sănătate' },
      culture: { title: 'Integrare culturală', short: 'Cultură' },
      education: { title: 'Educație', short: 'Educație' },
      'birth-registration': { title: 'Înregistrarea nașterii și actele de stare civilă', short: 'Stare civilă' },
      'living-conditions': { title: 'Condițiile de trai în așezări', short: 'Condiții de trai' },
    },
    goals: {
      'conflict-prevention': { title: 'Prevenirea conflictelor interetnice locale', short: 'Prevenirea conflictelor' },
      'consensual-democracy': { title: 'Practicarea democrației consensuale la nivel local', short: 'Democrație consensuală' },
      'balancing-interests': {
        title: 'Echilibrarea intereselor socioculturale și politice ale comunităților etnice majoritare și minoritare',
        short: 'Echilibrarea intereselor',
      },
      'checks-and-balances': {
        title: 'Cooperare, control și echilibru reciproc între forțele politice concurente',
        short: 'Control și echilibru',
      },
      'cultural-autonomy': {
        title:
          'Realizarea drepturilor la autonomie culturală (instituții culturale, mijloace de informare, educație în limba maternă)',
        short: 'Autonomie culturală',
      },
      'service-provision': {
        title: 'Cultivarea loialității comunităților minoritare prin furnizarea pragmatică de servicii',
        short: 'Furnizarea de servicii',
      },
      'public-participation': { title: 'Participarea activă a comunităților minoritare la viața publică locală', short: 'Participare publică' },
      'needs-based-budgeting': {
        title: 'Planificare bugetară unitară, bazată pe nevoile comunităților minoritare',
        short: 'Bugetare pe bază de nevoi',
      },
      'economic-activity': { title: 'Promovarea activităților economice utile social', short: 'Activitate economică' },
      security: {
        title:
          'Securitate: prevenirea extremismului, a discriminării și a excluziunii, eliminarea sentimentelor ostile minorităților, garantarea ordinii publice',
        short: 'Securitate',
      },
    },
    eu: {
      antigypsyism: 'Combaterea și prevenirea rasismului împotriva romilor și a discriminării',
      poverty: 'Reducerea sărăciei și a excluziunii sociale',
      participation: 'Promovarea participării prin capacitare, cooperare și încredere',
      education: 'Acces egal la educație de calitate, incluzivă, în sistemul general de învățământ',
      employment: 'Acces egal la locuri de muncă de calitate și durabile',
      health: 'Îmbunătățirea sănătății și acces egal la asistență medicală și servicii sociale',
      housing: 'Acces egal la locuințe adecvate și desegregate și la servicii esențiale',
    },
    practices: {
      'intercultural-mediators': {
        title: 'Mediatori interculturali',
        description:
          'Se recrutează membri respectați ai comunității rome locale, de preferință cunoscuți atât de locuitori, cât și de instituții, care sunt formați după metoda ROMED a Consiliului Europei: cod de etică, comunicare și negociere, gestionarea conflictelor și planificare comună. Odată angajați, mediatorii își păstrează neutralitatea și mențin un canal permanent de comunicare între familii, pe de o parte, și școli, serviciile de sănătate și primărie, pe de altă parte, transmițând nevoile și informațiile în ambele sensuri. Scopul este prevenirea conflictelor și includerea dialogului în funcționarea obișnuită a administrației locale, nu rezolvarea unor dispute izolate.',
      },
      'community-action-group': {
        title: 'Grup de acțiune comunitară',
        description:
          'Mediatorul reunește locuitori romi într-un grup care își stabilește propriile reguli și ia decizii în mod democratic, astfel încât comunitatea să își exprime nevoile cu propria voce. Grupul identifică și ierarhizează problemele locale și desemnează reprezentanți la întâlnirile cu administrația locală și cu instituțiile publice. Grupul se menționează în plan și primește un rol în monitorizare.',
      },
      'round-tables': {
        title: 'Mese rotunde de planificare comunitară',
        description:
          'Se organizează periodic întâlniri facilitate în care grupul de acțiune comunitară planifică împreună cu primăria, școlile, centrul de sănătate și alte instituții locale. Mediatorul pregătește fiecare întâlnire pornind de la nevoile identificate de ambele părți, în colaborare cu o persoană de contact din cadrul instituțiilor. Se ține evidența datelor, a participanților și a acordurilor; aceasta devine registrul participării al planului.',
      },
      'local-mini-project': {
        title: 'Mini-proiect local comun',
        description:
          'Primul acord obținut la mesele rotunde se transformă într-un proiect mic, cu un rezultat vizibil, pe care locuitorii și instituțiile îl realizează împreună. Ambele părți contribuie cu oameni sau resurse și împart responsabilitatea pentru rezultat. Un succes comun obținut devreme construiește încrederea de care vor avea nevoie măsurile mai ample din plan.',
      },
      'leader-training': {
        title: 'Formarea liderilor romi locali',
        description:
          'Se identifică una sau două persoane care au deja un rol de lider în comunitate, fie lideri informali, profesioniști, conducători de ONG-uri sau aleși locali, și sunt sprijinite să organizeze și să conducă grupul local. Li se oferă formare în facilitare, planificare și colaborare cu instituțiile, urmată de mentorat. O conducere locală puternică este cea care menține grupul activ și după încetarea sprijinului extern.',
      },
      'community-centre': {
        title: 'Centru comunitar de cartier',
        description:
          'Se deschide un centru în cartierul marginalizat sau în apropierea acestuia, în care consilierea socială, activitățile pentru copii și tineri, consilierea pentru ocupare și întâlnirile comunitare sunt disponibile în același loc. La Ostrava, un ONG a deschis în 2003 un astfel de centru într-un ansamblu de locuințe nou construit, a adăugat ulterior încă două în alte zone marginalizate și a deservit și locuitorii cartierelor învecinate. Centrul este încadrat cu asistenți sociali calificați, iar locuitorii sunt implicați în administrarea lui.',
      },
      'outreach-social-work': {
        title: 'Asistență socială pe teren și consiliere juridică',
        description:
          'Asistenții sociali vizitează familiile la domiciliu pentru a le ajuta să obțină prestațiile la care au dreptul, să se descurce în relația cu autoritățile și să ajungă la serviciile publice generale. Consilierea acoperă locuirea și datoriile legate de costurile locuinței, munca, școlarizarea, sănătatea, problemele de familie și discriminarea și urmărește ca oamenii să poată rezolva singuri o problemă asemănătoare pe viitor. Un program care explică costurile locuirii și importanța relațiilor bune cu vecinii ajută familiile să evite datoriile și evacuarea.',
      },
      'mixed-social-housing': {
        title: 'Locuințe sociale mixte de închiriat',
        description:
          'Se construiesc locuințe sociale standard de închiriat, repartizate în proporții egale familiilor rome, nerome și mixte; la Ostrava, „Satul conviețuirii” a construit în 2000–2002 30 de locuințe pentru 10 familii rome, 10 familii nerome și 10 familii mixte. Viitorii chiriași ajută la pregătirea și construirea locuințelor, iar apoi un consiliu de administrare format din reprezentanți ai chiriașilor, ai primăriei și ai societății civile gestionează ansamblul, inclusiv alegerea noilor chiriași. Anii de însoțire prin muncă socială și comunitară au menținut locuințele în stare bună și au răspuns obiecțiilor ridicate înainte de construcție.',
      },
      'transition-housing': {
        title: 'Locuințe sociale de tranziție',
        description:
          'Se asigură un număr mic de apartamente, de exemplu de la o agenție privată de închirieri, care se închiriază pe durată limitată familiilor care și-au pierdut locuința, în special familiilor cu copii, cu sprijin social intensiv până la stabilizarea situației lor. La Ostrava, un ONG a acționat ca proprietar pentru 8 astfel de apartamente, puse la dispoziție în acest scop de cea mai mare agenție privată de închirieri. Se adaugă sprijin pentru găsirea de adăposturi, cămine sau subînchirieri pentru familiile amenințate cu evacuarea.',
      },
      'family-support': {
        title: 'Echipă de sprijin pentru familie',
        description:
          'O echipă de asistenți sociali lucrează cu părinții pentru ca copiii să nu fie plasați în asistență maternală sau să se poată întoarce acasă dacă au fost deja plasați. Sprijinul cuprinde consilierea juridică, abilitățile parentale, satisfacerea nevoilor copiilor, problemele familiale și financiare și frecventarea regulată a școlii. La Ostrava, acest serviciu a fost finanțat printr-un contract de serviciu public încheiat cu autoritatea regională.',
      },
      'job-service': {
        title: 'Serviciu de consiliere pentru ocupare',
        description:
          'Se oferă romilor și altor persoane în căutarea unui loc de muncă din cartierele marginalizate consiliere privind modul de căutare a unui loc de muncă, interviurile de angajare și comunicarea la locul de muncă. Personalul stabilește contacte cu angajatorii locali și îndrumă persoanele către cursuri de formare și programe educaționale potrivite. Serviciul funcționează împreună cu agenția pentru ocuparea forței de muncă, astfel încât beneficiarii să poată folosi și programele acesteia.',
      },
      'crime-prevention': {
        title: 'Sprijin pentru victime și prevenirea criminalității',
        description:
          'Se înființează un serviciu care, în strânsă colaborare cu poliția locală și cu unitățile de poliție din zonă, sprijină victimele cametei și ale altor infracțiuni din cartierele marginalizate și acționează împotriva consumului și traficului de droguri. Serviciul combină munca individuală cu victimele și cu persoanele expuse riscului, patrulele comune cu polițiștii, care facilitează comunicarea cu locuitorii, și întâlnirile periodice în care toți actorii locali împărtășesc informații și abordează împreună problemele. În timp, serviciul construiește încrederea dintre familiile rome și poliție.',
      },
      'neighbourhood-improvement': {
        title: 'Îmbunătățirea cartierului prin efort comun',
        description:
          'Locuitorii sunt organizați pentru a curăța împreună spațiile publice, a renova părțile comune ale clădirilor și a amenaja sau repara parcuri și locuri de joacă. Primăria asigură materialele, uneltele și colectarea deșeurilor; partenerii privați pot dona materiale, așa cum a făcut un dezvoltator imobiliar pentru un proiect-pilot de reparare a clădirilor la Ostrava. Munca umăr la umăr pentru îmbunătățiri vizibile întărește relațiile dintre vecinii romi și neromi și le oferă un rol copiilor și tinerilor.',
      },
      'anti-discrimination-campaign': {
        title: 'Acțiuni împotriva discriminării și a segregării școlare',
        description:
          'Administrația locală se alătură organizațiilor societății civile în campanii de conștientizare și proiecte concrete împotriva discriminării, în primul rând împotriva plasării copiilor romi în școli sau clase separate. Acolo unde persuasiunea nu este suficientă, se sprijină plângeri și acțiuni în justiție. Se include o verificare a școlilor locale privind segregarea și un plan cu termene pentru eliminarea acesteia.',
      },
      'ngo-service-contract': {
        title: 'ONG local ca furnizor de servicii contractat',
        description:
          'În locul finanțării unor proiecte punctuale, se contractează un ONG local experimentat ca partener strategic, care furnizează servicii sociale licențiate în cartierele marginalizate și participă la planificarea serviciilor la nivel local. Finanțarea combină fonduri ale orașului și ale sectoarelor sale, fonduri regionale și centrale pentru servicii sociale licențiate, fonduri europene, precum Fondul Social European, și contribuții private pentru proiecte specifice. Contractele multianuale oferă stabilitatea de care au nevoie rezultatele durabile.',
      },
      'roma-officials-network': {
        title: 'Rețeaua aleșilor și funcționarilor locali romi',
        description:
          'Se sprijină un grup formal de primari, consilieri locali, mediatori și coordonatori locali pentru problemele romilor, de etnie romă, pentru formare comună, schimb de experiență și poziții comune, așa cum a propus „inițiativa de la Konjic” din Balcanii de Vest. Rețeaua poate vorbi cu o singură voce în asociațiile autorităților locale, inclusiv la Consiliul Europei. Administrația locală își desemnează reprezentanții romi și acoperă costurile participării lor.',
      },
      'official-training': {
        title: 'Formarea funcționarilor administrației locale',
        description:
          'Funcționarii care planifică, elaborează bugetul și furnizează servicii sunt instruiți să gestioneze politicile privind romii: cadrul național și cel european, evaluarea nevoilor, planificarea participativă, bugetarea și monitorizarea. Sunt incluși șefii de compartimente și personalul financiar, nu doar coordonatorul pentru problemele romilor, astfel încât măsurile să ajungă în bugetul obișnuit. Formarea se repetă după alegeri și după schimbările de personal.',
      },
      'coordination-body': {
        title: 'Organism local de coordonare',
        description:
          'Se înființează pe lângă primărie un organism în care compartimentele administrației, instituțiile publice și societatea civilă discută măsurile de incluziune și implică în elaborarea politicilor comunitatea vizată. Înainte de înființarea lui, partenerii din Koper (Slovenia) au inventariat toate serviciile și programele disponibile la nivel local, au evaluat nevoile și au elaborat un document strategic, iar organismul a fost constituit în 2021. Organismul din Koper se ocupă de incluziunea migranților; aceeași structură poate funcționa ca organism de coordonare pentru romi.',
      },
      'inclusion-council': {
        title: 'Consiliu pentru incluziune',
        description:
          'Un consiliu consultativ reunește instituțiile locale în jurul unei bariere pe care acestea au identificat-o, cum ar fi dificultățile de limbă semnalate de școli. La Škofja Loka (Slovenia), consiliul a asigurat formarea în mediere interculturală a personalului instituțiilor publice, iar din 2021 acolo lucrează doi mediatori, în principal în educație. Consiliul pornește de la nevoile urgente și poate evolua către o politică sistematică de incluziune; exemplul provine din incluziunea migranților și se aplică în egală măsură comunităților de romi.',
      },
      'mediator-evaluation': {
        title: 'Standarde și evaluare pentru mediatori',
        description:
          'Medierea interculturală devine o profesie: se stabilesc în scris rolul mediatorului, competențele necesare și regulile de etică, iar activitatea fiecărui mediator este evaluată la intervale fixe. Competențele evaluate includ comunicarea interculturală, medierea și gestionarea conflictelor, cunoașterea istoriei și culturii comunității, planificarea și autoevaluarea, precum și gestionarea cazurilor. Evaluarea le dă instituțiilor încredere în mediatori, iar mediatorilor o cale spre recunoaștere profesională.',
      },
      'roma-coordinator': {
        title: 'Coordonator pentru problemele romilor',
        description:
          'Se creează în aparatul administrației locale un post permanent de coordonator pentru problemele romilor, ocupat de preferință de un profesionist rom, cu fișa postului întocmită în scris și cu un loc în organigramă. Coordonatorul este persoana de contact pentru comunitate, pregătește și monitorizează planul de acțiune și se asigură că măsurile acestuia sunt incluse în bugetul anual. Municipalitățile din Serbia folosesc pe scară largă acest post.',
      },
      'mobile-team': {
        title: 'Echipă mobilă pentru incluziune',
        description:
          'Se constituie o echipă care se întrunește periodic și vizitează împreună așezările: coordonatorul pentru problemele romilor, un asistent pedagogic, un mediator sanitar și personal al serviciului de asistență socială și al serviciului de ocupare a forței de muncă. Echipa rezolvă probleme care depășesc limitele unui singur serviciu, de exemplu o familie fără acte ai cărei copii nu merg la școală. Echipa se înființează printr-o decizie a autorității locale care îi numește membrii și stabilește frecvența întâlnirilor.',
      },
      'health-mediators': {
        title: 'Mediatori sanitari romi',
        description:
          'Se angajează mediatori sanitari din comunitatea romă, arondați centrului de sănătate local. Aceștia vizitează familiile pentru a sprijini vaccinarea, îngrijirea înainte și după naștere și înscrierea la medicul de familie, ajută oamenii să obțină asigurarea de sănătate și îi însoțesc la servicii atunci când este nevoie. Mediatorii au contract cu centrul de sănătate și beneficiază de supervizare periodică.',
      },
      'pedagogical-assistants': {
        title: 'Asistenți pedagogici',
        description:
          'Se angajează asistenți pedagogici, de preferință vorbitori de limba romani, în grădinițele și școlile frecventate de copii romi, care sprijină elevii la clasă, lucrează cu cadrele didactice și țin legătura cu părinții. Ei ajută, de asemenea, la înscriere și la organizarea transportului, a manualelor gratuite și a rechizitelor. În Serbia, acest rol face parte din sistemul educațional obișnuit.',
      },
      'preschool-enrolment': {
        title: 'Înscrierea la grădiniță a fiecărui copil rom',
        description:
          'Obiectivul este ca fiecare copil rom să frecventeze grădinița, cel puțin anul obligatoriu și, ideal, mai mult timp, prin scutirea de taxe, asigurarea transportului și vizite la familii pentru a explica modul de înscriere. Copiii sunt incluși în grupe mixte din grădinițe obișnuite, niciodată în grupe formate doar din copii romi. Înscrierea și frecvența se urmăresc în raport cu numărul copiilor de vârstă preșcolară din fiecare așezare.',
      },
      'civil-registration-drive': {
        title: 'Campanie de înregistrare în evidențele de stare civilă',
        description:
          'Se identifică persoanele fără documente, precum certificatul de naștere, cartea de identitate sau domiciliul înregistrat, apoi li se oferă asistență juridică gratuită și scutire de taxele administrative. Se organizează sesiuni mobile ale serviciului de stare civilă în așezare și se acordă sprijin pentru înregistrarea ulterioară (tardivă) a nașterii, astfel încât oamenii să se poată înscrie la școală, să obțină asigurare de sănătate și să primească prestații sociale. Se convine cu maternitatea ca fiecare nou-născut să fie înregistrat înainte de externare.',
      },
      'settlement-legalisation': {
        title: 'Legalizarea așezării și infrastructura',
        description:
          'Se adoptă sau se modifică un plan urbanistic care include așezarea informală, se clarifică situația proprietății asupra terenurilor și se acordă sprijin gospodăriilor pentru depunerea cererilor de legalizare. După clarificarea situației juridice, se prevăd în buget, etapizat, alimentarea cu apă, canalizarea, energia electrică și drumurile de acces asfaltate. Acolo unde legalizarea nu este posibilă, se planifică, de comun acord cu locuitorii, locuințe decente și desegregate în altă parte.',
      },
      'roma-responsive-budgeting': {
        title: 'Bugetare sensibilă la nevoile romilor',
        description:
          'Fiecare linie a bugetului local se marchează ca fiind direct legată, indirect legată sau fără legătură cu incluziunea romilor, apoi se urmărește cât se cheltuiește efectiv din fiecare linie în cursul anului. Astfel se vede dacă planul de acțiune are finanțare și ce parte provine chiar de la administrația locală. Cifrele se prezintă consiliului local împreună cu raportul de monitorizare a planului.',
      },
      'romani-language-culture': {
        title: 'Limba romani și cultura romă',
        description:
          'Se oferă cursuri de limba romani și se introduce în școlile locale istoria romilor, inclusiv genocidul romilor din timpul celui de-Al Doilea Război Mondial. Se sprijină centrele culturale și asociațiile romilor, precum și mass-media în limba romani, iar Ziua Internațională a Romilor, 8 aprilie, este marcată prin evenimente publice. Astfel, cultura romă capătă un loc vizibil în viața publică locală și sunt contracarate prejudecățile majorității.',
      },
      'public-works-employment': {
        title: 'Lucrări publice și angajare în administrația locală',
        description:
          'Romilor aflați în căutarea unui loc de muncă li se asigură acces echitabil la programele de lucrări publice și la posturile din primărie și din societățile acesteia, prin recrutare transparentă și informare activă în așezări. Se adaugă granturi mici și consiliere pentru persoanele care își încep propria afacere, precum și sprijin pentru întreprinderile sociale care angajează locuitori. Lucrările publice se corelează cu formarea profesională, astfel încât participanții să treacă la locuri de muncă obișnuite.',
      },
    },
  },
  /** Labels of the rendered action plan (Markdown and PDF). */
  document: {
    // ---- What the document is (PDF metadata, cover) ----
    documentSubject: 'Plan local de acțiune pentru incluziunea romilor',
    coverMunicipality: 'Localitatea',
    coverCity: 'Municipiul',
    coverTown: 'Orașul',
    coverPeriod: 'Perioada',
    coverStatus: 'Stadiul',
    coverVersion: 'Versiunea',
    coverAdoptedBy: 'Aprobat de',
    coverDecision: 'Hotărârea',
    coverAdoptionDate: 'Data aprobării',
    coverDate: 'Data documentului',

    // ---- Where the plan stands (plan.status) ----
    statusDraft: 'Proiect',
    statusConsultation: 'Proiect supus consultării publice',
    statusAdopted: 'Aprobat',

    // ---- Chapter and section titles, in document order ----
    chapterContents: 'Cuprins',
    chapterIntroduction: 'Introducere și cadrul de politici publice',
    chapterMethod: 'Metodologie și participare',
    chapterMunicipality: 'Localitatea și cartierele sale locuite de romi',
    chapterGoals: 'Obiective de politici publice',
    chapterBudget: 'Sinteza bugetului',
    chapterNotCovered: 'Domeniile pe care planul nu le acoperă și motivele',
    sectionBudgetByArea: 'Bugetul pe domenii prioritare',
    sectionBudgetByYear: 'Bugetul pe ani',
    sectionBudgetBySource: 'Bugetul pe surse de finanțare',
    chapterCoverage: 'Acoperirea obiectivelor de politici publice',
    chapterTimeline: 'Calendarul de implementare',
    chapterImplementation: 'Mecanismul de implementare',
    chapterMonitoring: 'Monitorizare și evaluare',
    chapterAnnexes: 'Anexe',
    annexIndicators: 'Anexa 1. Indicatori',
    annexParticipation: 'Anexa 2. Registrul participării',
    annexDecision: 'Anexa 3. Hotărârea privind aprobarea planului',
    annexReview: 'Anexa 4. Observații pentru evaluatori',

    // ---- Introduction ----
    introSummary:
      'Prezentul plan stabilește modul în care {municipality} va promova egalitatea, incluziunea și participarea locuitorilor săi romi în perioada {period}. Planul acoperă cele șapte domenii prioritare locale ale incluziunii romilor și arată la care dintre cele zece obiective de politici publice privind minoritățile contribuie fiecare măsură.',
    introVision: 'Viziune',
    introPolicyBasis: 'Cadrul de politici publice',
    introEuFramework: 'Contribuția la cadrul strategic al UE privind romii 2020–2030',
    introEuFrameworkText:
      'Măsurile prezentului plan servesc următoarele obiective ale cadrului strategic al UE pentru egalitatea, incluziunea și participarea romilor 2020–2030:',

    // ---- Method and participation ----
    methodIntro:
      'Planul a fost elaborat împreună cu comunitatea romă. Consultările desfășurate în timpul elaborării sunt descrise mai jos; Anexa 2 prezintă datele acestora într-un singur tabel.',
    methodIntroUnrecorded:
      'Consultările desfășurate în timpul elaborării sunt descrise mai jos; Anexa 2 prezintă datele acestora într-un singur tabel.',
    methodConsultations: 'Consultări desfășurate',
    methodParticipants: 'Total participanți',
    methodRomaParticipants: 'Participanți romi',
    methodWomenParticipants: 'Femei participante',
    formatRoundTable: 'Masă rotundă',
    formatCommunityMeeting: 'Întâlnire comunitară',
    formatWorkingGroup: 'Grup de lucru',
    formatSurvey: 'Sondaj',
    formatPublicHearing: 'Dezbatere publică',
    formatOther: 'Altă formă de consultare',

    // ---- The municipality ----
    municipalityCountry: 'Țara',
    municipalityRegion: 'Regiunea',
    populationTotal: 'Populația',
    populationRoma: 'Populația romă (estimare)',
    populationRomaShare: 'Ponderea romilor în populație',
    populationRomaSource: 'Sursa estimării',
    settlements: 'Cartiere și așezări locuite de romi',
    noSettlements: 'Planul nu enumeră cartiere sau așezări.',
    legalFormal: 'Formală',
    legalInformal: 'Informală',
    legalPartlyFormal: 'Parțial formală',
    serviceWater: 'Apă',
    serviceElectricity: 'Energie electrică',
    serviceSewage: 'Canalizare',
    serviceRoad: 'Drum de acces',
    levelFull: 'complet',
    levelPartial: 'parțial',
    levelNone: 'lipsă',

    // ---- Policy goals ----
    goalsIntro:
      'Domeniile prioritare arată unde acționează administrația locală, iar cele zece obiective de politici publice privind minoritățile arată în ce scop. Tabelul prezintă prioritatea pe care administrația locală o acordă fiecărui obiectiv și măsurile care îl servesc.',
    goalsStatements: 'Cum urmărește administrația locală obiectivele',
    goalNotAddressed: 'Neabordat',
    priorityHigh: 'Ridicată',
    priorityMedium: 'Medie',
    priorityLow: 'Scăzută',

    // ---- A priority area chapter ----
    areaNotApplicable: 'Acest domeniu prioritar nu este aplicabil în localitate.',
    areaReason: 'Motivul',
    areaSituation: 'Situația actuală',
    areaData: 'Date',
    areaNeeds: 'Nevoi ierarhizate de comunitate, începând cu cea mai urgentă',
    areaEuObjectives: 'Obiectivele cadrului UE la care contribuie',
    areaTotal: 'Costul măsurilor din acest domeniu',
    measureDetails: 'Măsuri',
    measureGoals: 'Obiective de politici publice',
    measureEuObjectives: 'Obiective ale cadrului UE',
    measurePractice: 'Bună practică adaptată',
    measureBeneficiaries: 'Beneficiari',
    beneficiariesTotal: 'Total beneficiari',
    beneficiariesRomaWomen: 'Femei și fete rome',
    beneficiariesRomaMen: 'Bărbați și băieți romi',
    measureRisks: 'Riscuri și modul de gestionare a acestora',
    indicatorVerifiedBy: 'verificat prin',

    // ---- Table column headings ----
    colNumber: 'Nr.',
    colMeasure: 'Măsura',
    colLead: 'Instituția responsabilă',
    colPartners: 'Parteneri',
    colLeadPartners: 'Instituția responsabilă și parteneri',
    colPeriod: 'Perioada',
    colCost: 'Cost și finanțare',
    colIndicators: 'Indicatori: valoare de referință → țintă',
    colIndicator: 'Indicator',
    colValue: 'Valoare',
    colYear: 'Anul',
    colSource: 'Sursa',
    colGoal: 'Obiectiv de politici publice',
    colPriority: 'Prioritate',
    colMeasures: 'Măsuri',
    colArea: 'Domeniu prioritar',
    colTotal: 'Total',
    colShare: 'Pondere',
    colFundingSource: 'Sursa de finanțare',
    colStart: 'Început',
    colEnd: 'Sfârșit',
    colObjective: 'Obiectiv specific',
    colSettlement: 'Cartier sau așezare',
    colHouseholds: 'Gospodării',
    colResidents: 'Locuitori',
    colLegalStatus: 'Situația juridică',
    colServices: 'Servicii de bază',
    colMediatorField: 'Domeniu',
    colMediatorCount: 'Mediatori',
    colUnit: 'Unitate de măsură',
    colBaseline: 'Valoare de referință',
    colTarget: 'Țintă',
    colVerification: 'Sursa de verificare',
    colDisaggregation: 'Dezagregare',
    colDate: 'Data',
    colFormat: 'Forma',
    colParticipants: 'Participanți',
    colRoma: 'Romi',
    colWomen: 'Femei',
    colPath: 'Locul în plan',
    colNote: 'Observație',
    rowTotal: 'Total',
    none: '–',

    // ---- Budget ----
    budgetTotal: 'Costul total al planului',
    budgetMunicipal: 'Din bugetul local',
    budgetMunicipalShare: 'Ponderea bugetului local',
    budgetSpreadNote: 'Costul fiecărei măsuri este repartizat pe anii în care se desfășoară, proporțional cu numărul trimestrelor sale din fiecare an, în unități întregi; restul rezultat din rotunjire revine ultimului său an.',
    sourceMunicipal: 'Bugetul local',
    sourceNational: 'Bugetul de stat',
    sourceEu: 'Fonduri UE',
    sourceDonor: 'Donatori',
    sourcePrivate: 'Sectorul privat',
    sourceOther: 'Alte surse',

    // ---- Coverage matrix ----
    coverageIntro:
      'Matricea numără, pentru fiecare domeniu prioritar, măsurile care servesc fiecare obiectiv de politici publice. Coloanele corespund numerelor obiectivelor enumerate sub matrice.',
    coverageNotApplicable: 'n.a.',
    coverageLegend: 'Obiective de politici publice',
    coverageGaps: 'Obiective de politici publice pe care nu le servește nicio măsură',
    coverageNoGaps: 'Fiecare obiectiv de politici publice este servit de cel puțin o măsură.',

    // ---- Timeline ----
    timelineIntro: 'Perioada de desfășurare a fiecărei măsuri. Trimestrele sunt trimestre calendaristice.',
    quarter: 'T{quarter} {year}',
    range: '{from} – {to}',

    // ---- Implementation ----
    implementationIntro:
      'Cine coordonează și implementează planul. Fiecare măsură are, de asemenea, o instituție responsabilă, menționată în matricele de acțiune.',
    coordinator: 'Coordonator pentru problemele romilor',
    coordinatorUnit: 'În cadrul',
    coordinationBody: 'Organism de coordonare',
    coordinationMembers: 'Membri',
    communityActionGroup: 'Grup de acțiune comunitară',
    cagMembers: 'Membri',
    cagWomen: 'Dintre care femei',
    cagEstablished: 'Data înființării',
    mediators: 'Mediatori',
    noMediators: 'Planul nu menționează mediatori.',
    mediatorEducation: 'Educație',
    mediatorHealth: 'Sănătate',
    mediatorCommunity: 'Comunitate',
    mediatorEmployment: 'Ocupare',

    // ---- Monitoring and evaluation ----
    monitoringBody: 'Organismul de monitorizare',
    monitoringFrequency: 'Rapoarte de progres',
    monitoringReportTo: 'Rapoartele se transmit către',
    monitoringMidTerm: 'Evaluarea intermediară',
    monitoringFinal: 'Evaluarea finală',
    monitoringCommunityRole: 'Rolul comunității în monitorizare',
    monitoringIndicators: 'Anexa 1 cuprinde indicatorii fiecărei măsuri, cu valorile de referință, țintele și sursele de verificare.',
    frequencyQuarterly: 'trimestrial',
    frequencySemiAnnual: 'semestrial',
    frequencyAnnual: 'anual',

    // ---- Annexes ----
    disaggregationSex: 'sex',
    disaggregationAge: 'vârstă',
    disaggregationSettlement: 'așezare',
    reviewIntro:
      'Verificările automate ale planului au identificat următoarele aspecte. Acestea nu împiedică aprobarea, dar evaluatorii le urmăresc.',

    // ---- The decision adopting the plan (Annex 3) ----
    decisionPlaceDate: '{municipality}, {date}',
    decisionDateBlank: '……………………',
  },
  /** Labels only the PDF needs (running header and footer, chart legends). */
  pdf: {
    pageOf: 'Pagina {page} din {pages}',
    contents: 'Cuprins',
    ganttTitle: 'Măsurile pe perioada planului, pe domenii',
    quarter: 'T{quarter}',
    budgetChartTitle: 'Bugetul pe domenii și surse de finanțare',
    legend: 'Surse de finanțare:',
    figure: 'Figura {number}: {title}',
  },
  /** Words of the council decision that adopts the plan (kept in decision-ro.ts). */
  decision: decisionRo,
  /** Questions of the wizard's legal-basis step (kept in wizard-legal-ro.ts). */
  wizardLegal: wizardLegalRo,
  /** Labels of the annual report (kept in follow-up-ro.ts). */
  followUp: followUpRo,
  content: contentRo,
  review: reviewRo,
  /** Questions, choices and messages of `roma-plan init` (kept in wizard-ro.ts). */
  wizard: wizardRo,
  wizardHelp: wizardHelpRo,
};
