/** How `openEventStream` reaches the endpoint and reports failures: the client's own `fetch` and error mapping. */
export interface EventStreamTransport {
  fetch: typeof fetch;
  /**
   * Turns a failure of `what` (the connection, an abort, a broken read) into the client's typed error, as its
   * requests do (`mapRequestError`).
   */
  mapError(error: unknown, what: string, signal: AbortSignal): Promise<unknown>;
  /** Turns a non-2xx answer to `what` into the protocol's typed error. */
  mapResponse(response: Response, what: string): Promise<unknown>;
}

/**
 * Opens a Server-Sent Events stream with `fetch` (not `EventSource`, so tokens travel in a header or, with `json`,
 * in a `POST` body, never in the URL) and returns its body for the on-demand reader; `false` on a `501` (the
 * backend cannot push). Rejects with the protocol's error on any other non-2xx answer, when the connection fails,
 * or when `signal` aborts. The error mapping comes from the client, so that this on-demand code carries none.
 *
 * @example const body = await openEventStream('GET /stream/order/o_1', transport, url, headers, signal)
 * @example const body = await openEventStream('POST /stream', transport, url, headers, signal, { records })
 */
export async function openEventStream(
  what: string,
  transport: EventStreamTransport,
  url: string,
  headers: Record<string, string>,
  signal: AbortSignal,
  json?: unknown,
): Promise<ReadableStream<Uint8Array> | false> {
  // Called as a plain function: a browser's `fetch` throws "Illegal invocation" when called as another object's method.
  const { fetch: fetcher } = transport;
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
    throw await transport.mapError(error, what, signal);
  }
  if (response.status === 501) return false;
  if (!response.ok || !response.body) throw await transport.mapResponse(response, what);
  return response.body;
}
