/**
 * A hand-built view for the PDF renderer's tests, independent of buildView: Serbian Latin text
 * with the diacritics of several plan languages, Macedonian Cyrillic, and as many measures as asked.
 */
import { AREA_IDS, GOAL_IDS, type AreaId } from '../../src/catalogue/types.js';
import { messagesFor } from '../../src/i18n/index.js';
import { buildReview } from '../../src/review/build-review.js';
import { minimalPlan } from '../helpers/minimal-plan.js';
import type { AreaView, ChapterRef, IndicatorView, MeasureView, Money, View } from '../../src/view/types.js';

const labels = messagesFor('en').document;
const areaTitles: Record<AreaId, string> = {
  participation: 'Učešće Roma u lokalnoj zajednici',
  employment: 'Zapošljavanje i ekonomsko osnaživanje',
  health: 'Javno zdravlje',
  culture: 'Kultura i romski jezik',
  education: 'Obrazovanje',
  'birth-registration': 'Upis u matične knjige',
  'living-conditions': 'Uslovi stanovanja u naseljima',
};
/** The area left out, to show its reason. */
const NOT_APPLICABLE: AreaId = 'birth-registration';

const pad = (n: number): string => String(n).padStart(3, '0');
const money = (value: number): Money => ({ value, text: `${String(value).replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0')}\u00a0RSD` });

/** Text only measure `n` carries, so a test can count it. */
export const measureTitle = (n: number): string => `Mera ${pad(n)}: obnova škole i vrtića, čćđšž`;
export const measureLead = (n: number): string => `Nosilac ${pad(n)} Đorđević`;
export const indicatorName = (n: number): string => `Pokazatelj ${pad(n)} upisane devojčice`;

function indicator(n: number, measureNumber: string): IndicatorView {
  return {
    measureNumber,
    name: indicatorName(n),
    unit: 'broj',
    baseline: 12,
    baselineText: '12',
    baselineYear: 2025,
    target: 20 + n,
    targetText: String(20 + n),
    targetYear: 2029,
    verification: `Zapisnik ${pad(n)} škole „Vuk Karadžić”`,
    disaggregationText: 'pol',
    level: 'output',
    levelText: 'output',
    contributesTo: [],
  };
}

function measure(n: number, number: string, areaIndex: number): MeasureView {
  const cost = money(100_000 * n);
  return {
    number,
    title: measureTitle(n),
    description: n % 3 === 0 ? 'Opis mere: pedagoški asistenti rade sa porodicama u naselju; ' + 'roditelji učestvuju u planiranju. '.repeat(4) : undefined,
    lead: measureLead(n),
    partners: n % 4 === 0 ? [] : ['Centar za socijalni rad', 'Центар за социјални работи Куманово'],
    start: '2026-Q1',
    end: '2028-Q4',
    periodText: 'Q1 2026 – Q4 2028',
    goals: [{ id: 'service-provision', number: 6, short: 'Service provision' }],
    euObjectives: [{ id: 'education', title: 'Equal access to quality inclusive mainstream education' }],
    cost,
    sources: [{ type: 'municipal', label: labels.sourceMunicipal, amount: cost }],
    costBySource: [{ type: 'municipal', amount: cost }],
    indicators: n % 5 === 0 ? [indicator(n, number), { ...indicator(n, number), name: `Drugi pokazatelj ${pad(n)}` }] : [indicator(n, number)],
    fundingStated: false,
    risks: n % 2 === 0 ? [{ risk: 'Roditelji ne dolaze na sastanke', text: 'Roditelji ne dolaze na sastanke' }] : [],
    crossCutting: [],
    ...(areaIndex === 0 ? { beneficiaries: { totalText: '120', romaWomenText: '60', romaMenText: '60' } } : {}),
  } satisfies MeasureView as MeasureView;
}

/** A complete view with `measureCount` measures spread over the six applicable areas, two objectives each. */
export function makeView(measureCount = 12): View {
  const applicable = AREA_IDS.filter((id) => id !== NOT_APPLICABLE);
  const perArea = applicable.map((_, i) => Math.floor(measureCount / applicable.length) + (i < measureCount % applicable.length ? 1 : 0));
  let n = 0;
  const areas: AreaView[] = AREA_IDS.map((id, i) => {
    const number = i + 1;
    if (id === NOT_APPLICABLE) {
      return { id, number, title: areaTitles[id], applicable: false, reason: 'Svi stanovnici imaju lična dokumenta (provereno 2025).', data: [], needs: [], euObjectives: [], objectives: [], total: money(0) };
    }
    const count = perArea[applicable.indexOf(id)] ?? 0;
    const objectives = [0, 1].map((o) => {
      const share = o === 0 ? Math.ceil(count / 2) : Math.floor(count / 2);
      return {
        number: `${number}.${o + 1}`,
        title: `Cilj ${number}.${o + 1}: bolji pristup uslugama`,
        indicators: [],
        measures: Array.from({ length: share }, (_, k) => measure(++n, `${number}.${o + 1}.${k + 1}`, i)),
      };
    });
    const total = objectives.flatMap((o) => o.measures).reduce((s, m) => s + m.cost.value, 0);
    return {
      id,
      number,
      title: areaTitles[id],
      applicable: true,
      situation: 'U naselju Šangaj živi oko 300 porodica. Mađarska i rumunska zajednica (ő ű ș ț ă) sarađuju sa savetom.\n\nDruga rečenica stanja.',
      data: [{ indicator: 'Deca upisana u vrtić', valueText: '42 %', year: 2025, source: 'Predškolska ustanova „Poletarac”' }],
      needs: ['Putevi do škole', 'Zdravstvena zaštita'],
      euObjectives: [{ id: 'education', title: 'Equal access to quality inclusive mainstream education' }],
      objectives,
      total: money(total),
    };
  });
  const measures = areas.flatMap((a) => a.objectives.flatMap((o) => o.measures));
  const total = measures.reduce((s, m) => s + m.cost.value, 0);
  const chapter = (id: string, title: string, number = '', level: 1 | 2 = 1): ChapterRef => ({ id, number, title, level });
  const chapters: ChapterRef[] = [
    chapter('contents', labels.chapterContents),
    chapter('introduction', labels.chapterIntroduction),
    chapter('method', labels.chapterMethod),
    chapter('municipality', labels.chapterMunicipality),
    chapter('goals', labels.chapterGoals),
    ...areas.filter((a) => a.applicable).flatMap((a) => [chapter(`area-${a.id}`, a.title, String(a.number)), ...a.objectives.map((o) => chapter(`objective-${o.number}`, o.title, o.number, 2))]),
    chapter('not-covered', labels.chapterNotCovered),
    ...areas.filter((a) => !a.applicable).map((a) => chapter(`area-${a.id}`, a.title, String(a.number), 2)),
    chapter('budget', labels.chapterBudget),
    chapter('budget-by-area', labels.sectionBudgetByArea, '', 2),
    chapter('budget-by-year', labels.sectionBudgetByYear, '', 2),
    chapter('budget-by-source', labels.sectionBudgetBySource, '', 2),
    chapter('coverage', labels.chapterCoverage),
    chapter('timeline', labels.chapterTimeline),
    chapter('implementation', labels.chapterImplementation),
    chapter('monitoring', labels.chapterMonitoring),
    chapter('annexes', labels.chapterAnnexes),
    chapter('annex-indicators', labels.annexIndicators, '', 2),
    chapter('annex-participation', labels.annexParticipation, '', 2),
    chapter('annex-decision', labels.annexDecision, '', 2),
    chapter('annex-review', labels.annexReview, '', 2),
  ];
  const goals = GOAL_IDS.map((id, i) => ({
    id,
    number: i + 1,
    title: `Goal ${i + 1} ${id}`,
    pursued: i !== 3,
    ...(i !== 3 ? { priority: 'high' as const, priorityText: labels.priorityHigh, statement: `Izjava o cilju ${i + 1}.` } : {}),
    measureNumbers: i === 5 ? measures.map((m) => m.number) : [],
  }));
  return {
    language: 'sr-Latn',
    locale: 'en',
    labels,
    meta: {
      title: 'Lokalni akcioni plan za inkluziju Roma opštine Novi Bečej 2026–2030',
      municipality: 'Novi Bečej',
      author: 'Novi Bečej',
      subject: labels.documentSubject,
      keywords: ['Novi Bečej', 'Romi', 'inkluzija'],
      date: '2026-03-26',
      dateText: '26. mart 2026.',
      period: { from: 2026, to: 2030, text: '2026–2030' },
      status: 'adopted',
      statusText: labels.statusAdopted,
      runningHeader: 'Novi Bečej · Lokalni akcioni plan za inkluziju Roma 2026–2030',
      version: '1.0',
      adoption: { body: 'Skupština opštine Novi Bečej', decision: '02-15/2026-I', date: '2026-03-26', dateText: '26. mart 2026.' },
    },
    chapters,
    notCovered: areas.filter((a) => !a.applicable),
    introduction: {
      summary: 'Ovaj plan opisuje kako će opština Novi Bečej unaprediti položaj Roma.',
      vision: 'Do 2030. sva romska deca idu u vrtić.',
      policyBasis: ['Strategija za socijalno uključivanje Roma i Romkinja 2022–2030', 'Стратегија за Роми во Република Северна Македонија 2022–2030'],
      euFramework: ['Equal access to quality inclusive mainstream education'],
    },
    municipality: {
      name: 'Novi Bečej',
      kindText: labels.coverMunicipality,
      country: 'RS',
      countryText: 'Serbia',
      region: 'Srednjobanatski okrug',
      population: { totalText: '22\u00a0000', romaText: '1\u00a0500', romaShareText: '6.8 %', romaSource: 'Procena Saveta, 2025' },
      settlements: [
        {
          name: 'Šangaj',
          householdsText: '80',
          populationText: '320',
          legalStatusText: labels.legalInformal,
          services: [
            { label: labels.serviceWater, levelText: labels.levelPartial, level: 'partial' },
            { label: labels.serviceElectricity, levelText: labels.levelFull, level: 'full' },
            { label: labels.serviceSewage, levelText: labels.levelNone, level: 'none' },
            { label: labels.serviceRoad, levelText: labels.levelPartial, level: 'partial' },
          ],
        },
      ],
    },
    governance: {
      coordinator: { role: 'Koordinator za romska pitanja', unit: 'Opštinska uprava' },
      coordinationBody: { name: 'Savet za inkluziju Roma', members: ['Opštinska uprava', 'Udruženje Roma „Đurđevdan”'] },
      communityActionGroup: { membersText: '12', womenText: '7', establishedText: '1. septembar 2025.' },
      mediators: [{ fieldText: labels.mediatorHealth, countText: '2' }],
    },
    participation: {
      entries: [{ date: '2025-10-14', dateText: '14. oktobar 2025.', formatText: labels.formatRoundTable, total: 36, totalText: '36', roma: 22, romaText: '22', women: 19, womenText: '19', summary: 'Okrugli sto u Domu kulture.' }],
      totals: { consultations: 1, participants: 36, participantsText: '36', roma: 22, romaText: '22', women: 19, womenText: '19' },
      introText: labels.methodIntro,
    },
    goals,
    areas,
    budget: {
      total: money(total),
      municipal: money(total),
      municipalShareText: '100 %',
      byArea: areas.filter((a) => a.applicable).map((a) => ({ id: a.id, number: a.number, title: a.title, total: a.total, bySource: [a.total], shareText: `${Math.round((a.total.value / total) * 100)} %` })),
      byYear: [2026, 2027, 2028, 2029, 2030].map((year, i) => {
        const amount = money(i < 2 ? Math.floor(total / 3) : i === 2 ? total - 2 * Math.floor(total / 3) : 0);
        return { year, total: amount, bySource: [amount] };
      }),
      bySource: [{ type: 'municipal', label: labels.sourceMunicipal, total: money(total), shareText: '100 %' }],
    },
    coverage: {
      goals: GOAL_IDS.map((id, i) => ({ id, number: i + 1, short: `Goal ${i + 1}` })),
      rows: areas.map((a) => ({ id: a.id, number: a.number, short: a.title, applicable: a.applicable, cells: GOAL_IDS.map((_, i) => (a.applicable && i === 5 ? a.objectives.flatMap((o) => o.measures).length : 0)) })),
      gaps: GOAL_IDS.filter((_, i) => i !== 5).map((id) => ({ id, number: GOAL_IDS.indexOf(id) + 1, title: `Goal ${GOAL_IDS.indexOf(id) + 1} ${id}` })),
    },
    figures: { budget: 'Budget by area and funding source.', timeline: 'Measures over the plan period, by area.' },
    timeline: {
      from: 2026,
      to: 2030,
      bars: areas.flatMap((a) => a.objectives.flatMap((o) => o.measures.map((m, k) => ({ number: m.number, title: m.title, areaId: a.id, areaNumber: a.number, startIndex: k % 8, endIndex: 11 + (k % 8), startText: 'Q1 2026', endText: 'Q4 2028' })))),
      milestones: [{ label: labels.monitoringMidTerm, dateText: '2028', at: 10 }],
      mermaid: '',
    },
    indicators: measures.flatMap((m) => m.indicators),
    indicatorAnnex: { outcomes: [], outputs: measures.flatMap((m) => m.indicators) },
    risks: [],
    crossCutting: [],
    targets: { rows: [], sources: [] },
    monitoring: { body: 'Savet za inkluziju Roma', frequencyText: labels.frequencyAnnual, reportTo: 'Skupština opštine', midTermReview: 2028, finalEvaluation: 2030, communityRole: 'Akciona grupa učestvuje u godišnjem pregledu.' },
    decision: {
      form: 'rs-odluka',
      title: 'Odluka o usvajanju Lokalnog akcionog plana',
      preamble: ['Pravni osnov: Zakon o lokalnoj samoupravi.'],
      points: [
        { label: 'Član 1.', text: 'Usvaja se Lokalni akcioni plan za inkluziju Roma 2026–2030.' },
        { label: 'Član 2.', text: 'Ova odluka stupa na snagu osmog dana od dana objavljivanja u službenom glasilu „Službeni list opštine”.' },
      ],
      articles: true,
      responsibility: [],
      placeDate: 'Novi Bečej, ……………………',
      signature: { title: 'Predsednik Skupštine', nameLine: 'Ime i prezime: ……………………', signatureLine: 'Potpis: ……………………' },
    },
    warnings: [{ severity: 'warning', code: 'GOAL_NOT_SERVED', path: 'goals', message: 'Cilj 4 nije pokriven nijednom merom.', hint: 'Dodajte meru ili obrazložite.' }],
    // The checklist of a real (minimal) plan: its texts are the renderer's concern here, not its verdicts.
    review: buildReview(minimalPlan(), { locale: 'en' }),
    showsReviewNotes: true,
  };
}
