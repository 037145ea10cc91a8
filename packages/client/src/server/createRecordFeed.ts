import type { Resource } from '../model/LookupResult.js';
import type { ResourceKind } from '../model/ResourceKind.js';
import type { AccessTokenPayload } from './AccessTokenPayload.js';
import type { EventStreamRecord } from './createEventStream.js';
import type { HandlerContext } from './HandlerContext.js';
import { presentResource } from './presentResource.js';

/**
 * One record of an event stream, as the bearer of `grant` may see it (see `presentResource`): fed by the source's
 * `subscribe` and by the push hub (webhooks), leaving the stream when the grant expires. A change that breaks the
 * model is logged and skipped.
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
      const present = (resource: Resource) => {
        let shown: Resource;
        try {
          shown = presentResource(resource, grant);
        } catch (error) {
          // A change that breaks the model is not sent; the stream keeps the last good record and goes on.
          console.error('[waypost] a stream update was dropped', error);
          return;
        }
        listener(shown);
      };
      // A push applies to the record as the source last sent it: watched from `initial` alone, a webhook for one
      // parcel would resend the record as the stream opened, undoing every change the source sent since.
      let stopPush = push?.watch(initial, present);
      const stopSource = source.subscribe?.(kind, id, (resource) => {
        stopPush?.();
        stopPush = push?.watch(resource, present);
        present(resource);
      });
      return () => {
        stopSource?.();
        stopPush?.();
      };
    },
    endsInMs: grant.exp * 1_000 - context.now(),
  };
}
