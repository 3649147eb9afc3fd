import type { Area } from './types.js';

/**
 * The seven local priority areas of the OSCE/ODIHR Good Practice Protocol, in `AREA_IDS` order.
 * `number` drives chapter numbering, so the order here is the order of every rendered plan.
 * `euObjectives` is the default alignment a measure inherits when the plan does not set its own.
 */
export const areas: readonly Area[] = [
  {
    id: 'participation',
    number: 1,
    title: 'Efficient participation of Roma at the local level',
    short: 'Participation',
    description:
      'How Roma residents take part in municipal decisions through coordinators, advisory and coordination bodies, community groups and consultations. It also covers the capacity of the administration to plan, budget and monitor Roma inclusion.',
    euObjectives: ['participation', 'antigypsyism'],
  },
  {
    id: 'employment',
    number: 2,
    title: 'Economic empowerment and employment',
    short: 'Employment',
    description:
      'Access to work and income: job counselling, training, public works, fair municipal hiring, self-employment and social enterprises.',
    euObjectives: ['employment', 'poverty'],
  },
  {
    id: 'health',
    number: 3,
    title: 'Public health',
    short: 'Health',
    description:
      'Access to health care and prevention: health insurance, registration with a doctor, vaccination, maternal and child health, and health mediation.',
    euObjectives: ['health'],
  },
  {
    id: 'culture',
    number: 4,
    title: 'Cultural integration',
    short: 'Culture',
    description:
      'The Romani language, Roma history and culture, and relations between Roma and non-Roma residents, including work against prejudice and discrimination.',
    euObjectives: ['antigypsyism', 'participation'],
  },
  {
    id: 'education',
    number: 5,
    title: 'Education',
    short: 'Education',
    description:
      'Equal access to inclusive mainstream education from preschool onwards: enrolment, attendance, completion and an end to segregated classes and schools.',
    euObjectives: ['education'],
  },
  {
    id: 'birth-registration',
    number: 6,
    title: 'Birth registration and civil documentation',
    short: 'Civil registration',
    description:
      'Making sure every resident is in the civil registry and holds the personal documents needed for school, health insurance, social benefits and voting.',
    euObjectives: ['poverty', 'antigypsyism'],
  },
  {
    id: 'living-conditions',
    number: 7,
    title: 'Living conditions in the settlements',
    short: 'Living conditions',
    description:
      'Housing and the settlement environment: legal status of land and homes, water, electricity, sewage, access roads and social housing, with desegregation as the aim.',
    euObjectives: ['housing'],
  },
];
