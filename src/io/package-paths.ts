import { fileURLToPath } from 'node:url';

/**
 * The package's own folder. This file sits two levels below it both in src/ (tests) and in dist/
 * (the built CLI), so templates, schemas, examples and fonts resolve the same way from either.
 */
export const packageRoot: string = fileURLToPath(new URL('../../', import.meta.url));

export const packagePath = (...parts: string[]): string => packageRoot + parts.join('/');
