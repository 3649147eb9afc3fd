import { readFileSync } from 'node:fs';
import { packagePath } from '../io/package-paths.js';

let name: string | undefined;

/** `roma-plan 0.1.0`: recorded in reports so that a reader knows which version judged the plans. */
export function generator(): string {
  name ??= `roma-plan ${(JSON.parse(readFileSync(packagePath('package.json'), 'utf8')) as { version: string }).version}`;
  return name;
}
