import { fill } from '../i18n/index.js';
import { formatPath, type Issue } from '../plan/issue.js';
import { localizeIssues } from '../plan/issue-text.js';
import { isAtOrUnder } from '../wizard/check-answer.js';
import { getAt, isRecord } from '../wizard/paths.js';
import type { MeasureSlot } from './ask-measure.js';
import type { ProgressSession } from './progress-session.js';
import { YEAR_STEP } from './year-draft.js';

const FINISH = ':finish';
const FIX = ':fix';

/**
 * The last screen: every measure's status, spending and indicator values at a glance, the year's
 * errors and warnings, and a menu to change the year or any measure, fix what is wrong, or save.
 * Saving needs a year without errors.
 */
export async function reviewYear(
  s: ProgressSession,
  yearPath: readonly (string | number)[],
  slots: readonly MeasureSlot[],
  edit: (step: string, mode: 'edit' | 'fill') => Promise<void>,
): Promise<void> {
  const r = s.p.review;
  for (;;) {
    const issues = yearIssues(s, yearPath);
    const errors = issues.filter((i) => i.severity === 'error');
    s.ask.show(fill(r.heading, { year: s.year }), 'heading');
    s.ask.show(`${r.intro}\n\n${screen(s, slots, issues)}`);
    const picked = await s.ask.select<string>({
      name: 'review',
      message: r.menu,
      choices: [
        errors.length === 0 ? { value: FINISH, name: r.finish } : { value: FIX, name: r.fix },
        { value: YEAR_STEP, name: fill(r.editYear, { year: s.year }) },
        ...slots.map((slot) => ({ value: slot.planned.number, name: fill(r.editMeasure, { number: slot.planned.number, title: slot.planned.measure.title }) })),
      ],
      default: errors.length === 0 ? FINISH : FIX,
    });
    if (picked === FINISH) {
      if (yearIssues(s, yearPath).every((i) => i.severity !== 'error')) return;
      s.ask.show(r.cannotFinish, 'problem');
      continue;
    }
    if (picked === FIX) {
      for (const slot of slots) if (errors.some((i) => isAtOrUnder(i.path, formatPath(slot.path)))) await edit(slot.planned.number, 'fill');
      if (errors.some((i) => !slots.some((slot) => isAtOrUnder(i.path, formatPath(slot.path))))) await edit(YEAR_STEP, 'fill');
      continue;
    }
    await edit(picked, 'edit');
  }
}

/** The issues of this year (and of the file's plan reference), in the wizard's language. */
function yearIssues(s: ProgressSession, yearPath: readonly (string | number)[]): Issue[] {
  const here = formatPath([...yearPath]);
  return localizeIssues(
    s.validate(s.draft).filter((i) => isAtOrUnder(i.path, here)),
    s.locale,
  );
}

/** One line per measure: number, status, money spent, people reached, indicator values; then the problems. */
function screen(s: ProgressSession, slots: readonly MeasureSlot[], issues: readonly Issue[]): string {
  const statusName = new Map(s.statusChoices().map((c) => [c.value as string, c.name]));
  const lines = slots.map((slot) => {
    const entry = getAt(s.draft, slot.path);
    if (!isRecord(entry)) return `  ${slot.planned.number}  –`;
    const spent = Array.isArray(entry['spent']) ? entry['spent'].reduce((sum: number, x: unknown) => sum + (isRecord(x) && typeof x['amount'] === 'number' ? x['amount'] : 0), 0) : undefined;
    const reached = isRecord(entry['reached']) && typeof entry['reached']['total'] === 'number' ? entry['reached']['total'] : undefined;
    const values = Array.isArray(entry['indicators']) ? entry['indicators'].filter(isRecord).map((v) => s.formatNumber(Number(v['value']))) : [];
    const community = isRecord(entry['community']) ? statusName.get(String(entry['community']['rating'])) : undefined;
    const parts = [
      statusName.get(String(entry['status'])) ?? '?',
      ...(spent !== undefined ? [`${s.formatNumber(spent)} ${s.currency}`] : []),
      ...(reached !== undefined ? [`${fill(s.language.report.colReached, { year: s.year })}: ${s.formatNumber(reached)}`] : []),
      ...(values.length > 0 ? [`${s.language.report.colValue}: ${values.join(', ')}`] : []),
      ...(community !== undefined ? [`${s.language.report.colCommunity}: ${community}`] : []),
    ];
    return `  ${slot.planned.number}  ${parts.join(' · ')}`;
  });
  const r = s.p.review;
  const errors = issues.filter((i) => i.severity === 'error');
  const warnings = issues.filter((i) => i.severity === 'warning');
  const line = (mark: string, i: Issue) => `  ${mark} ${i.message.charAt(0).toUpperCase()}${i.message.slice(1)}${i.hint ? `\n      ${i.hint}` : ''}`;
  return [
    fill(r.measures, { count: slots.filter((slot) => isRecord(getAt(s.draft, slot.path))).length }),
    ...lines,
    '',
    ...(errors.length > 0 ? [fill(r.errors, { count: errors.length }), ...errors.map((i) => line('✖', i)), ''] : []),
    ...(warnings.length > 0 ? [fill(r.warnings, { count: warnings.length }), ...warnings.map((i) => line('!', i))] : [r.noWarnings]),
  ].join('\n');
}
