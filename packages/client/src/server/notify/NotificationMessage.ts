import type { ResourceKind } from '../../model/ResourceKind.js';
import type { NotificationEvent } from './NotificationEvent.js';

/** One message ready for a channel: the words, the recipient, and the facts behind them for webhook consumers. */
export interface NotificationMessage {
  /** The outbox entry's id; stable across retries, so receivers can deduplicate. */
  id: string;
  subscriptionId: string;
  channel: 'email' | 'sms';
  /** Email address or E.164 number. */
  to: string;
  locale: string;
  subject: string;
  text: string;
  /** Signed one-click unsubscribe link served by the handler (`POST` unsubscribes, `GET` asks first). */
  unsubscribeUrl: string;
  event: NotificationEvent;
  record: { kind: ResourceKind; id: string };
  parcel: { trackingNumber: string; carrier: string };
}
