import type { AreaView, MeasureView } from '../../view/types.js';
import { section, sub, type Ctx } from './context.js';
import { esc, lines, list, p, paragraphs, raw, table, definitions, type Html } from './markup.js';

/** One priority area: situation, data, needs, EU objectives, then each objective's action matrix and measures. */
export function area(ctx: Ctx, a: AreaView): string {
  const { t } = ctx;
  const parts: string[] = [];
  if (!a.applicable) parts.push(p(t('areaNotApplicable'), 'note'), a.reason ? paragraphs(a.reason) : '');
  if (a.situation) parts.push(sub(3, t('areaSituation')), paragraphs(a.situation));
  if (a.data.length > 0) {
    parts.push(
      sub(3, t('areaData')),
      table({
        caption: `${a.title}: ${t('areaData')}`,
        columns: [{ header: t('colIndicator') }, { header: t('colValue'), align: 'right' }, { header: t('colYear'), align: 'right' }, { header: t('colSource') }],
        rowHeader: 0,
        rows: a.data.map((d) => [d.breakdownText ? `${d.indicator} (${d.breakdownText})` : d.indicator, d.valueText, d.year ?? '', d.source ?? '']),
      }),
    );
  }
  if (a.needs.length > 0) parts.push(sub(3, t('areaNeeds')), list(a.needs, true));
  if (a.euObjectives.length > 0) parts.push(sub(3, t('areaEuObjectives')), list(a.euObjectives.map((o) => o.title)));
  for (const o of a.objectives) {
    const outcomes = o.indicators.length === 0 ? [] : [p(raw(`<strong>${esc(t('outcomeIndicators'))}:</strong>`)), list(o.indicators.map((i) => indicatorLine(ctx, i)))];
    parts.push(section(ctx, `objective-${o.number}`, `${o.number} ${o.title}`, [...outcomes, actionMatrix(ctx, `${o.number} ${o.title}`, o.measures), ...o.measures.map((m) => measure(ctx, m))].join('\n')));
  }
  if (a.applicable) parts.push(p(raw(`<strong>${esc(t('areaTotal'))}:</strong> ${esc(a.total.text)}`)));
  return parts.filter((s) => s !== '').join('\n');
}

/** The action matrix of one objective: number, measure, lead, partners, period, cost with sources, indicators. */
function actionMatrix(ctx: Ctx, caption: string, measures: readonly MeasureView[]): string {
  const { t } = ctx;
  return table({
    caption,
    wide: true,
    columns: [{ header: t('colNumber') }, { header: t('colMeasure') }, { header: t('colLead') }, { header: t('colPartners') }, { header: t('colPeriod') }, { header: t('colCost'), align: 'right' }, { header: t('colIndicators') }],
    rowHeader: 1,
    rows: measures.map((m) => [
      m.number,
      // The measure's risks go under its title: the matrix has no room for a column of its own.
      m.risks.length === 0 ? m.title : raw(`${esc(m.title)}<br><small>${esc(`${t('measureRisks')}: ${m.risks.map((r) => r.risk).join('; ')}`)}</small>`),
      m.lead,
      lines(m.partners),
      m.periodText,
      lines([m.cost.text, ...m.sources.map((s) => `${s.label}${s.name ? ` (${s.name})` : ''}: ${s.amount.text}`)]),
      lines(m.indicators.map((i) => indicatorLine(ctx, i))),
    ]),
  });
}

function indicatorLine({ t }: Ctx, i: MeasureView['indicators'][number]): string {
  const baseline = `${i.baselineText}${i.baselineYear ? ` (${i.baselineYear})` : ''}`;
  const target = `${i.targetText}${i.targetYear ? ` (${i.targetYear})` : ''}`;
  return `${i.name}: ${baseline} → ${target} ${i.unit}; ${t('indicatorVerifiedBy')} ${i.verification}${i.collectionText ? `; ${i.collectionText}` : ''}`;
}

/** One measure under its action matrix: description, goals, EU objectives, good practice, beneficiaries, risks. */
function measure(ctx: Ctx, m: MeasureView): string {
  const { t } = ctx;
  const pairs: [string, string | Html][] = [
    [t('measureGoals'), m.goals.map((g) => `${g.number}. ${g.short}`).join('; ')],
    [t('measureEuObjectives'), m.euObjectives.map((o) => o.title).join('; ')],
  ];
  if (m.practice) pairs.push([t('measurePractice'), `${m.practice.title} — ${m.practice.source}`]);
  const b = m.beneficiaries;
  if (b) {
    const items = [
      ...(b.totalText ? [`${t('beneficiariesTotal')}: ${b.totalText}`] : []),
      ...(b.romaWomenText ? [`${t('beneficiariesRomaWomen')}: ${b.romaWomenText}`] : []),
      ...(b.romaMenText ? [`${t('beneficiariesRomaMen')}: ${b.romaMenText}`] : []),
    ];
    pairs.push([t('measureBeneficiaries'), raw(list(items))]);
  }
  if (m.fundingStated) {
    pairs.push([t('measureFunding'), raw(list(m.sources.map((s) => `${s.label}${s.name ? ` (${s.name})` : ''}: ${s.amount.text}${s.statusText ? ` — ${s.statusText}` : ''}`)))]);
  }
  if (m.crossCutting.length > 0) pairs.push([t('measureCrossCutting'), m.crossCutting.map((c) => c.title).join('; ')]);
  if (m.risks.length > 0) pairs.push([t('measureRisks'), raw(list(m.risks.map((r) => r.text)))]);
  if (m.sustainability !== undefined) pairs.push([t('measureSustainability'), m.sustainability]);
  const id = `measure-${m.number}`;
  return `<article class="measure" aria-labelledby="${esc(id)}">\n${sub(4, `${m.number} ${m.title}`, id)}\n${m.description ? paragraphs(m.description) : ''}\n${definitions(pairs)}\n</article>`;
}
