import { mapHttpError } from './mapHttpError.js';
import { mapRequestError } from './mapRequestError.js';

/**
 * Opens a Server-Sent Events stream with `fetch` (not `EventSource`, so tokens travel in a header or, with `json`,
 * in a `POST` body, never in the URL) and returns its body for the on-demand reader; `false` on a `501` (the
 * backend cannot push). Rejects with the protocol's error on any other non-2xx answer, when the connection fails,
 * or when `signal` aborts.
 *
 * @example const body = await openEventStream('GET /stream/order/o_1', fetch, url, headers, signal)
 * @example const body = await openEventStream('POST /stream', fetch, url, headers, signal, { records })
 */
export async function openEventStream(
  what: string,
  fetcher: typeof fetch,
  url: string,
  headers: Record<string, string>,
  signal: AbortSignal,
  json?: unknown,
): Promise<ReadableStream<Uint8Array> | false> {
  let response: Response;
  try {
    response = await fetcher(
      url,
      json
        ? {
            signal,
            headers: { ...headers, 'content-type': 'application/json' },
            method: 'POST',
            body: JSON.stringify(json),
          }
        : { signal, headers },
    );
  } catch (error) {
    throw await mapRequestError(error, what, signal);
  }
  if (response.status === 501) return false;
  if (!response.ok || !response.body) throw await mapHttpError(response, what);
  return response.body;
}
