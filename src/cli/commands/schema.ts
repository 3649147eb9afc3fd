import { readFile } from 'node:fs/promises';
import { packagePath } from '../../io/package-paths.js';
import type { CliContext } from '../context.js';
import { ExitCode } from '../exit-codes.js';

export async function runSchema(ctx: CliContext): Promise<number> {
  ctx.stdout.write(await readFile(packagePath('schemas', 'plan.schema.json'), 'utf8'));
  return ExitCode.ok;
}
