import { Document, HeadingLevel, PageOrientation, Paragraph, SectionType, SimpleField, type ISectionOptions, type Table } from 'docx';
import { decisionBlocks } from '../decision-blocks.js';
import { messagesFor } from '../../i18n/index.js';
import type { ChapterRef, IndicatorView, MeasureView, View } from '../../view/types.js';
import { numbered } from '../numbered.js';
import { docxParts } from './parts.js';
import type { PlanPictures } from './pictures.js';

type LabelKey = keyof ReturnType<typeof messagesFor>['document'] | keyof ReturnType<typeof messagesFor>['content']['labels'];
type Block = Paragraph | Table;

/**
 * Lays the view out as a Word document: styles Title and Heading 1–3, a contents field, landscape
 * action matrices, and the charts drawn beforehand (`pictures`: building is synchronous).
 */
export function buildDocx(view: View, pictures: PlanPictures = {}): Document {
  const en = messagesFor('en');
  const english: Record<LabelKey, string> = { ...en.document, ...en.content.labels };
  const t = (key: LabelKey): string => view.labels[key] ?? english[key];
  const pdf = messagesFor(view.locale).pdf;
  const { lang, run, para, paras, heading, pair, bullets, table, header: runningHeader, footer: pageFooter, picture } = docxParts(view.language);
  let drawings = 0;
  const chart = (p: PlanPictures[keyof PlanPictures]): Block[] => (p === undefined ? [] : picture(p, (drawings += 1)));
  const chapterHeading = (ref: ChapterRef) => heading(numbered(ref) + ref.title, ref.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2);
  const ref = (id: string): ChapterRef | undefined => view.chapters.find((c) => c.id === id);

  const sections: ISectionOptions[] = [];
  let children: Block[] = [];
  let landscape = false;
  const header = runningHeader(`${view.meta.title} · ${view.meta.municipality}`);
  const footer = pageFooter(pdf.pageOf);
  const close = () => {
    if (children.length === 0) return;
    sections.push({
      properties: { type: SectionType.NEXT_PAGE, page: { size: { orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT } } },
      headers: { default: header },
      footers: { default: footer },
      children,
    });
    children = [];
  };
  const orientation = (wide: boolean) => {
    if (wide === landscape) return;
    close();
    landscape = wide;
  };

  const m = view.meta;
  children.push(new Paragraph({ heading: HeadingLevel.TITLE, children: [run(m.title)] }));
  children.push(pair(t('coverMunicipality'), `${view.municipality.name}${view.municipality.region ? `, ${view.municipality.region}` : ''} (${view.municipality.countryText})`));
  children.push(pair(t('coverPeriod'), m.period.text), pair(t('coverStatus'), m.statusText));
  if (m.version) children.push(pair(t('coverVersion'), m.version));
  if (m.adoption) children.push(pair(t('coverAdoptedBy'), m.adoption.body), pair(t('coverDecision'), m.adoption.decision), pair(t('coverAdoptionDate'), m.adoption.dateText));
  children.push(pair(t('coverDate'), m.dateText));

  for (const c of view.chapters) {
    // Chapters, and the areas gathered under "Areas this plan does not cover" (sections of it).
    if (c.level !== 1 && !c.id.startsWith('area-')) continue;
    if (c.id === 'contents') {
      children.push(heading(c.title, HeadingLevel.HEADING_1));
      // A plain TOC field, which Word fills in on opening (updateFields below). The library's
      // TableOfContents pre-fills it with bookmarks numbered by a process-wide counter, which would
      // make a plan's document depend on what was rendered before it in the same process.
      children.push(new Paragraph({ children: [new SimpleField('TOC \\o "1-3" \\h \\z \\u')] }));
      continue;
    }
    const area = c.id.startsWith('area-') ? view.areas.find((a) => `area-${a.id}` === c.id) : undefined;
    orientation(false);
    children.push(chapterHeading(c));
    if (area) {
      if (!area.applicable) children.push(para(t('areaNotApplicable')), ...(area.reason ? paras(area.reason) : []));
      if (area.situation) children.push(heading(t('areaSituation'), HeadingLevel.HEADING_3), ...paras(area.situation));
      if (area.data.length > 0) children.push(heading(t('areaData'), HeadingLevel.HEADING_3), table([t('colIndicator'), t('colValue'), t('colYear'), t('colSource')], area.data.map((d) => [d.breakdownText ? `${d.indicator} (${d.breakdownText})` : d.indicator, d.valueText, d.year ?? '', d.source ?? ''])));
      if (area.needs.length > 0) children.push(heading(t('areaNeeds'), HeadingLevel.HEADING_3), ...bullets(area.needs));
      if (area.euObjectives.length > 0) children.push(heading(t('areaEuObjectives'), HeadingLevel.HEADING_3), ...bullets(area.euObjectives.map((e) => e.title)));
      for (const o of area.objectives) {
        const oref = ref(`objective-${o.number}`);
        orientation(true);
        children.push(oref ? chapterHeading(oref) : heading(`${o.number} ${o.title}`, HeadingLevel.HEADING_2));
        if (o.indicators.length > 0) children.push(para(`${t('outcomeIndicators')}:`, true), ...bullets(o.indicators.map(indicatorLine)));
        children.push(actionMatrix(o.measures));
        orientation(false);
        for (const measure of o.measures) children.push(...measureBlocks(measure));
      }
      if (area.applicable) children.push(pair(t('areaTotal'), area.total.text));
    } else children.push(...chapterBody(c.id));
  }
  close();

  function actionMatrix(measures: readonly MeasureView[]): Table {
    return table(
      [t('colNumber'), t('colMeasure'), t('colLead'), t('colPartners'), t('colPeriod'), t('colCost'), t('colIndicators')],
      measures.map((x) => [
        x.number,
        // The measure's risks go under its title: the matrix has no room for a column of their own.
        x.risks.length === 0 ? x.title : `${x.title}\n${t('measureRisks')}: ${x.risks.map((r) => r.risk).join('; ')}`,
        x.lead,
        x.partners.join('\n'),
        x.periodText,
        [x.cost.text, ...x.sources.map((s) => `${s.label}${s.name ? ` (${s.name})` : ''}: ${s.amount.text}`)].join('\n'),
        x.indicators.map(indicatorLine).join('\n'),
      ]),
    );
  }

  function indicatorLine(i: IndicatorView): string {
    const collection = i.collectionText ? `; ${i.collectionText}` : '';
    return `${i.name}: ${i.baselineText}${i.baselineYear ? ` (${i.baselineYear})` : ''} → ${i.targetText}${i.targetYear ? ` (${i.targetYear})` : ''} ${i.unit}; ${t('indicatorVerifiedBy')} ${i.verification}${collection}`;
  }

  function indicatorTable(indicators: readonly IndicatorView[]): Table {
    return table(
      [t('colNumber'), t('colIndicator'), t('colUnit'), t('colBaseline'), t('colTarget'), t('colVerification'), t('colDisaggregation')],
      indicators.map((i) => [i.measureNumber, i.name, i.unit, `${i.baselineText}${i.baselineYear ? ` (${i.baselineYear})` : ''}`, `${i.targetText}${i.targetYear ? ` (${i.targetYear})` : ''}`, i.collectionText ? `${i.verification}\n${i.collectionText}` : i.verification, i.disaggregationText ?? '']),
    );
  }

  function measureBlocks(x: MeasureView): Block[] {
    return [
      heading(`${x.number} ${x.title}`, HeadingLevel.HEADING_3),
      ...(x.description ? paras(x.description) : []),
      pair(t('measureGoals'), x.goals.map((g) => `${g.number}. ${g.short}`).join('; ')),
      pair(t('measureEuObjectives'), x.euObjectives.map((e) => e.title).join('; ')),
      ...(x.practice ? [pair(t('measurePractice'), `${x.practice.title} — ${x.practice.source}`)] : []),
      ...(x.beneficiaries?.totalText ? [pair(`${t('measureBeneficiaries')}: ${t('beneficiariesTotal')}`, x.beneficiaries.totalText)] : []),
      ...(x.beneficiaries?.romaWomenText ? [pair(`${t('measureBeneficiaries')}: ${t('beneficiariesRomaWomen')}`, x.beneficiaries.romaWomenText)] : []),
      ...(x.beneficiaries?.romaMenText ? [pair(`${t('measureBeneficiaries')}: ${t('beneficiariesRomaMen')}`, x.beneficiaries.romaMenText)] : []),
      ...(x.fundingStated ? [pair(t('measureFunding'), x.sources.map((s) => `${s.label}${s.name ? ` (${s.name})` : ''}: ${s.amount.text}${s.statusText ? ` — ${s.statusText}` : ''}`).join('; '))] : []),
      ...(x.crossCutting.length > 0 ? [pair(t('measureCrossCutting'), x.crossCutting.map((c) => c.title).join('; '))] : []),
      ...(x.risks.length > 0 ? [pair(t('measureRisks'), x.risks.map((r) => r.text).join('; '))] : []),
      ...(x.sustainability !== undefined ? [pair(t('measureSustainability'), x.sustainability)] : []),
    ];
  }

  function sectionHeading(id: string): Block[] {
    const r = ref(id);
    return r ? [chapterHeading(r)] : [];
  }

  function chapterBody(id: string): Block[] {
    const b = view.budget;
    const pop = view.municipality.population;
    const g = view.governance;
    const mon = view.monitoring;
    switch (id) {
      case 'introduction':
        return [
          ...(view.introduction.summary ? paras(view.introduction.summary) : []),
          ...(view.introduction.vision ? [heading(t('introVision'), HeadingLevel.HEADING_3), ...paras(view.introduction.vision)] : []),
          ...(view.introduction.policyBasis.length > 0 ? [heading(t('introPolicyBasis'), HeadingLevel.HEADING_3), ...bullets(view.introduction.policyBasis)] : []),
          ...(view.introduction.euFramework.length > 0 ? [heading(t('introEuFramework'), HeadingLevel.HEADING_3), para(t('introEuFrameworkText')), ...bullets(view.introduction.euFramework)] : []),
        ];
      case 'method':
        return [
          para(t('methodIntro')),
          pair(t('methodConsultations'), String(view.participation.totals.consultations)),
          pair(t('methodParticipants'), view.participation.totals.participantsText),
          pair(t('methodRomaParticipants'), view.participation.totals.romaText),
          pair(t('methodWomenParticipants'), view.participation.totals.womenText),
          ...view.participation.entries.flatMap((e) => [
            para(`${e.dateText} · ${e.formatText}`, true),
            para([`${t('colParticipants')}: ${e.totalText}`, ...(e.romaText ? [`${t('colRoma')}: ${e.romaText}`] : []), ...(e.womenText ? [`${t('colWomen')}: ${e.womenText}`] : [])].join(' · ')),
            ...(e.summary ? paras(e.summary) : []),
          ]),
        ];
      case 'municipality':
        return [
          pair(t('municipalityCountry'), view.municipality.countryText),
          ...(view.municipality.region ? [pair(t('municipalityRegion'), view.municipality.region)] : []),
          ...(pop ? [pair(t('populationTotal'), pop.totalText)] : []),
          ...(pop?.romaText ? [pair(t('populationRoma'), pop.romaText), pair(t('populationRomaShare'), pop.romaShareText ?? '')] : []),
          ...(pop?.romaSource ? [pair(t('populationRomaSource'), pop.romaSource)] : []),
          heading(t('settlements'), HeadingLevel.HEADING_3),
          view.municipality.settlements.length > 0
            ? table(
                [t('colSettlement'), t('colHouseholds'), t('colResidents'), t('colLegalStatus'), t('colServices')],
                view.municipality.settlements.map((s) => [s.name, s.householdsText ?? '', s.populationText ?? '', s.legalStatusText ?? '', s.services.map((v) => `${v.label}: ${v.levelText}`).join('\n')]),
              )
            : para(t('noSettlements')),
        ];
      case 'goals':
        return [
          para(t('goalsIntro')),
          table([t('colNumber'), t('colGoal'), t('colPriority'), t('colMeasures')], view.goals.map((x) => [x.number, x.title, x.priorityText ?? t('goalNotAddressed'), x.measureNumbers.join(', ') || t('none')])),
          heading(t('goalsStatements'), HeadingLevel.HEADING_3),
          ...view.goals.filter((x) => x.statement).flatMap((x) => [para(`${x.number}. ${x.title}${x.priorityText ? ` (${x.priorityText})` : ''}`, true), ...paras(x.statement ?? '')]),
        ];
      case 'budget':
        return [
          pair(t('budgetTotal'), b.total.text),
          pair(t('budgetMunicipal'), b.municipal.text),
          pair(t('budgetMunicipalShare'), b.municipalShareText),
          ...sectionHeading('budget-by-area'),
          table([t('colNumber'), t('colArea'), t('colTotal'), t('colShare')], [...b.byArea.map((a) => [a.number, a.title, a.total.text, a.shareText]), ['', t('rowTotal'), b.total.text, '']]),
          ...chart(pictures.budget),
          ...sectionHeading('budget-by-year'),
          para(t('budgetSpreadNote')),
          table([t('colYear'), t('colTotal')], [...b.byYear.map((y) => [y.year, y.total.text]), [t('rowTotal'), b.total.text]]),
          ...sectionHeading('budget-by-source'),
          table([t('colFundingSource'), t('colTotal'), t('colShare')], [...b.bySource.map((s) => [s.label, s.total.text, s.shareText]), [t('rowTotal'), b.total.text, '']]),
          ...(b.secured
            ? [
                ...sectionHeading('budget-secured'),
                para(t('securedNote')),
                pair(t('budgetSecured'), b.secured.total.text),
                pair(t('budgetSecuredShare'), b.secured.shareText),
                table([t('colYear'), t('colTotal'), t('colSecured'), t('colSecuredShare')], b.byYear.map((y, i) => [y.year, y.total.text, b.secured?.byYear[i]?.secured.text ?? '', b.secured?.byYear[i]?.shareText ?? ''])),
                table([t('colFundingSource'), t('colTotal'), t('colSecured'), t('colSecuredShare')], b.bySource.map((s, i) => [s.label, s.total.text, b.secured?.bySource[i]?.secured.text ?? '', b.secured?.bySource[i]?.shareText ?? ''])),
              ]
            : []),
        ];
      case 'cross-cutting':
        return [
          para(t('crossCuttingIntro')),
          ...view.crossCutting.flatMap((c) => [heading(c.title, HeadingLevel.HEADING_3), ...(c.statement === undefined ? [para(t('crossCuttingNoStatement'))] : paras(c.statement)), pair(t('crossCuttingMeasures'), c.measuresText)]),
        ];
      case 'targets':
        return [
          para(t('targetsIntro')),
          table(
            [t('colNumber'), t('colLocalIndicator'), t('colLocalBaseline'), t('colLocalTarget'), t('colContributesTo')],
            view.targets.rows.map((r) => [r.number, `${r.indicator} (${r.unit})`, r.baselineText, r.targetText, `${r.targetTitle} (${r.frameworkText})`]),
          ),
          para(`${t('targetsSources')}:`, true),
          ...bullets(view.targets.sources),
        ];
      case 'risks':
        return [
          para(t('risksIntro')),
          table([t('colRisk'), t('colLikelihood'), t('colImpact'), t('colMitigation'), t('colRiskOwner')], view.risks.map((r) => [r.risk, r.likelihoodText ?? '', r.impactText ?? '', r.mitigation ?? '', r.owner ?? ''])),
        ];
      case 'coverage':
        return [
          para(t('coverageIntro')),
          table([t('colArea'), ...view.coverage.goals.map((x) => String(x.number))], view.coverage.rows.map((r) => [`${r.number}. ${r.short}`, ...r.cells.map((n) => (r.applicable ? (n > 0 ? String(n) : '') : t('coverageNotApplicable')))])),
          para(`${t('coverageLegend')}:`, true),
          ...view.coverage.goals.map((x) => para(`${x.number}. ${x.short}`)),
          ...(view.coverage.gaps.length > 0 ? [para(`${t('coverageGaps')}:`, true), ...bullets(view.coverage.gaps.map((x) => `${x.number}. ${x.title}`))] : [para(t('coverageNoGaps'))]),
        ];
      case 'timeline':
        return [para(t('timelineIntro')), ...chart(pictures.timeline), table([t('colNumber'), t('colMeasure'), t('colStart'), t('colEnd')], view.timeline.bars.map((x) => [x.number, x.title, x.startText, x.endText]))];
      case 'implementation':
        return [
          para(t('implementationIntro')),
          heading(t('coordinator'), HeadingLevel.HEADING_3),
          para(g.coordinator.role),
          ...(g.coordinator.unit ? [para(`${t('coordinatorUnit')}: ${g.coordinator.unit}`)] : []),
          ...(g.coordinationBody
            ? [heading(t('coordinationBody'), HeadingLevel.HEADING_3), para(g.coordinationBody.name), ...(g.coordinationBody.members.length > 0 ? [para(`${t('coordinationMembers')}:`), ...bullets(g.coordinationBody.members)] : [])]
            : []),
          ...(g.communityActionGroup
            ? [
                heading(t('communityActionGroup'), HeadingLevel.HEADING_3),
                pair(t('cagMembers'), g.communityActionGroup.membersText),
                ...(g.communityActionGroup.womenText ? [pair(t('cagWomen'), g.communityActionGroup.womenText)] : []),
                ...(g.communityActionGroup.establishedText ? [pair(t('cagEstablished'), g.communityActionGroup.establishedText)] : []),
              ]
            : []),
          heading(t('mediators'), HeadingLevel.HEADING_3),
          g.mediators.length > 0 ? table([t('colMediatorField'), t('colMediatorCount')], g.mediators.map((x) => [x.fieldText, x.countText])) : para(t('noMediators')),
          ...(view.sustainability !== undefined ? [...sectionHeading('implementation-sustainability'), ...paras(view.sustainability)] : []),
        ];
      case 'monitoring':
        return [
          pair(t('monitoringBody'), mon.body),
          pair(t('monitoringFrequency'), mon.frequencyText),
          pair(t('monitoringReportTo'), mon.reportTo),
          ...(mon.midTermReview ? [pair(t('monitoringMidTerm'), String(mon.midTermReview))] : []),
          ...(mon.finalEvaluation ? [pair(t('monitoringFinal'), String(mon.finalEvaluation))] : []),
          ...(mon.evaluationMethod ? [pair(t('monitoringEvaluationMethod'), mon.evaluationMethod)] : []),
          ...(mon.budget ? [pair(t('monitoringBudget'), mon.budget.text)] : []),
          ...(mon.publication ? [pair(t('monitoringPublication'), mon.publication)] : []),
          ...(mon.nationalReporting ? [pair(t('monitoringNationalReporting'), mon.nationalReporting)] : []),
          ...(mon.revision ? [pair(t('monitoringRevision'), mon.revision)] : []),
          ...(mon.communityRole ? [heading(t('monitoringCommunityRole'), HeadingLevel.HEADING_3), ...paras(mon.communityRole)] : []),
          para(t('monitoringIndicators')),
        ];
      case 'annexes':
        return [
          ...sectionHeading('annex-indicators'),
          // Outcome indicators apart from outputs only when the plan has any; otherwise one table, as before.
          ...(view.indicatorAnnex.outcomes.length === 0
            ? [indicatorTable(view.indicatorAnnex.outputs)]
            : [
                heading(t('outcomeIndicators'), HeadingLevel.HEADING_3),
                indicatorTable(view.indicatorAnnex.outcomes),
                heading(t('outputIndicators'), HeadingLevel.HEADING_3),
                indicatorTable(view.indicatorAnnex.outputs),
              ]),
          ...sectionHeading('annex-participation'),
          table([t('colDate'), t('colFormat'), t('colParticipants'), t('colRoma'), t('colWomen')], [...view.participation.entries.map((e) => [e.dateText, e.formatText, e.totalText, e.romaText ?? '', e.womenText ?? '']), [t('rowTotal'), '', view.participation.totals.participantsText, view.participation.totals.romaText, view.participation.totals.womenText]]),
          ...sectionHeading('annex-decision'),
          ...decisionBlocks(view.decision).flatMap((b) => (b.kind === 'title' || b.kind === 'article' ? [para(b.text, true)] : paras(b.text))),
          ...(view.showsReviewNotes
            ? [
                ...sectionHeading('annex-review'),
                para(view.review.title, true),
                para(view.review.intro),
                table(
                  [view.review.labels.colCheck, view.review.labels.colState, view.review.labels.colReason],
                  view.review.checks.map((c) => [c.title, c.stateText, c.todo === undefined ? c.reason : `${c.reason}\n${view.review.labels.todo} ${c.todo}`]),
                ),
                para(view.review.score.text, true),
                para(view.review.scoreRule),
                ...(view.warnings.length > 0 ? [para(t('reviewIntro')), table([t('colPath'), t('colNote')], view.warnings.map((w) => [w.path, w.hint ? `${w.message}\n${w.hint}` : w.message]))] : []),
              ]
            : []),
        ];
      default:
        return [];
    }
  }

  return new Document({
    creator: m.author,
    lastModifiedBy: m.author,
    title: m.title,
    subject: m.subject,
    keywords: m.keywords.join(', '),
    description: `${m.subject}, ${m.period.text}`,
    features: { updateFields: true },
    styles: { default: { document: { run: { language: lang, font: 'DejaVu Sans', size: 20 } } } },
    sections,
  });
}

