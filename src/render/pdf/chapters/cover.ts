import { ACCENT, DRAFT_MARK, MARGIN, MUTED, PAGE, STYLES, type TextStyle } from '../layout/styles.js';
import type { Ctx } from './context.js';

const TITLE: TextStyle = { font: 'bold', size: 24, color: ACCENT, gap: 4 };
const MARK: TextStyle = { font: 'bold', size: 16, color: DRAFT_MARK, gap: 2 };
const MUNICIPALITY: TextStyle = { font: 'bold', size: 14, color: '#1a1a1a', gap: 2 };

/** The cover: municipality, title, period, status, version and the adoption decision. */
export function drawCover(ctx: Ctx): void {
  const { flow, view, t } = ctx;
  const { meta, municipality } = view;
  flow.artifact(() => flow.fillRect(0, 0, PAGE.width, 14, ACCENT));
  const mark = meta.draftMark;
  if (mark !== undefined) {
    // A plan not yet adopted says so before anything else, as on every page's header.
    const lines = flow.wrap(mark, MARK, flow.width);
    flow.begin('P');
    lines.forEach((line, i) => flow.line(line, flow.left, 70 + i * flow.lineHeight(MARK), MARK));
    flow.end();
  }

  let y = 150;
  // Each block is one paragraph, however many lines it takes.
  const place = (text: string, style: TextStyle, after: number): void => {
    flow.begin('P');
    for (const line of flow.wrap(text, style, flow.width)) {
      flow.line(line, flow.left, y, style);
      y += flow.lineHeight(style);
    }
    flow.end();
    y += after;
  };
  place(meta.municipality, MUNICIPALITY, 2);
  place([municipality.region, municipality.countryText].filter(Boolean).join(', '), { ...STYLES.body, color: MUTED }, 28);
  flow.artifact(() => flow.fillRect(flow.left, y, 60, 3, ACCENT));
  y += 20;
  place(meta.title, TITLE, 40);

  const facts: [string, string][] = [
    [t('coverPeriod'), meta.period.text],
    [t('coverStatus'), meta.statusText],
  ];
  if (meta.version !== undefined) facts.push([t('coverVersion'), meta.version]);
  if (meta.adoption) {
    facts.push([t('coverAdoptedBy'), meta.adoption.body], [t('coverDecision'), meta.adoption.decision], [t('coverAdoptionDate'), meta.adoption.dateText]);
  }
  facts.push([t('coverDate'), meta.dateText]);
  const labelWidth = Math.max(...facts.map(([k]) => flow.measure(k, STYLES.bodyBold))) + 14;
  for (const [k, v] of facts) {
    const lines = flow.wrap(v, STYLES.body, flow.width - labelWidth);
    // The label and its value read as one paragraph ("Period 2026–2030").
    flow.begin('P');
    flow.line(k, flow.left, y, STYLES.bodyBold);
    for (const line of lines) {
      flow.line(line, flow.left + labelWidth, y, STYLES.body);
      y += flow.lineHeight(STYLES.body);
    }
    flow.end();
    y += 3;
  }
  flow.artifact(() => flow.fillRect(0, PAGE.height - MARGIN.bottom + 30, PAGE.width, 4, ACCENT));
}
