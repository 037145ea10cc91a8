import { createEventStreamParser, type StreamEvent } from './createEventStreamParser.js';
import { mapHttpError } from './mapHttpError.js';
import { mapRequestError } from './mapRequestError.js';

/**
 * Opens a Server-Sent Events stream with `fetch` (not `EventSource`, so the token travels in a header, never in
 * the URL) and reads it to its end, calling `onEvent` per event. Resolves when the server closes the stream;
 * rejects with the protocol's error on a non-2xx answer (`501` → `UnsupportedError`), when the connection fails,
 * or when `signal` aborts.
 *
 * @example await openEventStream('GET /stream/order/o_1', fetch, url, { accept: 'text/event-stream' }, signal, onEvent)
 */
export async function openEventStream(
  what: string,
  fetcher: typeof fetch,
  url: string,
  headers: Record<string, string>,
  signal: AbortSignal,
  onEvent: (event: StreamEvent) => void,
): Promise<void> {
  let response: Response;
  try {
    response = await fetcher(url, { signal, headers });
  } catch (error) {
    throw await mapRequestError(error, what, signal);
  }
  if (!response.ok || !response.body) throw await mapHttpError(response, what);
  const push = createEventStreamParser(onEvent);
  const decoder = new TextDecoder();
  const reader = response.body.getReader();
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    push(decoder.decode(chunk.value, { stream: true }));
  }
  // An event the server did not finish with a blank line is dropped, as the format requires.
  push(decoder.decode());
}
