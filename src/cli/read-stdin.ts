import { MAX_PLAN_BYTES } from '../io/read-text.js';

/**
 * Reads standard input as bytes (for `-` inputs), stopping one byte past the plan size limit so that
 * `yes | roma-plan validate -` is refused as too large instead of filling memory.
 */
export async function readStdin(stdin: NodeJS.ReadableStream, max = MAX_PLAN_BYTES): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stdin) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    chunks.push(buf);
    size += buf.length;
    if (size > max) break;
  }
  const all = Buffer.concat(chunks);
  return all.length > max + 1 ? all.subarray(0, max + 1) : all;
}
