/**
 * The `200` of an event stream: never cached, and never buffered by nginx-style proxies (or events arrive in
 * bursts).
 *
 * @example return createStreamResponse(createEventStream({ records, signal, pingIntervalMs }))
 */
export function createStreamResponse(body: ReadableStream<Uint8Array>): Response {
  return new Response(body, {
    status: 200,
    headers: {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      'X-Accel-Buffering': 'no',
    },
  });
}
