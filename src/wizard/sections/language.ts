import type { Section } from './section.js';
import { languageChoices } from '../places.js';

const OTHER = '*';

export const languageSection: Section = {
  id: 'language',
  title: (s) => s.m.sections.language,
  paths: [['language']],
  async run(s, mode) {
    const path = ['language'];
    if (!s.needs(path, mode, { message: s.m.language.question })) return;
    const choices = languageChoices();
    const current = s.get(path);
    const listed = (v: unknown): v is string => choices.some((c) => c.value === v);
    const proposal = current ?? s.locale;
    const picked = await s.ask.select<string>({
      name: 'language',
      message: s.m.language.question,
      choices: [...choices, { value: OTHER, name: s.m.language.other }],
      default: listed(proposal) ? proposal : OTHER,
    });
    if (picked !== OTHER && s.accept(path, picked)) return;
    await s.text(path, 'edit', { message: s.m.language.tag });
  },
};
