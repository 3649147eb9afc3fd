import { fill } from '../../i18n/index.js';
import { askOptional } from '../list.js';
import { isRecord } from '../paths.js';
import type { Mode, Session } from '../session.js';
import type { Section } from './section.js';

const G = ['governance'];
const MEDIATORS = [...G, 'mediators'];

export const governanceSection: Section = {
  id: 'governance',
  title: (s) => s.m.sections.governance,
  paths: [G],
  async run(s, mode) {
    const m = s.m.governance;
    await s.text([...G, 'coordinator', 'role'], s.computed([...G, 'coordinator', 'role'], mode, m.coordinatorRoleDefault), { message: m.coordinatorRole, default: m.coordinatorRoleDefault });
    await s.text([...G, 'coordinator', 'unit'], mode, { message: m.coordinatorUnit });
    const body = [...G, 'coordinationBody'];
    await askOptional(s, body, mode, m.coordinationBodyAdd, async (bodyMode) => {
      await s.text([...body, 'name'], bodyMode, { message: m.coordinationBodyName });
      await s.strings([...body, 'members'], bodyMode, { message: m.coordinationBodyMembers });
    });
    const group = [...G, 'communityActionGroup'];
    await askOptional(s, group, mode, m.groupAdd, async (groupMode) => {
      await s.number([...group, 'members'], groupMode, { message: m.groupMembers });
      await s.number([...group, 'women'], groupMode, { message: m.groupWomen });
      await s.text([...group, 'established'], groupMode, { message: m.groupEstablished });
    });
    await mediators(s, mode);
  },
};

/** Mediators are one entry per field, so a checklist of fields comes first, then a count for each. */
async function mediators(s: Session, mode: Mode): Promise<void> {
  const m = s.m.governance;
  const fields = Object.keys(s.m.mediatorFields) as (keyof typeof s.m.mediatorFields)[];
  const existing = (Array.isArray(s.get(MEDIATORS)) ? (s.get(MEDIATORS) as unknown[]) : []).filter(isRecord);
  if (mode === 'new' || mode === 'edit' || (mode === 'continue' && s.get(MEDIATORS) === undefined)) {
    const picked = await s.ask.checkbox({
      name: MEDIATORS.join('.'),
      message: m.mediatorFields,
      choices: fields.map((f) => ({ value: f, name: s.m.mediatorFields[f], checked: existing.some((e) => e['field'] === f) })),
    });
    const next = fields.filter((f) => picked.includes(f)).map((f) => existing.find((e) => e['field'] === f) ?? { field: f });
    s.set(MEDIATORS, next.length > 0 ? next : undefined);
  }
  const list = s.get(MEDIATORS);
  if (!Array.isArray(list)) return;
  for (const [i, entry] of list.entries()) {
    const field = isRecord(entry) ? entry['field'] : undefined;
    const label = typeof field === 'string' && field in s.m.mediatorFields ? s.m.mediatorFields[field as keyof typeof s.m.mediatorFields] : String(field);
    const entryMode = existing.includes(entry) ? mode : 'new';
    await s.choice([...MEDIATORS, i, 'field'], 'fill', { message: m.mediatorFields, choices: fields.map((f) => ({ value: f, name: s.m.mediatorFields[f] })) });
    await s.number([...MEDIATORS, i, 'count'], entryMode, { message: fill(m.mediatorCount, { field: label }) });
  }
}
