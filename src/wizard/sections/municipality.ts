import { fill } from '../../i18n/index.js';
import type { PathSegments } from '../../plan/issue.js';
import { askList } from '../list.js';
import { countryChoices, likelyCountry } from '../places.js';
import type { Mode, Session } from '../session.js';
import { itemLabel, labelled, type Section } from './section.js';

const M = ['municipality'];
const POPULATION = [...M, 'population'];

export const municipalitySection: Section = {
  id: 'municipality',
  title: (s) => s.m.sections.municipality,
  paths: [M],
  async run(s, mode) {
    const m = s.m.municipality;
    const likely = likelyCountry(s.get(['language']));
    await s.text([...M, 'name'], mode, { message: m.name });
    await s.choice([...M, 'country'], mode, { message: m.country, choices: countryChoices(s.locale, likely), search: true, default: likely });
    await s.number([...POPULATION, 'total'], mode, { message: m.populationTotal, emptyRemoves: POPULATION });
    // The region and the Roma estimate are optional: behind one question in a new plan.
    const more = await s.optional('municipality:more', m.moreAdd, mode);
    await s.text([...M, 'region'], more, { message: m.region });
    if (s.get([...POPULATION, 'total']) !== undefined) {
      // The source is asked right after the estimate, so the rule that wants one waits for it.
      await s.number([...POPULATION, 'roma'], more, { message: m.populationRoma, pending: ['ROMA_SOURCE_MISSING'] });
      if (s.get([...POPULATION, 'roma']) !== undefined) await s.text([...POPULATION, 'romaSource'], more, { message: m.romaSource, checkAt: POPULATION });
    }
    await askList(
      s,
      {
        path: [...M, 'settlements'],
        title: s.m.lists.settlements,
        min: 0,
        addFirst: m.settlementsAdd,
        addFirstDefault: true,
        addAnother: m.settlementsAddAnother,
        label: (item, i) => itemLabel(s, i, (item as { name?: unknown } | undefined)?.name),
        item: (path, itemMode) => settlement(s, path, itemMode),
      },
      mode,
    );
  },
};

async function settlement(s: Session, path: PathSegments, mode: Mode): Promise<void> {
  const m = s.m.municipality;
  await s.text([...path, 'name'], mode, { message: m.settlementName });
  await s.number([...path, 'households'], mode, { message: m.households });
  await s.number([...path, 'population'], mode, { message: m.residents });
  await s.choice([...path, 'legalStatus'], mode, { message: m.legalStatus, choices: labelled(s.m.legalStatuses), optional: true });
  for (const service of ['water', 'electricity', 'sewage', 'road'] as const) {
    await s.choice([...path, 'services', service], mode, {
      message: fill(m.service, { service: s.m.services[service] }),
      choices: labelled(s.m.levels),
      optional: true,
    });
  }
}
