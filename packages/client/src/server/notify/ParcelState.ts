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
}
