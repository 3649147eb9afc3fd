import { fill } from '../../i18n/index.js';
import { currencyChoices, likelyCurrency } from '../places.js';
import { labelled, numberAt, textAt, type Section } from './section.js';

const P = ['plan'];
const PERIOD = [...P, 'period'];
const ADOPTION = [...P, 'adoption'];

export const planSection: Section = {
  id: 'plan',
  title: (s) => s.m.sections.plan,
  paths: [P, ['currency']],
  async run(s, mode) {
    const m = s.m.plan;
    await s.group(PERIOD, mode, async (periodMode) => {
      // The period is checked as a whole once both years are in, so moving it later is possible.
      await s.number([...PERIOD, 'from'], periodMode, { message: m.periodFrom, default: s.year, pending: ['PERIOD_REVERSED'] });
      const from = numberAt(s, [...PERIOD, 'from']);
      await s.number([...PERIOD, 'to'], periodMode, { message: m.periodTo, ...(from !== undefined ? { default: from + 4 } : {}) });
    });
    const proposal = fill(m.titleProposal, {
      municipality: textAt(s, ['municipality', 'name']) ?? '',
      from: numberAt(s, [...PERIOD, 'from']) ?? '',
      to: numberAt(s, [...PERIOD, 'to']) ?? '',
    });
    // The title and the currency follow from the municipality, the period and the country; they are
    // shown on the review screen, where they can be changed.
    await s.text([...P, 'title'], s.computed([...P, 'title'], mode, proposal), { message: m.title, default: proposal });
    const currency = likelyCurrency(s.get(['municipality', 'country']));
    await s.choice(['currency'], s.computed(['currency'], mode, currency), { message: m.currency, choices: currencyChoices(s.locale, currency), search: true, default: currency });

    // An adopted plan needs its adoption, which is asked next.
    await s.choice([...P, 'status'], mode, { message: m.status, choices: labelled(s.m.statuses), default: 'draft', pending: ['ADOPTION_MISSING'] });
    if (s.get([...P, 'status']) === 'adopted') {
      await s.text([...ADOPTION, 'body'], mode, { message: m.adoptionBody });
      await s.text([...ADOPTION, 'decision'], mode, { message: m.adoptionDecision });
      await s.date([...ADOPTION, 'date'], mode, { message: m.adoptionDate });
    }
    // Version, vision and the strategies implemented are optional: behind one question in a new plan.
    const more = await s.optional('plan:more', m.moreAdd, mode);
    await s.text([...P, 'version'], more, { message: m.version, default: '1.0' });
    await s.text([...P, 'vision'], more, { message: m.vision, long: true });
    await s.strings([...P, 'policyBasis'], more, { message: m.policyBasis });
  },
};
