import type { Shipment } from '../../model/Shipment.js';
import { receiveSignedWebhook } from '../shared/receiveSignedWebhook.js';
import { normalizeAfterShipTracking } from './normalizeAfterShipTracking.js';

/** Options of `receiveAfterShipWebhook`. */
export interface AfterShipWebhookOptions {
  /** The webhook secret from AfterShip (Settings → Webhooks). */
  secret: string;
}

/**
 * Verifies an AfterShip webhook (`aftership-hmac-sha256`: base64 HMAC-SHA256 of the raw body) and normalizes its
 * `msg` tracking. A missing or wrong signature throws `VerificationError`; answer it with 401.
 *
 * @example
 * const shipment = await receiveAfterShipWebhook(request, { secret: process.env.AFTERSHIP_WEBHOOK_SECRET! });
 */
export async function receiveAfterShipWebhook(request: Request, options: AfterShipWebhookOptions): Promise<Shipment> {
  const body = await receiveSignedWebhook(request, {
    provider: 'AfterShip',
    secret: options.secret,
    header: 'aftership-hmac-sha256',
    encoding: 'base64',
  });
  return normalizeAfterShipTracking(body);
}
