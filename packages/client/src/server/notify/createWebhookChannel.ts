import { assertWebhookOptions } from '../outbound/assertWebhookOptions.js';
import { type SignedWebhookOptions, sendSignedWebhook } from '../outbound/sendSignedWebhook.js';
import type { NotificationChannel } from './NotificationChannel.js';

/**
 * A channel that POSTs each message, with its event and the shopper's contact, as signed JSON to your endpoint, so a
 * store can hand alerts to Klaviyo, Attentive or its own system. Body: `{ type: 'notification', message }`; headers
 * `Waypost-Signature: t=…,v1=…` (HMAC-SHA-256 of `t.body`) and `Waypost-Delivery` (stable across retries).
 *
 * @example createWebhookChannel({ url: 'https://hooks.shop.example/waypost', secret: process.env.WAYPOST_HOOK_SECRET })
 */
export function createWebhookChannel(options: SignedWebhookOptions): NotificationChannel {
  assertWebhookOptions('createWebhookChannel', options);
  return {
    name: 'webhook',
    async send(message, { signal }) {
      await sendSignedWebhook(options, message.id, { type: 'notification', message }, signal);
      return { id: message.id };
    },
  };
}
