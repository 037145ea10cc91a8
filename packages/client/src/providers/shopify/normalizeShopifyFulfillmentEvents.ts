import type { TrackingEvent } from '../../model/TrackingEvent.js';
import { sortEvents } from '../../time/sortEvents.js';
import { getShopifyEventsList } from './getShopifyEventsList.js';
import { normalizeShopifyFulfillmentEvent } from './normalizeShopifyFulfillmentEvent.js';

/**
 * Maps a fulfillment's event history (`GET /orders/{id}/fulfillments/{id}/events.json`, a bare array, or a
 * GraphQL `events` connection) to tracking events, oldest first.
 *
 * Invalid input policy: anything else throws `InvalidResponseError` with the field path.
 *
 * @example normalizeShopifyFulfillmentEvents(await response.json())[0]?.time?.raw // '2025-07-02T11:39:28-05:00'
 */
export function normalizeShopifyFulfillmentEvents(payload: unknown): TrackingEvent[] {
  return sortEvents(getShopifyEventsList(payload).map(normalizeShopifyFulfillmentEvent));
}
