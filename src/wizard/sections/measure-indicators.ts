import { fill } from '../../i18n/index.js';
import { formatPath, type PathSegments } from '../../plan/issue.js';
import { askList } from '../list.js';
import { isRecord } from '../paths.js';
import type { Mode, Session } from '../session.js';
import { itemLabel, labelled, numberAt, textAt } from './section.js';
import { isAreaId, targets, type AreaId } from '../../catalogue/index.js';
import { messagesFor } from '../../i18n/index.js';

/** The indicators of a measure: how success is measured, with baseline, target and verification. */
export async function askIndicators(s: Session, indicators: PathSegments, mode: Mode, details?: Mode, whatNext?: () => Promise<boolean>): Promise<void> {
  await askList(
    s,
    {
      path: indicators,
      title: s.m.lists.indicators,
      min: 1,
      addAnother: s.m.measure.indicatorAddAnother,
      ...(whatNext ? { ask: whatNext } : {}),
      label: (item, i) => itemLabel(s, i, isRecord(item) ? item['name'] : undefined),
      item: (path, itemMode) => askIndicator(s, path, itemMode, itemMode === 'new' ? details : undefined),
    },
    mode,
  );
}

/** One indicator of a measure or an objective: what is measured, from where to where, and how it is verified. */
/** `details`: the mode of the optional split (disaggregation), when the measure asked whether to add details. */
export async function askIndicator(s: Session, path: PathSegments, mode: Mode, details: Mode = mode): Promise<void> {
  const m = s.m.measure;
  const from = numberAt(s, ['plan', 'period', 'from']);
  const to = numberAt(s, ['plan', 'period', 'to']);
  await s.text([...path, 'name'], mode, { message: fill(m.indicatorName, { number: Number(path.at(-1)) + 1 }) });
  await s.text([...path, 'unit'], mode, { message: m.unit });
  await s.number([...path, 'baseline'], mode, { message: m.baseline });
  // Without a baseline year progress cannot be measured (a warning); the year before the plan is the usual one.
  await s.number([...path, 'baselineYear'], s.computed([...path, 'baselineYear'], mode, from !== undefined ? from - 1 : undefined), { message: m.baselineYear, ...(from !== undefined ? { default: from - 1 } : {}) });
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
  await s.number([...path, 'targetYear'], s.computed([...path, 'targetYear'], mode, to), { message: m.targetYear, ...(to !== undefined ? { default: to } : {}) });
  await s.text([...path, 'verification'], mode, { message: m.verification });
  await s.checklist([...path, 'disaggregation'], details, { message: m.disaggregation, choices: labelled(s.m.disaggregations), optional: true });
  // Who collects it, how often and towards which target are asked with the reviewer's details; here
  // only what an answers file gave is checked.
  const area = path[1];
  if (isAreaId(area)) await indicatorDetails(s, area, path, 'fill');
}

/** The Western Balkans partners of the Poznan Declaration; elsewhere its targets do not apply. */
const POZNAN_COUNTRIES = new Set(['AL', 'BA', 'ME', 'MK', 'RS', 'XK']);

/** Who collects an indicator, how often, and the targets of its area it contributes to. */
export async function indicatorDetails(s: Session, area: AreaId, path: PathSegments, mode: Mode): Promise<void> {
  const m = s.m.details;
  await s.text([...path, 'collectedBy'], mode, { message: fill(m.collectedBy, { name: textAt(s, [...path, 'name']) ?? '' }) });
  await s.choice([...path, 'frequency'], mode, { message: m.frequency, choices: labelled(m.frequencies), optional: true });
  const fitting = targetsFor(s, area);
  if (fitting.length > 0 || s.get([...path, 'contributesTo']) !== undefined) {
    await s.checklist([...path, 'contributesTo'], mode, { message: m.contributesTo, choices: fitting, optional: true });
  }
}

/** The targets of the area that apply in the plan's country, Poznan's first in the Western Balkans. */
function targetsFor(s: Session, area: AreaId): { value: string; name: string }[] {
  const country = textAt(s, ['municipality', 'country']);
  const poznan = country !== undefined && POZNAN_COUNTRIES.has(country);
  const fitting = targets.filter((t) => t.area === area && (poznan || t.framework === 'eu-2030'));
  const ordered = poznan ? [...fitting.filter((t) => t.framework === 'poznan-2019'), ...fitting.filter((t) => t.framework === 'eu-2030')] : fitting;
  // The target in the wizard's language, as the documents name it.
  const titles = messagesFor(s.locale).content.targets;
  return ordered.map((t) => ({ value: t.id, name: `${s.m.details.frameworks[t.framework]}: ${titles[t.id]}` }));
}
