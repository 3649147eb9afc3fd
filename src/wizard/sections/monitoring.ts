import { labelled, numberAt, textAt, type Section } from './section.js';

const MONITORING = ['monitoring'];

export const monitoringSection: Section = {
  id: 'monitoring',
  title: (s) => s.m.sections.monitoring,
  paths: [MONITORING],
  async run(s, mode) {
    const m = s.m.monitoring;
    const from = numberAt(s, ['plan', 'period', 'from']);
    const to = numberAt(s, ['plan', 'period', 'to']);
    const body = textAt(s, ['governance', 'coordinationBody', 'name']);
    const council = textAt(s, ['plan', 'adoption', 'body']);
    await s.text([...MONITORING, 'body'], mode, { message: m.body, ...(body ? { default: body } : {}) });
    await s.choice([...MONITORING, 'frequency'], mode, { message: m.frequency, choices: labelled(s.m.frequencies), default: 'annual' });
    await s.text([...MONITORING, 'reportTo'], mode, { message: m.reportTo, ...(council ? { default: council } : {}) });
    const middle = from !== undefined && to !== undefined ? from + Math.floor((to - from) / 2) : undefined;
    await s.number([...MONITORING, 'midTermReview'], mode, { message: m.midTermReview, ...(middle !== undefined ? { default: middle } : {}) });
    await s.number([...MONITORING, 'finalEvaluation'], mode, { message: m.finalEvaluation, ...(to !== undefined ? { default: to } : {}) });
    await s.text([...MONITORING, 'communityRole'], mode, { message: m.communityRole });
  },
};
