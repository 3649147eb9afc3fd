import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The package's own folder. This file sits two levels below it both in src/ (tests) and in dist/
 * (the built CLI), so templates, schemas, examples and fonts resolve the same way from either.
 */
export const packageRoot: string = fileURLToPath(new URL('../../', import.meta.url));

export const packagePath = (...parts: string[]): string => packageRoot + parts.join('/');

/**
 * The installed plan schema as a file in `dir` should name it for editors (the
 * `# yaml-language-server: $schema=...` line): a relative path, which works offline and follows
 * the installed version.
 */
export function schemaReferenceFrom(dir: string): string {
  return relative(dir, packagePath('schemas', 'plan.schema.json')).split(sep).join('/');
}
