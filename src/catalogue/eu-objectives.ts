import type { EuObjective } from './types.js';

/**
 * The seven objectives of the EU Roma strategic framework for equality, inclusion and participation
 * 2020-2030, in `EU_OBJECTIVE_IDS` order. "Antigypsyism" is the framework's own term and is kept.
 */
export const euObjectives: readonly EuObjective[] = [
  { id: 'antigypsyism', title: 'Fight and prevent antigypsyism and discrimination' },
  { id: 'poverty', title: 'Reduce poverty and social exclusion' },
  { id: 'participation', title: 'Promote participation through empowerment, cooperation and trust' },
  { id: 'education', title: 'Equal access to quality inclusive mainstream education' },
  { id: 'employment', title: 'Equal access to quality and sustainable employment' },
  { id: 'health', title: 'Improve health and equal access to healthcare and social services' },
  { id: 'housing', title: 'Equal access to adequate desegregated housing and essential services' },
];
