import type { MeasureView } from '../../../view/types.js';
import { STYLES } from '../layout/styles.js';
import type { Ctx } from './context.js';

/** What the action matrix has no room for: description, goals, EU objectives, practice, beneficiaries, risks. */
export function drawMeasureDetails(ctx: Ctx, m: MeasureView): void {
  const { flow, t } = ctx;
  flow.heading(`${m.number}  ${m.title}`, STYLES.h4, { before: 6, after: 3 });
  flow.prose(m.description);
  const items: string[] = [];
  if (m.goals.length > 0) items.push(`${t('measureGoals')}: ${m.goals.map((g) => `${g.number}. ${g.short}`).join('; ')}`);
  if (m.euObjectives.length > 0) items.push(`${t('measureEuObjectives')}: ${m.euObjectives.map((e) => e.title).join('; ')}`);
  if (m.practice) items.push(`${t('measurePractice')}: ${m.practice.title} (${m.practice.source})`);
  const b = m.beneficiaries;
  if (b) {
    const parts = [
      b.totalText && `${t('beneficiariesTotal')}: ${b.totalText}`,
      b.romaWomenText && `${t('beneficiariesRomaWomen')}: ${b.romaWomenText}`,
      b.romaMenText && `${t('beneficiariesRomaMen')}: ${b.romaMenText}`,
    ].filter(Boolean);
    if (parts.length > 0) items.push(`${t('measureBeneficiaries')}: ${parts.join('; ')}`);
  }
  if (m.fundingStated) {
    const sources = m.sources.map((s) => `${s.name ? `${s.label} (${s.name})` : s.label}: ${s.amount.text}${s.statusText ? ` — ${s.statusText}` : ''}`);
    items.push(`${t('measureFunding')}: ${sources.join('; ')}`);
  }
  if (m.crossCutting.length > 0) items.push(`${t('measureCrossCutting')}: ${m.crossCutting.map((c) => c.title).join('; ')}`);
  if (m.risks.length > 0) items.push(`${t('measureRisks')}: ${m.risks.map((r) => r.text).join('; ')}`);
  if (m.sustainability !== undefined) items.push(`${t('measureSustainability')}: ${m.sustainability}`);
  flow.bullets(items, STYLES.small);
}
