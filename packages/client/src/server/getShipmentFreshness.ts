import { MILESTONES } from '../model/Milestone.js';
import type { Shipment } from '../model/Shipment.js';
import { getTimeKey } from '../time/getTimeKey.js';
import { toInstant } from '../time/toInstant.js';

/** How recent one state of a parcel is: what `isFresherShipment` orders two states by. Plain JSON, to be stored. */
export interface ShipmentFreshness {
  /** The provider that described it (`status.raw.provider`). */
  provider: string;
  /** Its `updatedAt`, in milliseconds since the epoch; `null` when it has none. */
  updatedAt: number | null;
  /** The time of its newest timed event, in milliseconds since the epoch; `null` when no event has a time. */
  latestEvent: number | null;
  /**
   * When some event time has no zone (a floating wall-clock reading, or a date), the earliest and latest moments its
   * newest event may have happened at, in milliseconds since the epoch: such a time counts in `latestEvent` as if it
   * were UTC, but happened up to 14 hours before or 12 hours after that (the world's UTC offsets), and a date any
   * time that day. Absent when every event time is on the timeline, and in freshness saved before it was recorded.
   */
  latestEventRange?: [earliest: number, latest: number];
  /** How many events it has. Absent in freshness saved before it was recorded. */
  eventCount?: number;
  /** The index of its milestone in `MILESTONES`. Absent in freshness saved before it was recorded. */
  milestoneRank?: number;
}

const hour = 3_600_000;
// UTC+14:00 (Kiribati) and UTC−12:00 (Baker Island) bound every zone's offset.
const aheadOfUtc = 14 * hour;
const behindUtc = 12 * hour;

const toMillis = (key: number) => (Number.isFinite(key) ? key : null);

/**
 * What `isFresherShipment` needs of `shipment`. Event times are read as `getTimeKey` places them (a floating
 * wall-clock reading as if it were UTC); the newest wins, whatever order the events are in. When some of them have
 * no zone, `latestEventRange` says how far off that reading may be.
 *
 * @example getShipmentFreshness(shipment)
 * // { provider: 'aftership', updatedAt: 1534391454000, latestEvent: 1534345800000, eventCount: 9, milestoneRank: 5 }
 */
export function getShipmentFreshness(shipment: Shipment): ShipmentFreshness {
  let latest = Number.NEGATIVE_INFINITY;
  // The newest event happened no earlier than the latest of the events' earliest moments, nor later than the latest
  // of their latest moments.
  let earliestMoment = Number.NEGATIVE_INFINITY;
  let latestMoment = Number.NEGATIVE_INFINITY;
  let floating = false;
  for (const { time } of shipment.events) {
    const instant = time && toInstant(time);
    const key = instant ? instant.getTime() : getTimeKey(time);
    if (!Number.isFinite(key)) continue;
    latest = Math.max(latest, key);
    floating ||= !instant;
    earliestMoment = Math.max(earliestMoment, instant ? key : key - aheadOfUtc);
    latestMoment = Math.max(latestMoment, instant ? key : key + behindUtc + (time?.kind === 'date' ? 24 * hour : 0));
  }
  return {
    provider: shipment.status.raw.provider,
    updatedAt: toMillis(getTimeKey(shipment.updatedAt)),
    latestEvent: toMillis(latest),
    ...(floating ? { latestEventRange: [earliestMoment, latestMoment] } : {}),
    eventCount: shipment.events.length,
    milestoneRank: MILESTONES.indexOf(shipment.status.milestone),
  };
}
