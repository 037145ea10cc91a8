import type { Resource } from '../model/LookupResult.js';
import type { ResourceKind } from '../model/ResourceKind.js';
import type { AccessTokenPayload } from './AccessTokenPayload.js';
import type { EventStreamRecord } from './createEventStream.js';
import type { HandlerContext } from './HandlerContext.js';
import { presentResource } from './presentResource.js';

/**
 * One record of an event stream, as the bearer of `grant` may see it: fed by the source's `subscribe` and by the
 * push hub (webhooks), leaving the stream when the grant expires.
 *
 * @example const record = createRecordFeed(grant, 'order', 'ord_1', initial, context)
 */
export function createRecordFeed(
  grant: AccessTokenPayload,
  kind: ResourceKind,
  id: string,
  initial: Resource,
  context: HandlerContext,
): EventStreamRecord {
  const { source, push } = context;
  return {
    initial,
    subscribe(listener) {
      const present = (resource: Resource) => listener(presentResource(resource, grant));
      const stops = [source.subscribe?.(kind, id, present), push?.watch(initial, present)];
      return () => {
        for (const stop of stops) stop?.();
      };
    },
    endsInMs: grant.exp * 1_000 - context.now(),
  };
}
