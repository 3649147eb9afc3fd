import type { WizardHelp } from '../i18n/wizard-help-en.js';

/**
 * The help of a question, found by its name (the plan path it fills, see ask.ts): the name without
 * list positions and without the area or goal it belongs to
 * (`areas.education.objectives[0].measures[1].cost.total` -> `areas.objectives.measures.cost.total`),
 * then ever shorter tails of it (`measures.cost.total`, `cost.total`, `total`), then the part after
 * a colon (`add` for every "add one?"), then the general help. So one entry answers for every
 * measure of every area, and a new question has at least the general help.
 */
export function helpFor(name: string, help: WizardHelp): string {
  const fields: Readonly<Record<string, string>> = help.fields;
  const plain = name
    .replace(/\[\d+\]/g, '')
    .replace(/^(areas|goals)\.[a-z][a-z-]*(?=[.:]|$)/, '$1')
    .replace(/^details:.*/, 'details');
  const [path = '', suffix] = plain.split(':');
  const parts = path.split('.');
  for (let i = 0; i < parts.length; i++) {
    const tail = parts.slice(i).join('.');
    const text = fields[suffix === undefined ? tail : `${tail}:${suffix}`];
    if (text !== undefined) return text;
  }
  return (suffix !== undefined ? fields[suffix] : undefined) ?? help.general;
}
