import type { TrackingEvent } from '../model/TrackingEvent.js';
import { getTimeKey } from './getTimeKey.js';

/**
 * Returns a new array of the events, oldest first by parsed time (the order of `compareTimes`), whatever order
 * the provider sent them in. Events with equal times keep their input order; events without a time come first.
 * The input array is not changed.
 *
 * Ties keep the order they arrived in, so for a newest-first history (Ship24, 17TRACK) reverse the array before
 * sorting if equal-time events must come out in the order they happened.
 *
 * @example sortEvents(ship24Events.toReversed()) // oldest first
 * @example sortEvents(shipment.events).at(-1) // the latest event
 */
export function sortEvents<T extends TrackingEvent>(events: readonly T[]): T[] {
  return events
    .map((event, index) => ({ event, index, key: getTimeKey(event.time) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.index - b.index))
    .map(({ event }) => event);
}
