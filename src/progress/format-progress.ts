import { Document } from 'yaml';
import type { Progress } from './types.js';

/**
 * A progress file as text: the schema line for editors (`schema`, relative to the file), then the
 * data, with dates and other values a YAML 1.1 reader would take differently in quotes (as the
 * plan is written). `collect` and `progress` write it the same way, so the same year gives the
 * same file.
 */
export function formatProgressYaml(progress: Progress, schema: string): string {
  return `# yaml-language-server: $schema=${schema}\n${new Document(progress, { compat: 'yaml-1.1' }).toString({ lineWidth: 0 })}`;
}
