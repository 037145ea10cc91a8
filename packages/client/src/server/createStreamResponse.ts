import type { StreamEnd } from '../protocol/StreamEnd.js';
import { createEventStream, type EventStreamRecord } from './createEventStream.js';
import type { HandlerContext } from './HandlerContext.js';
import type { HandlerRequest } from './HandlerRequest.js';
import { getRequestSignal } from './rememberRequestSignal.js';

/**
 * The `200` of an event stream carrying `records` (after an `end` event for each of `refused`) until the client
 * goes away: never cached, and never buffered by nginx-style proxies (or events arrive in bursts). `leave` frees
 * the stream's slot once it ends.
 *
 * @example return createStreamResponse(request, context, leave, [createRecordFeed(grant, kind, id, initial, context)])
 */
export function createStreamResponse(
  request: HandlerRequest,
  context: HandlerContext,
  leave: () => void,
  records: EventStreamRecord[],
  refused: StreamEnd[] = [],
): Response {
  const body = createEventStream({
    records,
    refused,
    signal: getRequestSignal(request),
    pingIntervalMs: context.pingIntervalMs,
    onClose: leave,
  });
  return new Response(body, {
    status: 200,
    headers: {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      'X-Accel-Buffering': 'no',
    },
  });
}
