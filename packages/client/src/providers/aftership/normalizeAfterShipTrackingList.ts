import type { Shipment } from '../../model/Shipment.js';
import { readPath } from '../shared/readPath.js';
import { normalizeAfterShipTrackingAt } from './normalizeAfterShipTracking.js';

/**
 * Normalizes an AfterShip list body (`{ data: { trackings: [...] } }`, or the array itself) into shipments, in the
 * list's order. A malformed item throws `InvalidResponseError` naming its index (`data.trackings.2.tag`).
 *
 * @example normalizeAfterShipTrackingList(await response.json()).map((shipment) => shipment.status.milestone)
 */
export function normalizeAfterShipTrackingList(payload: unknown): Shipment[] {
  const root = readPath(payload, 'AfterShip tracking list');
  const list = Array.isArray(payload) ? root : root.at('data').at('trackings');
  return list.array().map((item) => normalizeAfterShipTrackingAt(item));
}
