import { stringify } from 'yaml';
import type { Progress } from './types.js';

/**
 * A progress file as text: the schema line for editors (`schema`, relative to the file), then the
 * data. `collect` and `progress` write it the same way, so the same year gives the same file.
 */
export function formatProgressYaml(progress: Progress, schema: string): string {
  return `# yaml-language-server: $schema=${schema}\n${stringify(progress, { lineWidth: 0 })}`;
}
