import { resolve } from 'node:path';
import { checkFonts } from './check-fonts.js';
import { checkFormats } from './check-formats.js';
import { checkRendering, checkSchemaFile, type ResourcePaths } from './check-resources.js';
import { failed, guarded, type CheckResult } from './check-result.js';
import { checkLocales, checkNode, checkOutputDir } from './check-system.js';

export type { CheckResult } from './check-result.js';

export interface EnvironmentOptions extends ResourcePaths {
  /** The folder outputs will be written to (default: the current folder). */
  outDir?: string;
  /** For tests: the Node.js version to judge, e.g. "18.19.0" (default: this process's). */
  nodeVersion?: string;
  fontFiles?: string[];
}

/**
 * Checks that this installation can do its work: Node.js version, locale data, fonts and their
 * coverage of every plan language, the schema, the templates, PDF output, what Word, the
 * spreadsheet and the web page need, and the output folder.
 * Returns one result per check, each failure with what to do. Never throws.
 */
export async function checkEnvironment(options: EnvironmentOptions = {}): Promise<CheckResult[]> {
  const results: CheckResult[] = [await guarded('node', 'Node.js', 'Install Node.js 20.19 or newer.', () => checkNode(options.nodeVersion ?? process.versions.node))];
  results.push(checkLocales());
  results.push(...(await guardedMany([['fonts', 'Fonts'], ['font-coverage', 'Font coverage']], () => checkFonts(options))));
  results.push(await guarded('schema', 'Plan schema', 'Reinstall roma-plan.', () => checkSchemaFile(options)));
  results.push(...(await guardedMany([['templates', 'Templates'], ['pdf', 'PDF']], () => checkRendering(options))));
  results.push(...(await checkFormats()));
  results.push(await guarded('output', 'Output folder', 'Choose another folder with --out.', () => checkOutputDir(resolve(options.outDir ?? '.'))));
  return results;
}

async function guardedMany(checks: [id: string, label: string][], run: () => Promise<CheckResult[]>): Promise<CheckResult[]> {
  try {
    return await run();
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    return checks.map(([id, label]) => failed(id, label, why, 'Reinstall roma-plan; if this persists, report it with the output of roma-plan doctor --json.'));
  }
}
