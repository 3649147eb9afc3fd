import type { IndicatorView } from '../../view/types.js';
import { section, type Ctx } from './context.js';
import { definitions, esc, list, p, paragraphs, raw, table } from './markup.js';

/** The cross-cutting commitments: each with the plan's statement and the measures that serve it. */
export function crossCutting(ctx: Ctx): string {
  const { view, t } = ctx;
  return [
    p(t('crossCuttingIntro')),
    ...view.crossCutting.map((c) =>
      [
        `<h3>${esc(c.title)}</h3>`,
        c.statement === undefined ? p(t('crossCuttingNoStatement'), 'note') : paragraphs(c.statement),
        p(raw(`<strong>${esc(t('crossCuttingMeasures'))}:</strong> ${esc(c.measuresText)}`)),
      ].join('\n'),
    ),
  ].join('\n');
}

/** The plan's contribution to the EU 2030 and Poznan targets, with the targets' sources. */
export function targets(ctx: Ctx): string {
  const { view, t } = ctx;
  return [
    p(t('targetsIntro')),
    table({
      caption: t('chapterTargets'),
      columns: [{ header: t('colNumber') }, { header: t('colLocalIndicator') }, { header: t('colLocalBaseline'), align: 'right' }, { header: t('colLocalTarget'), align: 'right' }, { header: t('colContributesTo') }],
      rowHeader: 1,
      rows: view.targets.rows.map((r) => [r.number, `${r.indicator} (${r.unit})`, r.baselineText, r.targetText, `${r.targetTitle} (${r.frameworkText})`]),
    }),
    p(raw(`<strong>${esc(t('targetsSources'))}:</strong>`)),
    list(view.targets.sources),
  ].join('\n');
}

/** The plan-level risk table. */
export function risks(ctx: Ctx): string {
  const { view, t } = ctx;
  return [
    p(t('risksIntro')),
    table({
      caption: t('chapterRisks'),
      columns: [{ header: t('colRisk') }, { header: t('colLikelihood') }, { header: t('colImpact') }, { header: t('colMitigation') }, { header: t('colRiskOwner') }],
      rowHeader: 0,
      rows: view.risks.map((r) => [r.risk, r.likelihoodText ?? '', r.impactText ?? '', r.mitigation ?? '', r.owner ?? '']),
    }),
  ].join('\n');
}

/** The secured share of the budget, by year and by source type. */
export function securedFunding(ctx: Ctx): string {
  const { view, t } = ctx;
  const b = view.budget;
  const s = b.secured;
  if (!s) return '';
  const byYear = table({
    caption: `${t('sectionSecuredFunding')}: ${t('sectionBudgetByYear')}`,
    columns: [{ header: t('colYear'), align: 'right' }, { header: t('colTotal'), align: 'right' }, { header: t('colSecured'), align: 'right' }, { header: t('colSecuredShare'), align: 'right' }],
    rowHeader: 0,
    rows: b.byYear.map((y, i) => [y.year, y.total.text, s.byYear[i]?.secured.text ?? '', s.byYear[i]?.shareText ?? '']),
  });
  const bySource = table({
    caption: `${t('sectionSecuredFunding')}: ${t('sectionBudgetBySource')}`,
    columns: [{ header: t('colFundingSource') }, { header: t('colTotal'), align: 'right' }, { header: t('colSecured'), align: 'right' }, { header: t('colSecuredShare'), align: 'right' }],
    rowHeader: 0,
    rows: b.bySource.map((x, i) => [x.label, x.total.text, s.bySource[i]?.secured.text ?? '', s.bySource[i]?.shareText ?? '']),
  });
  return section(
    ctx,
    'budget-secured',
    t('sectionSecuredFunding'),
    [p(t('securedNote')), definitions([[t('budgetSecured'), s.total.text], [t('budgetSecuredShare'), s.shareText]]), byYear, bySource].join('\n'),
  );
}

/** One table of indicators for the annex. */
export function indicatorTable(ctx: Ctx, caption: string, indicators: readonly IndicatorView[]): string {
  const { t } = ctx;
  return table({
    caption,
    wide: true,
    columns: [{ header: t('colNumber') }, { header: t('colIndicator') }, { header: t('colUnit') }, { header: t('colBaseline'), align: 'right' }, { header: t('colTarget'), align: 'right' }, { header: t('colVerification') }, { header: t('colDisaggregation') }],
    rowHeader: 1,
    rows: indicators.map((i) => [
      i.measureNumber,
      i.name,
      i.unit,
      `${i.baselineText}${i.baselineYear ? ` (${i.baselineYear})` : ''}`,
      `${i.targetText}${i.targetYear ? ` (${i.targetYear})` : ''}`,
      i.collectionText ? raw(`${esc(i.verification)}<br>${esc(i.collectionText)}`) : i.verification,
      i.disaggregationText ?? '',
    ]),
  });
}
