import { isInvalidRequestError } from '../errors/InvalidRequestError.js';
import { isInvalidResponseError } from '../errors/InvalidResponseError.js';
import { isVerificationError } from '../errors/VerificationError.js';
import type { Shipment } from '../model/Shipment.js';
import { createJsonResponse } from './createJsonResponse.js';
import type { PushHub } from './createPushHub.js';
import { invalidateShipment } from './invalidateShipment.js';
import type { Notifier } from './notify/Notifier.js';
import { ProblemError } from './ProblemError.js';
import { readBodyBytes } from './readBodyBytes.js';
import type { SourceCache } from './SourceCache.js';

/** Verifies a provider webhook and returns the normalized shipment (`receiveAfterShipWebhook` and its kin). */
export type WebhookReceiver = (request: Request, options: { secret: string }) => Promise<Shipment>;

// Tracking payloads with long histories run to tens of kilobytes; a megabyte is generous and still bounded.
const maximumWebhookBytes = 1_048_576;

/**
 * `POST /webhooks/{provider}`: reads the body (bounded), lets the provider module verify the signature and
 * normalize it, forgets the cached answers that show the parcel in an older state (`invalidateShipment`), and
 * publishes the shipment to the streams watching it. `401` on a bad signature, `400` on a payload that is not a
 * tracking update. With a `notifier`, the shipment is also checked for alerts to send.
 *
 * @example await handleWebhook(request, receiveAfterShipWebhook, { secret }, push)
 */
export async function handleWebhook(
  request: Request,
  receive: WebhookReceiver,
  options: { secret: string },
  push: PushHub | undefined,
  cache?: SourceCache,
  notifier?: Notifier,
): Promise<Response> {
  const body = await readBodyBytes(request, maximumWebhookBytes);
  // The receiver reads the body itself; hand it a copy that is already bounded.
  const bounded = new Request(request.url, { method: 'POST', headers: request.headers, body });
  let shipment: Shipment;
  try {
    shipment = await receive(bounded, options);
  } catch (error) {
    if (isVerificationError(error)) {
      throw new ProblemError(401, 'verification_failed', 'The webhook signature does not match');
    }
    if (isInvalidRequestError(error) || isInvalidResponseError(error)) {
      throw new ProblemError(400, 'invalid_request', 'The webhook body is not a tracking update');
    }
    throw error;
  }
  // Forget before pushing, so a stream that reads again after the push gets the fresh record; a push that changes
  // no cached answer (late, replayed, another carrier's) forgets nothing. A failure is thrown: a 500 makes the
  // provider deliver again, rather than an update lost.
  if (cache) await invalidateShipment(cache, shipment);
  await push?.publish(shipment);
  // Before the 200: if the store fails, the provider redelivers, and the outbox's dedupe keys make that safe.
  await notifier?.receiveShipment(shipment);
  return createJsonResponse({ received: true }, 200, { 'Cache-Control': 'no-store' });
}
