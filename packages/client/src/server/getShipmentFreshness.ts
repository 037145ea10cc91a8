import { MILESTONES } from '../model/Milestone.js';
import type { Shipment } from '../model/Shipment.js';
import { getTimeKey } from '../time/getTimeKey.js';

/** How recent one state of a parcel is: what `isFresherShipment` orders two states by. Plain JSON, to be stored. */
export interface ShipmentFreshness {
  /** The provider that described it (`status.raw.provider`). */
  provider: string;
  /** Its `updatedAt`, in milliseconds since the epoch; `null` when it has none. */
  updatedAt: number | null;
  /** The time of its newest timed event, in milliseconds since the epoch; `null` when no event has a time. */
  latestEvent: number | null;
  /** How many events it has. Absent in freshness saved before it was recorded. */
  eventCount?: number;
  /** The index of its milestone in `MILESTONES`. Absent in freshness saved before it was recorded. */
  milestoneRank?: number;
}

const toMillis = (key: number) => (Number.isFinite(key) ? key : null);

/**
 * What `isFresherShipment` needs of `shipment`. Event times are read as `getTimeKey` places them (a floating
 * wall-clock reading as if it were UTC); the newest wins, whatever order the events are in.
 *
 * @example getShipmentFreshness(shipment)
 * // { provider: 'aftership', updatedAt: 1534391454000, latestEvent: 1534345800000, eventCount: 9, milestoneRank: 5 }
 */
export function getShipmentFreshness(shipment: Shipment): ShipmentFreshness {
  let latest = Number.NEGATIVE_INFINITY;
  for (const event of shipment.events) latest = Math.max(latest, getTimeKey(event.time));
  return {
    provider: shipment.status.raw.provider,
    updatedAt: toMillis(getTimeKey(shipment.updatedAt)),
    latestEvent: toMillis(latest),
    eventCount: shipment.events.length,
    milestoneRank: MILESTONES.indexOf(shipment.status.milestone),
  };
}
