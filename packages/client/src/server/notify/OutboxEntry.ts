import type { NotificationEvent } from './NotificationEvent.js';

/** One message waiting to be sent, sent, or given up on; the record that proves nothing was dropped. */
export interface OutboxEntry {
  id: string;
  subscriptionId: string;
  /** Unique per subscription, parcel and event, so a replayed webhook cannot queue the same message twice. */
  dedupeKey: string;
  /** The parcel the event is about. */
  parcel: { trackingNumber: string; carrier: string };
  event: NotificationEvent;
  /** `failed` after the last retry or a permanent refusal; `cancelled` when the shopper unsubscribed first. */
  status: 'pending' | 'sent' | 'failed' | 'cancelled';
  attempts: number;
  /** Milliseconds since the epoch; quiet hours and retries push it later. */
  nextAttemptAt: number;
  /** The last error's message, when an attempt failed. */
  lastError: string | null;
  /** The channel's id for the sent message (SMTP message id, Twilio SID). */
  providerId: string | null;
  createdAt: number;
  sentAt: number | null;
}
