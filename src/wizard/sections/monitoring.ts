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
    // The review years follow from the period: taken without asking, changed on the review screen.
    await s.number([...MONITORING, 'midTermReview'], s.computed([...MONITORING, 'midTermReview'], mode, middle), { message: m.midTermReview, ...(middle !== undefined ? { default: middle } : {}) });
    await s.number([...MONITORING, 'finalEvaluation'], s.computed([...MONITORING, 'finalEvaluation'], mode, to), { message: m.finalEvaluation, ...(to !== undefined ? { default: to } : {}) });
    await s.text([...MONITORING, 'communityRole'], mode, { message: m.communityRole });
  },
};
