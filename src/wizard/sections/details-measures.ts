import { AREA_IDS, CROSS_CUTTING_IDS, areaById, type AreaId } from '../../catalogue/index.js';
import { fill } from '../../i18n/index.js';
import type { PathSegments } from '../../plan/issue.js';
import { askList } from '../list.js';
import { isRecord } from '../paths.js';
import type { Mode, Session } from '../session.js';
import { askIndicator, indicatorDetails } from './measure-indicators.js';
import { itemLabel, labelled } from './section.js';

interface Place {
  area: AreaId;
  path: PathSegments;
  /** "5.1" for an objective, "5.1.2" for a measure. */
  number: string;
  title: string;
}

/**
 * The parts of the reviewer's details that belong to objectives and measures: outcome indicators,
 * the commitments each measure serves, whether its money is secured and how it continues, and who
 * collects each indicator, how often, towards which target.
 */
export async function askMeasureDetails(s: Session, mode: Mode): Promise<void> {
  const m = s.m.details;
  const objectives = places(s, 'objectives');
  const measures = places(s, 'measures');
  const has = (list: readonly Place[], ...keys: string[]) => list.some((p) => keys.some((k) => s.get([...p.path, k]) !== undefined));

  if (await gate(s, mode, 'outcomes', m.outcomesAdd, has(objectives, 'indicators'))) {
    for (const o of objectives) {
      await askList(
        s,
        {
          path: [...o.path, 'indicators'],
          title: m.outcomes,
          min: 0,
          addFirst: fill(m.outcomeAddFirst, { number: o.number, title: o.title }),
          addAnother: m.outcomeAddAnother,
          label: (item, i) => itemLabel(s, i, isRecord(item) ? item['name'] : undefined),
          item: async (path, itemMode) => {
            await askIndicator(s, path, itemMode);
            await indicatorDetails(s, o.area, path, itemMode);
          },
        },
        mode,
      );
    }
  }
  if (await gate(s, mode, 'tags', m.tagsAdd, has(measures, 'crossCutting'))) {
    for (const p of measures) {
      await s.checklist([...p.path, 'crossCutting'], mode, {
        message: fill(m.tags, { number: p.number, title: p.title }),
        choices: CROSS_CUTTING_IDS.map((id) => ({ value: id, name: m.commitments[id] })),
        optional: true,
      });
    }
  }
  if (await gate(s, mode, 'funding', m.fundingAdd, has(measures, 'sustainability') || measures.some((p) => sources(s, p).some((src) => src['status'] !== undefined)))) {
    for (const p of measures) await funding(s, p, mode);
  }
  const measureIndicators = measures.flatMap((p) => indicatorsOf(s, p).map((i) => ({ area: p.area, path: [...p.path, 'indicators', i] })));
  const detailed = measureIndicators.some((i) => ['collectedBy', 'frequency', 'contributesTo'].some((k) => s.get([...i.path, k]) !== undefined));
  if (await gate(s, mode, 'indicators', m.indicatorDetailsAdd, detailed)) {
    for (const i of measureIndicators) await indicatorDetails(s, i.area, i.path, mode);
  }
}

/** Asks whether to go into a part now; from an answers file, goes into the parts that are there. */
export async function gate(s: Session, mode: Mode, name: string, message: string, present: boolean): Promise<boolean> {
  if (mode !== 'edit') return present;
  return s.ask.confirm({ name: `details:${name}`, message, default: present });
}

async function funding(s: Session, p: Place, mode: Mode): Promise<void> {
  const m = s.m.details;
  const list = sources(s, p);
  for (const [i, src] of list.entries()) {
    const type = typeof src['type'] === 'string' ? (s.m.sourceTypes as Record<string, string>)[src['type']] : undefined;
    const amount = typeof src['amount'] === 'number' ? s.formatNumber(src['amount']) : undefined;
    const source = [typeof src['name'] === 'string' ? src['name'] : type, amount].filter((x) => x !== undefined).join(', ');
    await s.choice([...p.path, 'cost', 'sources', i, 'status'], mode, {
      message: fill(m.fundingStatus, { number: p.number, source }),
      choices: labelled(m.statuses),
      optional: true,
      ...(src['type'] === 'municipal' ? { default: 'secured' } : {}),
    });
  }
  // Only money from outside the municipality ends; a measure the municipality pays alone goes on.
  if (list.some((src) => src['type'] !== 'municipal') || s.get([...p.path, 'sustainability']) !== undefined) {
    await s.text([...p.path, 'sustainability'], mode, { message: fill(m.measureSustainability, { number: p.number }) });
  }
}

/** Every objective, or every measure, of the plan in document order. */
function places(s: Session, kind: 'objectives' | 'measures'): Place[] {
  const out: Place[] = [];
  for (const area of AREA_IDS) {
    const objectives = s.get(['areas', area, 'objectives']);
    if (!Array.isArray(objectives)) continue;
    for (const [oi, objective] of objectives.entries()) {
      const path = ['areas', area, 'objectives', oi];
      const number = `${areaById(area).number}.${oi + 1}`;
      if (kind === 'objectives') {
        out.push({ area, path, number, title: isRecord(objective) && typeof objective['title'] === 'string' ? objective['title'] : '' });
        continue;
      }
      const measures = isRecord(objective) ? objective['measures'] : undefined;
      if (!Array.isArray(measures)) continue;
      for (const [mi, measure] of measures.entries()) {
        const title = isRecord(measure) && typeof measure['title'] === 'string' ? measure['title'] : '';
        out.push({ area, path: [...path, 'measures', mi], number: `${number}.${mi + 1}`, title });
      }
    }
  }
  return out;
}

function sources(s: Session, p: Place): Record<string, unknown>[] {
  const list = s.get([...p.path, 'cost', 'sources']);
  return Array.isArray(list) ? list.filter(isRecord) : [];
}

function indicatorsOf(s: Session, p: Place): number[] {
  const list = s.get([...p.path, 'indicators']);
  return Array.isArray(list) ? list.map((_, i) => i) : [];
}
