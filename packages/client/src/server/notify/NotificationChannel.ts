import type { NotificationMessage } from './NotificationMessage.js';

/**
 * Sends messages somewhere: `createSmtpChannel`, `createTwilioChannel`, `createWebhookChannel`, or your own.
 * Throw a `DeliveryError` (with `retryable: false` for a refused recipient) when the message was not accepted; the
 * notifier retries and records it.
 */
export interface NotificationChannel {
  /** Short name, kept in the delivery record. */
  readonly name: string;
  /** Resolves to the destination's id for the message (SMTP message id, Twilio SID), when it gives one. */
  send(message: NotificationMessage, options: { signal?: AbortSignal }): Promise<{ id?: string }>;
}
