import type { Shipment } from '../../model/Shipment.js';
import { receiveSignedWebhook } from '../shared/receiveSignedWebhook.js';
import { normalizeEasyPostTracker } from './normalizeEasyPostTracker.js';

/** Options of `receiveEasyPostWebhook`. */
export interface EasyPostWebhookOptions {
  /** The `webhook_secret` the webhook was created with. */
  secret: string;
}

/**
 * Verifies an EasyPost webhook (`x-hmac-signature: hmac-sha256-hex=<hex HMAC-SHA256 of the raw body>`, keyed with
 * the NFKD-normalized secret, as EasyPost's own libraries do) and normalizes the tracker in its Event `result`.
 * A missing or wrong signature throws `VerificationError`.
 *
 * @example
 * const shipment = await receiveEasyPostWebhook(request, { secret: process.env.EASYPOST_WEBHOOK_SECRET! });
 */
export async function receiveEasyPostWebhook(request: Request, options: EasyPostWebhookOptions): Promise<Shipment> {
  const body = await receiveSignedWebhook(request, {
    provider: 'EasyPost',
    secret: options.secret.normalize('NFKD'),
    header: 'x-hmac-signature',
    prefix: 'hmac-sha256-hex=',
    encoding: 'hex',
  });
  return normalizeEasyPostTracker(body);
}
