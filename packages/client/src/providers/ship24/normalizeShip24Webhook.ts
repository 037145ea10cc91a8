import type { Shipment } from '../../model/Shipment.js';
import { readPath } from '../shared/readPath.js';
import { normalizeShip24TrackingAt } from './normalizeShip24Tracking.js';

/**
 * Normalizes a Ship24 webhook body (`{ trackings: [...] }`) into one shipment per tracking, in order. Ship24
 * authenticates webhooks with the secret as a bearer token (`Authorization: Bearer <secret>`): check it before
 * calling this.
 *
 * @example for (const shipment of normalizeShip24Webhook(await request.json())) store(shipment)
 */
export function normalizeShip24Webhook(payload: unknown): Shipment[] {
  return readPath(payload, 'Ship24 webhook')
    .at('trackings')
    .array()
    .map((item) => normalizeShip24TrackingAt(item));
}
