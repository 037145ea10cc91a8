import type { StreamEvent } from './createEventStreamParser.js';
import { mapHttpError } from './mapHttpError.js';
import { mapRequestError } from './mapRequestError.js';
import { readEventStream } from './readEventStream.js';

/**
 * Opens a Server-Sent Events stream with `fetch` (not `EventSource`, so the token travels in a header, never in
 * the URL) and reads it to its end. A non-2xx answer rejects with the protocol's error (`501` → `UnsupportedError`).
 *
 * @example await openEventStream(fetch, `${base}/stream/order/o_1`, {}, token, signal, (event) => …)
 */
export async function openEventStream(
  fetcher: typeof fetch,
  url: string,
  headers: Record<string, string>,
  token: string | undefined,
  signal: AbortSignal,
  onEvent: (event: StreamEvent) => void,
): Promise<void> {
  const what = `GET ${new URL(url).pathname}`;
  let response: Response;
  try {
    response = await fetcher(url, {
      signal,
      headers: { ...headers, accept: 'text/event-stream', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    });
  } catch (error) {
    throw await mapRequestError(error, what, signal);
  }
  if (!response.ok || !response.body) throw await mapHttpError(response, what);
  await readEventStream(response.body, onEvent);
}
