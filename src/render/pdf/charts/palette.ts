import type { AreaId } from '../../../catalogue/types.js';

/**
 * Chart colours from the Okabe-Ito set, which stays distinguishable for colour-blind readers and
 * in greyscale print (the bars also carry numbers and labels, so colour is never the only cue).
 */
export const AREA_COLORS: Readonly<Record<AreaId, string>> = {
  participation: '#0072B2',
  employment: '#E69F00',
  health: '#009E73',
  culture: '#CC79A7',
  education: '#56B4E9',
  'birth-registration': '#D55E00',
  'living-conditions': '#7A6A00',
};

const SOURCE_COLORS: Readonly<Record<string, string>> = {
  municipal: '#1f4e79',
  national: '#56B4E9',
  eu: '#E69F00',
  donor: '#009E73',
  private: '#CC79A7',
  other: '#999999',
};

export const sourceColor = (type: string): string => SOURCE_COLORS[type] ?? '#999999';

/** The two series of a block document's bar chart: what was planned (light) and what was done (dark). */
export const SERIES_COLORS: Readonly<Record<'plan' | 'actual', string>> = { plan: '#9fb6cd', actual: '#1f4e79' };
