import type { ShipmentFreshness } from './getShipmentFreshness.js';

// Negative when `a` is earlier; a missing time is earlier than any.
const compare = (a: number | null, b: number | null) => (a === b ? 0 : (a ?? -Infinity) < (b ?? -Infinity) ? -1 : 1);
// Negative when `a` is less; a count either side does not know (freshness saved before it was recorded) orders nothing.
const compareKnown = (a: number | undefined, b: number | undefined) =>
  a === undefined || b === undefined ? 0 : Math.sign(a - b);

// Orders the newest events of two states, or `null` when their clocks cannot: a time with no zone against one on
// the timeline, closer than that zone-less reading's uncertainty. Two zone-less readings compare as written (the
// newest scans of one parcel are mostly the same scan, or the same leg, read on one local clock).
function compareNewestEvents(update: ShipmentFreshness, current: ShipmentFreshness): number | null {
  const { latestEvent: a, latestEventRange: aRange } = update;
  const { latestEvent: b, latestEventRange: bRange } = current;
  if (a === null || b === null || !aRange === !bRange) return compare(a, b);
  const [aEarliest, aLatest] = aRange ?? [a, a];
  const [bEarliest, bLatest] = bRange ?? [b, b];
  return aEarliest > bLatest ? 1 : aLatest < bEarliest ? -1 : null;
}

/**
 * Whether `update` tells more than `current` about one parcel, so it may replace it:
 * 1. from one provider, when both have an `updatedAt`, the later `updatedAt` (the provider's own clock for its
 *    record, which moves even when a status changes without a new scan);
 * 2. otherwise, or at the same `updatedAt`, the later newest event (scan times are the one clock two providers
 *    share), then the later `updatedAt`;
 * 3. at the same times, from one provider, more events (a second scan in the same second, a history that grew);
 *    then, from any, a later milestone.
 *
 * A zone-less event time (a floating wall-clock reading, a date) happened at a moment known only to within the
 * world's UTC offsets. Against a time on the timeline closer than that, step 2 cannot tell which came first, and
 * then only a later milestone replaces the parcel (a parcel only moves forward): the reading is never taken as UTC.
 *
 * An update that is older, or no newer (a redelivered or replayed webhook), is not fresher, so applying it twice is
 * the same as once and a captured webhook cannot roll a parcel back. Only when neither state carries any time at
 * all is there nothing to order them by: the update is then taken, as its publisher sent it last.
 *
 * @example isFresherShipment(getShipmentFreshness(inTransit), getShipmentFreshness(delivered)) // false
 */
export function isFresherShipment(update: ShipmentFreshness, current: ShipmentFreshness): boolean {
  const timeless = (state: ShipmentFreshness) => state.updatedAt === null && state.latestEvent === null;
  if (timeless(update) && timeless(current)) return true;
  const sameProvider = update.provider === current.provider;
  if (sameProvider && update.updatedAt !== null && current.updatedAt !== null) {
    const order = compare(update.updatedAt, current.updatedAt);
    if (order !== 0) return order > 0;
  }
  const events = compareNewestEvents(update, current);
  if (events === null) return compareKnown(update.milestoneRank, current.milestoneRank) > 0;
  const order =
    events ||
    compare(update.updatedAt, current.updatedAt) ||
    // Event counts of two providers say nothing: each keeps the scans it was sent, in its own granularity.
    (sameProvider ? compareKnown(update.eventCount, current.eventCount) : 0) ||
    compareKnown(update.milestoneRank, current.milestoneRank);
  return order > 0;
}
