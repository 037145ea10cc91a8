import type { Resource } from '../model/LookupResult.js';
import type { ResourceKind } from '../model/ResourceKind.js';
import { unknownClientAddress } from './createClientAddressGetter.js';
import { createEventStream } from './createEventStream.js';
import { getAddressKey } from './getAddressKey.js';
import { getAuthorizedResource } from './getAuthorizedResource.js';
import { getSourceContext } from './getSourceContext.js';
import type { HandlerContext } from './HandlerContext.js';
import type { HandlerRequest } from './HandlerRequest.js';
import { ProblemError } from './ProblemError.js';
import { presentResource } from './presentResource.js';
import { readBearerGrant } from './readBearerGrant.js';
import { getRequestSignal } from './rememberRequestSignal.js';

// Reserves one of `address`'s stream slots at once, before any await, so requests opened in the same tick all see
// each other; returns the function that frees it (once, however often it is called).
function reserveStream(context: HandlerContext, address: string): () => void {
  if (address === unknownClientAddress) return () => {};
  const { openStreams } = context;
  const open = openStreams.get(address) ?? 0;
  if (open >= context.maxStreamsPerClient) {
    throw new ProblemError(429, 'rate_limited', 'Too many open streams from this address', { retryAfter: 30 });
  }
  openStreams.set(address, open + 1);
  let released = false;
  return () => {
    if (released) return;
    released = true;
    const left = (openStreams.get(address) ?? 1) - 1;
    if (left > 0) openStreams.set(address, left);
    else openStreams.delete(address);
  };
}

/**
 * `GET /stream/{kind}/{id}`: Server-Sent Events of the record, fed by the source's `subscribe` and by the push hub
 * (webhooks). `501` when the backend cannot push. The token is checked once, at connection time.
 *
 * @example const response = await handleStream(request, 'order', 'ord_1', context)
 */
export async function handleStream(
  request: HandlerRequest,
  kind: ResourceKind,
  id: string,
  context: HandlerContext,
): Promise<Response> {
  const { source, push } = context;
  if (!context.capabilities.push) throw new ProblemError(501, 'unsupported', 'This store does not push updates');
  const leave = reserveStream(context, getAddressKey(context.getClientAddress(request)));
  let body: ReadableStream<Uint8Array>;
  try {
    const grant = await readBearerGrant(request, context);
    const initial = await getAuthorizedResource(grant, kind, id, context, getSourceContext(request));
    const subscribe = (listener: (resource: Resource) => void) => {
      const present = (resource: Resource) => listener(presentResource(resource, grant));
      const stops = [source.subscribe?.(kind, id, present), push?.watch(initial, present)];
      return () => {
        for (const stop of stops) stop?.();
      };
    };
    body = createEventStream({
      initial,
      subscribe,
      signal: getRequestSignal(request),
      pingIntervalMs: context.pingIntervalMs,
      endsInMs: grant.exp * 1_000 - context.now(),
      onClose: leave,
    });
  } catch (error) {
    leave();
    throw error;
  }
  return new Response(body, {
    status: 200,
    headers: {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      // Tells nginx-style proxies not to buffer, or events arrive in bursts.
      'X-Accel-Buffering': 'no',
    },
  });
}
