import type { Shipment } from '../../model/Shipment.js';
import { readPath } from '../shared/readPath.js';
import { normalizeShippoTrackAt } from './normalizeShippoTrack.js';

/**
 * Normalizes a Shippo `track_updated` webhook body (`{ event, data, carrier? }`) into a `Shipment`. The track is
 * in `data`; when `data.carrier` is `null` (Shippo's own sample) the envelope's `carrier` is used. Shippo does
 * not sign webhooks: protect the endpoint with a secret path or token and re-fetch when in doubt.
 *
 * @example normalizeShippoWebhook(await request.json()).status.milestone // 'delivered'
 */
export function normalizeShippoWebhook(payload: unknown): Shipment {
  const root = readPath(payload, 'Shippo webhook');
  root.object();
  const carrier = root.at('carrier').optionalString();
  return normalizeShippoTrackAt(root.at('data'), carrier);
}
