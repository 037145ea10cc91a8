import { ProblemError } from './ProblemError.js';

function tooLarge(maxBytes: number): ProblemError {
  return new ProblemError(413, 'payload_too_large', `The body must not exceed ${maxBytes} bytes`);
}

/**
 * Reads a request body into memory, refusing it with 413 as soon as it passes `maxBytes`. `Content-Length` is only
 * a shortcut: a chunked body, or one that lies about its length, is counted while it streams, and reading stops
 * there rather than buffering what an attacker sends. A body cut off mid-upload is a 400, not an unexpected error.
 *
 * @example const bytes = await readBodyBytes(request, 16_384)
 */
export async function readBodyBytes(request: Request, maxBytes: number): Promise<Uint8Array<ArrayBuffer>> {
  const declared = request.headers.get('content-length');
  if (declared !== null && Number(declared) > maxBytes) throw tooLarge(maxBytes);
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    let chunk: Awaited<ReturnType<typeof reader.read>>;
    try {
      chunk = await reader.read();
    } catch {
      // The client went away mid-upload (or the runtime cut it off): its fault, not ours, so no onError report.
      throw new ProblemError(400, 'invalid_request', 'The request body ended before it was complete');
    }
    const { done, value } = chunk;
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => {});
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
