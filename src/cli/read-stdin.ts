import { readBounded } from '../io/read-bounded.js';
import { MAX_PLAN_BYTES } from '../io/read-text.js';

/**
 * Reads standard input as bytes (for `-` inputs), stopping one byte past the plan size limit so that
 * `yes | roma-plan validate -` is refused as too large instead of filling memory.
 */
export function readStdin(stdin: NodeJS.ReadableStream, max = MAX_PLAN_BYTES): Promise<Uint8Array> {
  return readBounded(stdin, max + 1);
}
