import { fill } from '../i18n/index.js';
import { formatPath, type Issue } from '../plan/issue.js';
import { localizeIssues } from '../plan/issue-text.js';
import { validatePlan } from '../plan/validate.js';
import { buildView } from '../view/build-view.js';
import type { View } from '../view/types.js';
import { changeOne } from './change-one.js';
import { isAtOrUnder } from './check-answer.js';
import type { WizardMessages } from './messages.js';
import type { Section } from './sections/index.js';
import type { Session } from './session.js';
import { visibleLength } from './wrap-text.js';

const FINISH = ':finish';
const FIX = ':fix';
const ONE = ':one';

/**
 * The last screen: the plan at a glance (coverage of the goals, budget, every warning and error)
 * and a menu to edit any section, fix what is wrong, or finish. Finishing needs a valid plan.
 */
export async function review(s: Session, sections: readonly Section[], saved: (section: string) => Promise<void>): Promise<void> {
  const r = s.m.review;
  for (;;) {
    const screen = reviewScreen(s.draft, s.m, s.locale, s.ask.columns);
    s.ask.show(s.m.sections.review, 'heading');
    s.ask.show(`${r.intro}\n\n${screen.text}`);
    const picked = await s.ask.select<string>({
      name: 'review',
      message: r.menu,
      choices: [
        screen.ok ? { value: FINISH, name: r.finish } : { value: FIX, name: r.fix },
        { value: ONE, name: s.help.review.changeOne },
        ...sections.map((section) => ({ value: section.id, name: fill(r.edit, { section: section.title(s) }) })),
      ],
      default: screen.ok ? FINISH : FIX,
    });
    if (picked === FINISH) {
      if (validatePlan(s.draft).ok) return;
      s.ask.show(r.cannotFinish, 'problem');
      continue;
    }
    if (picked === ONE) {
      await changeOne(s, sections, saved);
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

/**
 * The review screen as text, and whether the plan can be finished. On a screen `columns` wide the
 * coverage matrix and the budget table become lists when they would not fit (one column is kept
 * free, as the terminal adapter keeps it).
 */
export function reviewScreen(draft: unknown, m: WizardMessages, locale: string, columns = Number.POSITIVE_INFINITY): { ok: boolean; text: string } {
  const fits = (lines: readonly string[]) => lines.every((l) => visibleLength(l) <= columns - 1);
  const result = validatePlan(draft);
  const lines: string[] = [];
  if (result.ok && result.plan) {
    const view = buildView(result.plan, { locale, issues: result.issues });
    const matrix = coverage(view, m, columns);
    const table = budget(view, m);
    // The title and the legend wrap at spaces on any screen; the rows of a table cannot.
    lines.push(...(fits(matrix.slice(1, 2 + view.coverage.rows.length)) ? matrix : coverageList(view, m, columns)), '', ...(fits(table) ? table : budgetList(view, m)), '');
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

function coverage(view: View, m: WizardMessages, columns: number): string[] {
  const { goals, rows } = view.coverage;
  const labels = rows.map((r) => `${r.number} ${r.short}`);
  const width = Math.max(...labels.map((l) => l.length));
  const head = `${' '.repeat(width)} ${goals.map((g) => String(g.number).padStart(3)).join('')}`;
  const body = rows.map((r, i) => `${labels[i]!.padEnd(width)} ${r.cells.map((n) => (r.applicable ? (n === 0 ? '·' : String(n)) : '–').padStart(3)).join('')}`);
  return [m.review.coverage, head, ...body, ...legendAndGaps(view, m, columns)];
}

/** The coverage as a list for a narrow screen: per area, the goals its measures serve and how many. */
function coverageList(view: View, m: WizardMessages, columns: number): string[] {
  const { goals, rows } = view.coverage;
  const body = rows.map((r) => {
    const served = r.cells.flatMap((n, i) => (n > 0 ? [`${goals[i]!.number}×${n}`] : []));
    return `${r.number} ${r.short}: ${!r.applicable ? '–' : served.length === 0 ? '·' : served.join(' · ')}`;
  });
  return [m.review.coverage, ...body, ...legendAndGaps(view, m, columns)];
}

function legendAndGaps(view: View, m: WizardMessages, columns: number): string[] {
  const { goals, gaps } = view.coverage;
  const legend = wrap(goals.map((g) => `${g.number} ${g.short}`), Math.min(96, columns - 3));
  return [
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

/** The budget as a list for a narrow screen: per area its total, then the amount from each source. */
function budgetList(view: View, m: WizardMessages): string[] {
  const b = view.budget;
  const entry = (label: string, total: string, amounts: readonly string[]) => [`${label}: ${total}`, `  ${b.bySource.map((s, i) => `${s.label} ${amounts[i] ?? ''}`).join(' · ')}`];
  return [
    m.review.budget,
    ...b.byArea.flatMap((a) => entry(`${a.number} ${view.coverage.rows.find((r) => r.id === a.id)?.short ?? a.title}`, a.total.text, a.bySource.map((x) => x.text))),
    ...entry(m.review.total, b.total.text, b.bySource.map((s) => s.total.text)),
    fill(m.review.municipalShare, { share: b.municipalShareText }),
  ];
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
