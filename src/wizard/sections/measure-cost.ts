import { fill } from '../../i18n/index.js';
import type { PathSegments } from '../../plan/issue.js';
import { askList } from '../list.js';
import { isRecord } from '../paths.js';
import type { Mode, Session } from '../session.js';
import { itemLabel, labelled, numberAt, textAt } from './section.js';

/**
 * The cost of a measure and who pays it. The running sum of the sources is shown as they are
 * entered; that they add up to the total is the validator's SOURCES_MISMATCH rule, checked on the
 * cost as a whole, so the cost is asked again until it holds.
 */
export async function askCost(s: Session, cost: PathSegments, mode: Mode, measureNumber = ''): Promise<void> {
  const m = s.m.measure;
  const currency = textAt(s, ['currency']) ?? '';
  const sources = [...cost, 'sources'];
  await s.group(cost, mode, async (costMode) => {
    await s.number([...cost, 'total'], costMode, { message: fill(m.costTotal, { currency }) });
    const total = numberAt(s, [...cost, 'total']);
    if (total === undefined || (total === 0 && s.get(sources) === undefined)) return;
    const sum = () => amounts(s, sources).reduce((a, b) => a + b, 0);
    await askList(
      s,
      {
        path: sources,
        title: s.m.lists.sources,
        min: total > 0 ? 1 : 0,
        addAnother: m.sourcesAddAnother,
        addAnotherDefault: true,
        status: () => fill(m.runningSum, { sum: s.formatNumber(sum()), total: s.formatNumber(total), currency, left: s.formatNumber(total - sum()) }),
        more: () => (sum() >= total ? false : undefined),
        label: (item, i) => {
          const src = isRecord(item) ? item : {};
          const type = typeof src['type'] === 'string' ? (s.m.sourceTypes as Record<string, string>)[src['type']] : undefined;
          return itemLabel(s, i, src['name'] ?? type, typeof src['amount'] === 'number' ? s.formatNumber(src['amount']) : undefined);
        },
        item: (path, itemMode) => source(s, path, itemMode, total, currency, measureNumber),
      },
      costMode,
    );
  });
}

async function source(s: Session, path: PathSegments, mode: Mode, total: number, currency: string, measureNumber: string): Promise<void> {
  const m = s.m.measure;
  const index = Number(path.at(-1));
  await s.choice([...path, 'type'], mode, { message: fill(m.sourceType, { number: index + 1 }), choices: labelled(s.m.sourceTypes), ...(index === 0 ? { default: 'municipal' } : {}) });
  if (s.get([...path, 'type']) !== 'municipal') await s.text([...path, 'name'], mode, { message: m.sourceName });
  const others = amounts(s, path.slice(0, -1), index).reduce((a, b) => a + b, 0);
  const left = Math.round((total - others) * 100) / 100;
  await s.number([...path, 'amount'], mode, { message: fill(m.sourceAmount, { currency }), ...(left > 0 ? { default: left } : {}) });
  // Whether the money is secured is asked with the reviewer's details; here only an answers file's value is checked.
  await s.choice([...path, 'status'], 'fill', { message: fill(s.m.details.fundingStatus, { number: measureNumber, source: fill(m.sourceType, { number: index + 1 }) }), choices: labelled(s.m.details.statuses), optional: true });
}

/** The amounts of the sources, leaving out the one at `skip`. */
function amounts(s: Session, sources: PathSegments, skip?: number): number[] {
  const list = s.get(sources);
  if (!Array.isArray(list)) return [];
  return list.flatMap((src, i) => (i !== skip && isRecord(src) && typeof src['amount'] === 'number' ? [src['amount']] : []));
}
