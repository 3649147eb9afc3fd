import { t } from '../../i18n/messages.js';
import type { View } from '../../view/types.js';
import { mdCell, mdInline } from './escape.js';

/**
 * The notes for reviewers alone (`render --review` writes them as `<name>.review.md`), in the
 * document's language, whatever the plan's stage: the reviewer's checklist with its score, then
 * what the checks found. A reviewer reads them beside the council copy, which carries none once
 * the plan is adopted.
 */
export function renderReviewMarkdown(view: View): string {
  const notes = view.reviewNotes ?? view.warnings;
  const lang = view.locale;
  const review = view.review;
  const out = [`# ${mdInline(t(lang, 'review.title', { municipality: view.meta.municipality, period: view.meta.period.text }), { lineStart: false })}`, ''];
  out.push(`## ${mdInline(review.title, { lineStart: false })}`, '', mdInline(review.intro), '');
  out.push(`| ${mdCell(review.labels.colCheck)} | ${mdCell(review.labels.colState)} | ${mdCell(review.labels.colReason)} |`, '| --- | --- | --- |');
  for (const c of review.checks) out.push(`| ${mdCell(c.title)} | ${mdCell(c.stateText)} | ${mdCell(c.reason)}${c.todo === undefined ? '' : `<br>${mdCell(`${review.labels.todo} ${c.todo}`)}`} |`);
  out.push('', `**${mdInline(review.score.text)}** ${mdInline(review.scoreRule)}`, '');
  if (notes.length === 0) return `${[...out, t(lang, 'review.none', {})].join('\n')}\n`;
  out.push(t(lang, 'review.intro', {}), '', `| ${mdCell(view.labels['colPath'] ?? '')} | ${mdCell(view.labels['colNote'] ?? '')} |`, '| --- | --- |');
  for (const n of notes) out.push(`| ${mdCell(n.where ?? view.labels['none'] ?? '')} | ${mdCell(n.message)}${n.hint ? `<br>${mdCell(n.hint)}` : ''} |`);
  return `${out.join('\n')}\n`;
}
