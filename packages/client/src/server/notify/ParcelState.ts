import type { ShipmentFreshness } from '../getShipmentFreshness.js';

/** What a notifier last saw of one parcel of a subscription; the baseline the next update is compared with. */
export interface ParcelState {
  /** The tracking number, upper-cased without spaces or dashes. */
  trackingKey: string;
  /** Index of the furthest milestone seen (`MILESTONES`); parcels only move forward. */
  milestoneRank: number;
  /** The exception showing when last seen, or `null`. */
  exception: string | null;
  /** The ETA's start and end, as a comparable string, or `null` when there was none. */
  etaKey: string | null;
  /**
   * The parcel's carrier code (`getParcelCarrier`): an update of another carrier under the same tracking number is
   * not this parcel. Absent when no carrier tells it apart, and in states saved before it was recorded.
   */
  carrier?: string;
  /**
   * How recent the state last seen was: an update that is not fresher (`isFresherShipment`), such as a late or
   * replayed webhook, is ignored. Absent in states saved before it was recorded.
   */
  freshness?: ShipmentFreshness;
}
