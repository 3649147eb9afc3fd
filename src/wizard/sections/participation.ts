import { formatPath, type PathSegments } from '../../plan/issue.js';
import { askList } from '../list.js';
import { isRecord } from '../paths.js';
import type { Mode, Session } from '../session.js';
import { itemLabel, labelled, type Section } from './section.js';

const PARTICIPATION = ['participation'];

export const participationSection: Section = {
  id: 'participation',
  title: (s) => s.m.sections.participation,
  paths: [PARTICIPATION],
  async run(s, mode) {
    if (mode === 'new') s.ask.show(s.m.participation.intro);
    await askList(
      s,
      {
        path: PARTICIPATION,
        title: s.m.lists.participation,
        min: 1,
        addAnother: s.m.participation.addAnother,
        label: (item, i) => {
          const c = isRecord(item) ? item : {};
          const format = typeof c['format'] === 'string' ? (s.m.formats as Record<string, string>)[c['format']] : undefined;
          return itemLabel(s, i, c['date'], format);
        },
        item: (path, itemMode) => consultation(s, path, itemMode),
      },
      mode,
    );
  },
};

async function consultation(s: Session, path: PathSegments, mode: Mode): Promise<void> {
  const m = s.m.participation;
  await s.date([...path, 'date'], mode, { message: m.date });
  await s.choice([...path, 'format'], mode, { message: m.format, choices: labelled(s.m.formats) });
  await s.number([...path, 'participants', 'total'], mode, { message: m.total });
  // Who took part and what was said are optional: behind one question in a new consultation.
  const more = await s.optional(`${formatPath(path)}:more`, m.moreAdd, mode);
  await s.number([...path, 'participants', 'roma'], more, { message: m.roma });
  await s.number([...path, 'participants', 'women'], more, { message: m.women });
  await s.text([...path, 'summary'], more, { message: m.summary, long: true });
}
