import { fill } from '../i18n/index.js';
import { formatPath, type Issue } from '../plan/issue.js';
import { localizeIssues } from '../plan/issue-text.js';
import { validatePlan } from '../plan/validate.js';
import { buildView } from '../view/build-view.js';
import type { View } from '../view/types.js';
import { isAtOrUnder } from './check-answer.js';
import type { WizardMessages } from './messages.js';
import type { Section } from './sections/index.js';
import type { Session } from './session.js';

const FINISH = ':finish';
const FIX = ':fix';

/**
 * The last screen: the plan at a glance (coverage of the goals, budget, every warning and error)
 * and a menu to edit any section, fix what is wrong, or finish. Finishing needs a valid plan.
 */
export async function review(s: Session, sections: readonly Section[], saved: (section: string) => Promise<void>): Promise<void> {
  const r = s.m.review;
  for (;;) {
    const screen = reviewScreen(s.draft, s.m, s.locale);
    s.ask.show(s.m.sections.review, 'heading');
    s.ask.show(`${r.intro}\n\n${screen.text}`);
    const picked = await s.ask.select<string>({
      name: 'review',
      message: r.menu,
      choices: [
        screen.ok ? { value: FINISH, name: r.finish } : { value: FIX, name: r.fix },
        ...sections.map((section) => ({ value: section.id, name: fill(r.edit, { section: section.title(s) }) })),
      ],
      default: screen.ok ? FINISH : FIX,
    });
    if (picked === FINISH) {
      if (validatePlan(s.draft).ok) return;
      s.ask.show(r.cannotFinish, 'problem');
      continue;
    }
    const chosen = picked === FIX ? sections.filter((section) => hasErrors(s, section)) : sections.filter((section) => section.id === picked);
    for (const section of chosen) {
      s.ask.show(section.title(s), 'heading');
      await section.run(s, picked === FIX ? 'fill' : 'edit');
      await saved(section.id);
    }
  }
}

function hasErrors(s: Session, section: Section): boolean {
  const issues = validatePlan(s.draft).issues.filter((i) => i.severity === 'error');
  return section.paths.some((p) => issues.some((i) => isAtOrUnder(i.path, formatPath(p))));
}

/** The review screen as text, and whether the plan can be finished. */
export function reviewScreen(draft: unknown, m: WizardMessages, locale: string): { ok: boolean; text: string } {
  const result = validatePlan(draft);
  const lines: string[] = [];
  if (result.ok && result.plan) {
    const view = buildView(result.plan, { locale, issues: result.issues });
    lines.push(...coverage(view, m), '', ...budget(view, m), '');
  }
  const issues = localizeIssues(result.issues, locale);
  const errors = issues.filter((i) => i.severity === 'error');
  const warnings = issues.filter((i) => i.severity === 'warning');
  if (errors.length > 0) lines.push(fill(m.review.errors, { count: errors.length }), ...errors.map((i) => issueLine('✖', i)), '');
  lines.push(warnings.length > 0 ? fill(m.review.warnings, { count: warnings.length }) : m.review.noWarnings, ...warnings.map((i) => issueLine('!', i)));
  return { ok: result.ok, text: lines.join('\n') };
}

/** One issue in plain words: the message names the measure or field, never its place in the file. */
function issueLine(mark: string, i: Issue): string {
  return `  ${mark} ${i.message.charAt(0).toUpperCase()}${i.message.slice(1)}${i.hint ? `\n      ${i.hint}` : ''}`;
}

function coverage(view: View, m: WizardMessages): string[] {
  const { goals, rows, gaps } = view.coverage;
  const labels = rows.map((r) => `${r.number} ${r.short}`);
  const width = Math.max(...labels.map((l) => l.length));
  const head = `${' '.repeat(width)} ${goals.map((g) => String(g.number).padStart(3)).join('')}`;
  const body = rows.map((r, i) => `${labels[i]!.padEnd(width)} ${r.cells.map((n) => (r.applicable ? (n === 0 ? '·' : String(n)) : '–').padStart(3)).join('')}`);
  const legend = wrap(goals.map((g) => `${g.number} ${g.short}`), 96);
  return [
    m.review.coverage,
    head,
    ...body,
    `${m.review.goalsLegend}: ${legend[0] ?? ''}`,
    ...legend.slice(1).map((l) => `  ${l}`),
    ...(gaps.length > 0 ? [fill(m.review.gaps, { goals: gaps.map((g) => `${g.number} ${goals.find((x) => x.id === g.id)?.short ?? g.title}`).join(', ') })] : []),
  ];
}

function budget(view: View, m: WizardMessages): string[] {
  const b = view.budget;
  const header = ['', ...b.bySource.map((s) => s.label), m.review.total];
  const rows = [
    ...b.byArea.map((a) => [`${a.number} ${view.coverage.rows.find((r) => r.id === a.id)?.short ?? a.title}`, ...a.bySource.map((x) => x.text), a.total.text]),
    [m.review.total, ...b.bySource.map((s) => s.total.text), b.total.text],
  ];
  const widths = header.map((_, c) => Math.max(...[header, ...rows].map((r) => (r[c] ?? '').length)));
  const line = (r: string[]) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ');
  return [m.review.budget, line(header), ...rows.map(line), fill(m.review.municipalShare, { share: b.municipalShareText })];
}

/** Joins items with " · " into lines of at most `width` characters, never splitting an item. */
function wrap(items: readonly string[], width: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const item of items) {
    if (line !== '' && line.length + 3 + item.length > width) {
      out.push(line);
      line = item;
    } else line = line === '' ? item : `${line} · ${item}`;
  }
  if (line !== '') out.push(line);
  return out;
}
