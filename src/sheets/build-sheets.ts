import type { Plan } from '../plan/types.js';
import { sheetsLayout } from './sheet-layout.js';
import { writeWorkbook } from './write-workbook.js';

export interface BuiltSheet {
  lead: string;
  fileName: string;
  measures: number;
  bytes: Uint8Array;
}

/**
 * The progress workbooks of one year of a valid plan, one per lead institution. `date`
 * (YYYY-MM-DD) is the creation date written into each workbook.
 */
export async function buildSheets(plan: Plan, year: number, date: string): Promise<BuiltSheet[]> {
  const layout = sheetsLayout(plan, year);
  const built: BuiltSheet[] = [];
  for (const institution of layout.institutions) {
    built.push({ lead: institution.lead, fileName: institution.fileName, measures: institution.measures.rows.length, bytes: await writeWorkbook(layout, institution, date) });
  }
  return built;
}
