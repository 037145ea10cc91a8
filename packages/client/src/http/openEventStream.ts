import { mapHttpError } from './mapHttpError.js';
import { mapRequestError } from './mapRequestError.js';

/**
 * Opens a Server-Sent Events stream with `fetch` (not `EventSource`, so the token travels in a header, never in
 * the URL) and returns its body for the on-demand reader; `false` on a `501` (the backend cannot push). Rejects
 * with the protocol's error on any other non-2xx answer, when the connection fails, or when `signal` aborts.
 *
 * @example const body = await openEventStream('GET /stream/order/o_1', fetch, url, headers, signal)
 */
export async function openEventStream(
  what: string,
  fetcher: typeof fetch,
  url: string,
  headers: Record<string, string>,
  signal: AbortSignal,
): Promise<ReadableStream<Uint8Array> | false> {
  let response: Response;
  try {
    response = await fetcher(url, { signal, headers });
  } catch (error) {
    throw await mapRequestError(error, what, signal);
  }
  if (response.status === 501) return false;
  if (!response.ok || !response.body) throw await mapHttpError(response, what);
  return response.body;
}
