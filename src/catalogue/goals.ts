import type { Goal } from './types.js';

/**
 * The ten minority-related policy goals of the OSCE/ODIHR Good Practice Protocol, in `GOAL_IDS`
 * order. Areas say where a municipality acts, goals say what for; together they give the plan's
 * 7 x 10 coverage matrix, whose column headers are the `short` labels.
 */
export const goals: readonly Goal[] = [
  { id: 'conflict-prevention', number: 1, title: 'Prevention of local inter-ethnic conflict', short: 'Conflict prevention' },
  { id: 'consensual-democracy', number: 2, title: 'Enacting consensual democracy at the local level', short: 'Consensual democracy' },
  {
    id: 'balancing-interests',
    number: 3,
    title: 'Balancing the socio-cultural and political interests of majority and minority ethnic communities',
    short: 'Balancing interests',
  },
  {
    id: 'checks-and-balances',
    number: 4,
    title: 'Co-operation and reciprocal checking and balancing among competing political forces',
    short: 'Checks and balances',
  },
  {
    id: 'cultural-autonomy',
    number: 5,
    title:
      'Realisation of rights to cultural autonomy (cultural institutions, information outlets, education in mother tongue)',
    short: 'Cultural autonomy',
  },
  {
    id: 'service-provision',
    number: 6,
    title: 'Cultivating the loyalty of minority communities through pragmatic service provision',
    short: 'Service provision',
  },
  {
    id: 'public-participation',
    number: 7,
    title: 'Active participation of minority communities in local public life',
    short: 'Public participation',
  },
  {
    id: 'needs-based-budgeting',
    number: 8,
    title: "Uniform budgetary planning based on minority communities' needs",
    short: 'Needs-based budgeting',
  },
  { id: 'economic-activity', number: 9, title: 'Promoting socially useful economic activity', short: 'Economic activity' },
  {
    id: 'security',
    number: 10,
    title:
      'Security: prevention of extremism, discrimination and exclusion, breaking down anti-minority sentiments, guaranteeing public order',
    short: 'Security',
  },
];
