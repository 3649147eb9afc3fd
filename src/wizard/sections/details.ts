import { CROSS_CUTTING_IDS, type CrossCuttingId } from '../../catalogue/index.js';
import { fill } from '../../i18n/index.js';
import type { PathSegments } from '../../plan/issue.js';
import { askList } from '../list.js';
import { isRecord } from '../paths.js';
import type { Mode, Session } from '../session.js';
import { askMeasureDetails, gate } from './details-measures.js';
import { itemLabel, labelled, textAt, type Section } from './section.js';

const MONITORING = ['monitoring'];
const MONITORING_EXTRAS = ['publication', 'budget', 'evaluationMethod', 'revision', 'nationalReporting'] as const;

/**
 * What a reviewer looks for beyond the action matrix: cross-cutting commitments, risks,
 * sustainability, funding status, outcome indicators and the rest of monitoring. A typical first
 * plan does without them, so the interview only says where to add them: the section is asked from
 * the review menu, part by part, each behind one question. From an answers file it checks what is there.
 */
export const detailsSection: Section = {
  id: 'details',
  title: (s) => s.m.details.title,
  paths: [['crossCutting'], ['risks'], ['plan', 'sustainability'], ...MONITORING_EXTRAS.map((k) => [...MONITORING, k])],
  async run(s, mode) {
    if (mode === 'new') {
      s.ask.show(fill(s.m.details.later, { section: fill(s.m.review.edit, { section: s.m.details.title }) }));
      return;
    }
    // An answers file or a resumed draft: complete and check what is there, ask nothing new.
    const part = mode === 'edit' ? 'edit' : 'fill';
    await part1(s, part);
    await askMeasureDetails(s, part);
    await monitoringExtras(s, part);
  },
};

async function part1(s: Session, mode: Mode): Promise<void> {
  const m = s.m.details;
  if (await gate(s, mode, 'crossCutting', m.crossCuttingAdd, s.get(['crossCutting']) !== undefined)) await crossCutting(s, mode);
  if (await gate(s, mode, 'risks', m.risksAdd, s.get(['risks']) !== undefined)) {
    await askList(
      s,
      {
        path: ['risks'],
        title: m.risks,
        min: 0,
        addFirst: m.riskAddFirst,
        addFirstDefault: true,
        addAnother: m.riskAddAnother,
        label: (item, i) => itemLabel(s, i, isRecord(item) ? item['risk'] : undefined),
        item: (path, itemMode) => askRisk(s, path, itemMode),
      },
      mode,
    );
  }
  await s.text(['plan', 'sustainability'], mode === 'edit' ? 'edit' : 'fill', { message: m.sustainability, long: true });
}

async function crossCutting(s: Session, mode: Mode): Promise<void> {
  const m = s.m.details;
  const current = s.get(['crossCutting']);
  const present = CROSS_CUTTING_IDS.filter((id) => isRecord(current) && current[id] !== undefined);
  let chosen: readonly CrossCuttingId[] = present;
  if (mode === 'edit') {
    chosen = await s.ask.checkbox({
      name: 'crossCutting',
      message: m.crossCutting,
      choices: CROSS_CUTTING_IDS.map((id) => ({ value: id, name: m.commitments[id], checked: present.includes(id) })),
    });
    const kept = CROSS_CUTTING_IDS.filter((id) => chosen.includes(id));
    const next = Object.fromEntries(kept.map((id) => [id, isRecord(current) && isRecord(current[id]) ? current[id] : {}]));
    s.set(['crossCutting'], kept.length > 0 ? next : undefined);
  }
  for (const id of chosen) {
    const fresh = !present.includes(id);
    await s.text(['crossCutting', id, 'statement'], fresh ? 'new' : mode, { message: fill(m.statement, { commitment: m.commitments[id] }) });
  }
}

async function askRisk(s: Session, path: PathSegments, mode: Mode): Promise<void> {
  const m = s.m.details;
  await s.text([...path, 'risk'], mode, { message: fill(m.risk, { number: Number(path.at(-1)) + 1 }) });
  await s.choice([...path, 'likelihood'], mode, { message: m.likelihood, choices: labelled(m.levels), optional: true });
  await s.choice([...path, 'impact'], mode, { message: m.impact, choices: labelled(m.levels), optional: true });
  await s.text([...path, 'mitigation'], mode, { message: m.mitigation });
  await s.text([...path, 'owner'], mode, { message: m.owner });
}

async function monitoringExtras(s: Session, mode: Mode): Promise<void> {
  const m = s.m.details;
  const present = MONITORING_EXTRAS.some((k) => s.get([...MONITORING, k]) !== undefined);
  if (!(await gate(s, mode, 'monitoring', m.monitoringAdd, present))) return;
  const currency = textAt(s, ['currency']) ?? '';
  await s.text([...MONITORING, 'publication'], mode, { message: m.publication });
  await s.number([...MONITORING, 'budget'], mode, { message: fill(m.budget, { currency }) });
  await s.text([...MONITORING, 'evaluationMethod'], mode, { message: m.evaluationMethod });
  await s.text([...MONITORING, 'revision'], mode, { message: m.revision });
  await s.text([...MONITORING, 'nationalReporting'], mode, { message: m.nationalReporting });
}
