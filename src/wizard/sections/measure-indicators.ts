import { fill } from '../../i18n/index.js';
import { formatPath, type PathSegments } from '../../plan/issue.js';
import { askList } from '../list.js';
import { isRecord } from '../paths.js';
import type { Mode, Session } from '../session.js';
import { itemLabel, labelled, numberAt } from './section.js';

/** The indicators of a measure: how success is measured, with baseline, target and verification. */
export async function askIndicators(s: Session, indicators: PathSegments, mode: Mode): Promise<void> {
  await askList(
    s,
    {
      path: indicators,
      title: s.m.lists.indicators,
      min: 1,
      addAnother: s.m.measure.indicatorAddAnother,
      label: (item, i) => itemLabel(s, i, isRecord(item) ? item['name'] : undefined),
      item: (path, itemMode) => indicator(s, path, itemMode),
    },
    mode,
  );
}

async function indicator(s: Session, path: PathSegments, mode: Mode): Promise<void> {
  const m = s.m.measure;
  const from = numberAt(s, ['plan', 'period', 'from']);
  const to = numberAt(s, ['plan', 'period', 'to']);
  await s.text([...path, 'name'], mode, { message: fill(m.indicatorName, { number: Number(path.at(-1)) + 1 }) });
  await s.text([...path, 'unit'], mode, { message: m.unit });
  await s.number([...path, 'baseline'], mode, { message: m.baseline });
  // Without a baseline year progress cannot be measured (a warning); the year before the plan is the usual one.
  await s.number([...path, 'baselineYear'], mode, { message: m.baselineYear, ...(from !== undefined ? { default: from - 1 } : {}) });
  await s.number([...path, 'target'], mode, { message: m.target });
  const baseline = numberAt(s, [...path, 'baseline']);
  const target = numberAt(s, [...path, 'target']);
  const direction = s.get([...path, 'direction']);
  const lower = baseline !== undefined && target !== undefined && target < baseline;
  if (mode !== 'fill' && (lower || direction === 'decrease')) {
    const better = await s.ask.confirm({ name: formatPath([...path, 'direction']), message: m.lowerIsBetter, default: lower || direction === 'decrease' });
    s.accept([...path, 'direction'], better ? 'decrease' : undefined);
  } else {
    await s.choice([...path, 'direction'], 'fill', { message: m.lowerIsBetter, choices: [{ value: 'increase', name: s.m.no }, { value: 'decrease', name: s.m.yes }] });
  }
  await s.number([...path, 'targetYear'], mode, { message: m.targetYear, ...(to !== undefined ? { default: to } : {}) });
  await s.text([...path, 'verification'], mode, { message: m.verification });
  await s.checklist([...path, 'disaggregation'], mode, { message: m.disaggregation, choices: labelled(s.m.disaggregations), optional: true });
}
