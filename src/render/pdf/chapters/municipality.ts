import { drawDefinitions } from '../layout/definitions.js';
import { drawTable } from '../layout/table.js';
import { drawChapter, type ChapterPart, type Ctx } from './context.js';

/** The municipality, its Roma population and the settlements with their legal status and services. */
export function drawMunicipality(ctx: Ctx, part: ChapterPart): void {
  const { flow, view, t } = ctx;
  const m = view.municipality;
  const p = m.population;
  drawChapter(ctx, part, [
    {
      key: 'profile',
      draw: () =>
        drawDefinitions(flow, [
          [m.kindText, m.name],
          [t('municipalityCountry'), m.countryText],
          [t('municipalityRegion'), m.region],
          [t('populationTotal'), p?.totalText],
          [t('populationRoma'), p?.romaText],
          [t('populationRomaShare'), p?.romaShareText],
          [t('populationRomaSource'), p?.romaSource],
        ]),
    },
    {
      key: 'settlements',
      title: t('settlements'),
      draw: () => {
        if (m.settlements.length === 0) {
          flow.paragraph(t('noSettlements'));
          return;
        }
        // Settlements may list different services (or none), so they share one column.
        drawTable(flow, {
          columns: [
            { header: t('colSettlement'), weight: 130 },
            { header: t('colHouseholds'), weight: 64, align: 'right' },
            { header: t('colResidents'), weight: 58, align: 'right' },
            { header: t('colLegalStatus'), weight: 70 },
            { header: t('colServices'), weight: 130 },
          ],
          rows: m.settlements.map((s) => ({
            cells: [
              s.name,
              s.householdsText ?? t('none'),
              s.populationText ?? t('none'),
              s.legalStatusText ?? t('none'),
              s.services.length > 0 ? s.services.map((x) => `${x.label}: ${x.levelText}`).join('\n') : t('none'),
            ],
          })),
          zebra: true,
        });
      },
    },
  ]);
}
