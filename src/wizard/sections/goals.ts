import { GOAL_IDS, goalById, type GoalId } from '../../catalogue/index.js';
import { fill } from '../../i18n/index.js';
import { isRecord } from '../paths.js';
import { labelled, type Section } from './section.js';

const GOALS = ['goals'];

export const goalsSection: Section = {
  id: 'goals',
  title: (s) => s.m.sections.goals,
  paths: [GOALS],
  async run(s, mode) {
    const m = s.m.goals;
    const current = isRecord(s.get(GOALS)) ? (s.get(GOALS) as Record<string, unknown>) : undefined;
    const choose = mode === 'new' || mode === 'edit' || (mode === 'continue' && current === undefined);
    if (choose) {
      s.ask.show(m.intro);
      const picked = await s.ask.checkbox<GoalId>({
        name: 'goals',
        message: m.pursued,
        choices: GOAL_IDS.map((id) => ({ value: id, name: `${goalById(id).number}. ${s.texts.goals[id].title}`, description: s.help.goals[id], checked: current?.[id] !== undefined })),
      });
      // Goals keep the catalogue's order, and a goal ticked again keeps what was written for it.
      s.set(GOALS, Object.fromEntries(GOAL_IDS.filter((id) => picked.includes(id)).map((id) => [id, current?.[id] ?? {}])));
    }
    const goals = s.get(GOALS);
    if (!isRecord(goals)) return;
    const isNew = (id: GoalId) => choose && current?.[id] === undefined;
    const chosen = GOAL_IDS.filter((id) => goals[id] !== undefined);
    for (const id of chosen) {
      await s.choice([...GOALS, id, 'priority'], isNew(id) ? 'new' : mode, { message: fill(m.priority, { goal: s.texts.goals[id].title }), choices: labelled(s.m.priorities), default: 'medium' });
    }
    // How each goal is pursued is optional: one question for the goals just picked.
    const statements = chosen.some(isNew) ? await s.optional('goals:statements', m.statementsAdd, 'new') : mode;
    for (const id of chosen) {
      await s.text([...GOALS, id, 'statement'], isNew(id) ? statements : mode, { message: fill(m.statement, { goal: s.texts.goals[id].title }) });
    }
  },
};
