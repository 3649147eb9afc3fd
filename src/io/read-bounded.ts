/**
 * Reads a stream up to `max` bytes and stops there: a pipe (`yes | roma-plan validate -`) or a
 * device (`validate /dev/zero`) never ends and reports no size, so the limit must hold while
 * reading, not after. Breaking out of the loop closes the stream.
 */
export async function readBounded(stream: NodeJS.ReadableStream, max: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    chunks.push(buf);
    size += buf.length;
    if (size >= max) break;
  }
  const all = Buffer.concat(chunks);
  return all.length > max ? all.subarray(0, max) : all;
}
