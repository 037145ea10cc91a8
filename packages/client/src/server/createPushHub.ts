import type { Resource } from '../model/LookupResult.js';
import type { Shipment } from '../model/Shipment.js';
import { applyShipment } from './applyShipment.js';

/** Fans fresh shipments out to the open event streams that show them. */
export interface PushHub {
  /**
   * Sends `shipment` to every stream whose record holds that parcel (same tracking number and carrier) in an older
   * state; a stream that already shows it as fresh or fresher gets nothing (see `applyShipment`). A hub that
   * publishes through a network (Redis) resolves once the update is handed over, and rejects when it could not be.
   */
  publish(shipment: Shipment): void | Promise<void>;
  /**
   * Calls `listener` with `resource`, updated, each time a matching shipment is published; returns the unsubscribe
   * function. The handler calls this for each stream.
   */
  watch(resource: Resource, listener: (resource: Resource) => void): () => void;
  /** Open watches, for metrics and tests. */
  readonly size: number;
}

/**
 * An in-process hub for push updates. The handler creates one when `webhooks` is set, so a verified AfterShip or
 * EasyPost webhook reaches the shoppers watching that parcel; pass your own (`push: hub`) to publish shipments from
 * elsewhere. It reaches only streams held by this process: behind several instances, use `createRedisPushHub`.
 *
 * Updates may arrive in any order, twice, or replayed long after (a provider's signature has no timestamp): each
 * stream keeps the freshest state it has seen of each parcel (`isFresherShipment`), and a shipment of another
 * carrier under the same tracking number is not that parcel (`isSameParcel`). Give published shipments an
 * `updatedAt` or timed events, or they can only be taken in the order they come.
 *
 * @example
 * const push = createPushHub()
 * const handler = createHandler({ source, secret, push })
 * queue.on('tracking-updated', (shipment) => push.publish(shipment))
 */
export function createPushHub(): PushHub {
  const watches = new Set<{ current: Resource; listener: (resource: Resource) => void }>();
  return {
    get size() {
      return watches.size;
    },
    publish(shipment) {
      for (const watch of [...watches]) {
        const next = applyShipment(watch.current, shipment);
        if (!next) continue;
        watch.current = next;
        try {
          watch.listener(next);
        } catch (error) {
          console.error('[waypost] a push listener threw', error);
        }
      }
    },
    watch(resource, listener) {
      const watch = { current: resource, listener };
      watches.add(watch);
      return () => {
        watches.delete(watch);
      };
    },
  };
}
